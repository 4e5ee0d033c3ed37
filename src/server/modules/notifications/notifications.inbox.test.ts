import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../test/harness.js';
import { notify } from './index.js';
import { mailsTo, person, setUpNotifyKit } from './notifications-test-kit.js';

const kit = setUpNotifyKit();
const url = '/api/v1/notifications';

const params = {
  need: { en: 'Social registry', es: 'Registro social' },
  seeker: { en: 'Testing Secretariat' },
  provider: { en: 'Brazilian Agency', fr: 'Agence brésilienne' },
};

/** Notifies people the way a module does: inside a transaction, optionally e-mailing. */
async function send(userIds: string[], opts: { email?: boolean; rollback?: boolean; link?: string } = {}) {
  const deps = kit.t.runtime.deps;
  const run = deps.db.transaction().execute(async (trx) => {
    const mails = await notify(
      trx,
      userIds,
      'introduction_proposed',
      params,
      opts.link ?? '/introductions/x',
      opts.email ? { deps, setting: 'email_introductions', template: 'introductions.proposed' } : undefined,
    );
    if (opts.rollback) throw new Error('the change failed');
    return mails;
  });
  return opts.rollback ? run.catch(() => -1) : run;
}

const put = (s: Session, payload: object) => s.request({ method: 'PUT', url: `${url}/settings`, payload });

describe('notifications: the inbox', () => {
  it('lists a person’s notifications, worded in their language, with the unread count', async () => {
    const es = await person(kit.t, { locale: 'es' });
    await send([es.userId], { link: '/introductions/first' });
    await send([es.userId], { link: '/introductions/second' });
    const res = await es.get(url);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.unread).toBe(2);
    expect(body.items.map((n: { link: string }) => n.link).sort()).toEqual([
      '/introductions/first',
      '/introductions/second',
    ]);
    expect(body.items[0]).toMatchObject({
      kind: 'introduction_proposed',
      text: 'Presentación propuesta entre Testing Secretariat y Brazilian Agency para «Registro social»',
      read: false,
    });
    const fr = (await es.get(`${url}?locale=fr`)).json();
    expect(fr.items[0].text).toBe(
      'Mise en relation proposée entre Testing Secretariat et Agence brésilienne pour « Social registry »',
    );
    expect((await es.get(`${url}/unread-count`)).json()).toEqual({ unread: 2 });
  });

  it('marks one read (only one’s own), then all; filters unread; pages with a cursor', async () => {
    const a = await person(kit.t);
    const b = await person(kit.t);
    for (let i = 0; i < 3; i++) await send([a.userId, b.userId], { link: `/introductions/${i}` });
    const first = (await a.get(`${url}?limit=2`)).json();
    expect(first.items).toHaveLength(2);
    const second = (await a.get(`${url}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((n: { id: string }) => n.id);
    expect(new Set(all).size).toBe(3);

    expect((await b.post(`${url}/${all[0]}/read`)).statusCode).toBe(404); // not b's
    expect((await a.post(`${url}/${randomUUID()}/read`)).statusCode).toBe(404);
    expect((await a.post(`${url}/${all[0]}/read`)).statusCode).toBe(200);
    expect((await a.post(`${url}/${all[0]}/read`)).statusCode).toBe(200); // idempotent
    expect((await a.get(`${url}/unread-count`)).json()).toEqual({ unread: 2 });
    expect((await a.get(`${url}?unread=true`)).json().items).toHaveLength(2);
    expect((await b.get(`${url}/unread-count`)).json()).toEqual({ unread: 3 });
    expect((await a.post(`${url}/read-all`)).json()).toEqual({ marked: 2 });
    expect((await a.get(`${url}/unread-count`)).json()).toEqual({ unread: 0 });
    expect((await b.get(`${url}/unread-count`)).json()).toEqual({ unread: 3 });
  });

  it('lists unread first, then read, each newest first, and pages across the two', async () => {
    const a = await person(kit.t);
    for (let i = 0; i < 4; i++) await send([a.userId], { link: `/introductions/${i}` });
    const byLink = new Map<string, string>(
      (await a.get(url)).json().items.map((n: { id: string; link: string }) => [n.link, n.id]),
    );
    for (const i of [1, 3]) await a.post(`${url}/${byLink.get(`/introductions/${i}`)}/read`);
    const expected = ['/introductions/2', '/introductions/0', '/introductions/3', '/introductions/1'];
    const whole = (await a.get(url)).json().items;
    expect(whole.map((n: { link: string }) => n.link)).toEqual(expected);
    expect(whole.map((n: { read: boolean }) => n.read)).toEqual([false, false, true, true]);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { link: string }[]; nextCursor: string | null } = (
        await a.get(`${url}?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      paged.push(...page.items.map((n) => n.link));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(expected);

    // A cursor of another shape (the read state left out) is refused, not a 500.
    const bare = Buffer.from(JSON.stringify({ v: '2026-01-01T00:00:00', id: randomUUID() })).toString(
      'base64url',
    );
    expect((await a.get(`${url}?cursor=${bare}`)).statusCode).toBe(400);
    const badTime = Buffer.from(JSON.stringify({ v: 'u:2026-02-30T00:00:00', id: randomUUID() })).toString(
      'base64url',
    );
    expect((await a.get(`${url}?cursor=${badTime}`)).statusCode).toBe(400);
  });

  it('is for signed-in people only', async () => {
    for (const path of [url, `${url}/unread-count`, `${url}/settings`]) {
      expect((await kit.t.app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
    }
    expect((await kit.t.app.inject({ method: 'POST', url: `${url}/read-all` })).statusCode).toBe(401);
  });

  it('exists only if the change that caused it commits', async () => {
    const p = await person(kit.t);
    expect(await send([p.userId], { rollback: true, email: true })).toBe(-1);
    expect((await p.get(url)).json().items).toEqual([]);
    expect(await mailsTo(kit.t, p.email)).toEqual([]);
  });
});

describe('notifications: e-mail and settings', () => {
  it('e-mails each person in their language, with a link to change the setting', async () => {
    const es = await person(kit.t, { locale: 'es' });
    const fr = await person(kit.t, { locale: 'fr' });
    expect(await send([es.userId, fr.userId, es.userId], { email: true })).toBe(2);
    const [m] = await mailsTo(kit.t, es.email);
    expect(m!.subject).toBe('Presentación propuesta: Testing Secretariat y Brazilian Agency');
    expect(m!.text_body).toContain('http://kxhub.test/introductions/x');
    expect(m!.text_body).toContain('http://kxhub.test/notifications/settings');
    expect((await mailsTo(kit.t, fr.email))[0]!.subject).toBe(
      'Mise en relation proposée : Testing Secretariat et Agence brésilienne',
    );
    // One notification per person, even when named twice.
    expect((await es.get(url)).json().items).toHaveLength(1);
  });

  it('reads and changes the settings; with introduction e-mails off only the inbox gets them', async () => {
    const p = await person(kit.t);
    expect((await p.get(`${url}/settings`)).json()).toEqual({
      weeklyDigest: true,
      emailIntroductions: true,
      emailExpiry: true,
    });
    const res = await put(p, { emailIntroductions: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ weeklyDigest: true, emailIntroductions: false, emailExpiry: true });
    expect((await put(p, { weeklyDigest: false })).json()).toEqual({
      weeklyDigest: false,
      emailIntroductions: false,
      emailExpiry: true,
    });
    expect((await put(p, { weeklyDigest: 'no' })).statusCode).toBe(400);
    expect(await send([p.userId], { email: true })).toBe(0);
    expect(await mailsTo(kit.t, p.email)).toEqual([]);
    expect((await p.get(url)).json().items).toHaveLength(1);
  });
});
