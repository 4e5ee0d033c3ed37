import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JUNE_2011_START, june2011, parseIcs, schedule } from './calendar-test-kit.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

const makeLink = async (id: string) => {
  const res = await kit.owner.post(`/api/v1/dialogues/${id}/calendar-link`);
  expect(res.statusCode, res.body).toBe(201);
  const { url } = res.json() as { url: string };
  return { url, path: new URL(url).pathname, token: /\/calendar\/([\w-]+)\.ics$/.exec(url)![1]! };
};

const storedHash = async (id: string) =>
  (
    await kit.t.runtime.deps.db
      .selectFrom('dialogues')
      .select('calendar_token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).calendar_token_hash;

describe('public "add to calendar" link', () => {
  it('serves the dialogue’s .ics to anyone holding it, without a session, even for a private dialogue', async () => {
    const d = await june2011(kit.owner, kit.org.id, { visibility: 'organisation', defaultLocale: 'fr' });
    const link = await makeLink(d.id);
    expect(link.url).toMatch(/^http:\/\/kxhub\.test\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    const res = await visitor(kit.t, 'GET', link.path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w-]+\.ics"$/);
    const ics = parseIcs(res.body);
    expect(ics).toMatchObject({ method: 'PUBLISH', start: '2011-06-29T03:00:00Z', uid: `${d.id}@kxhub` });
    // In the dialogue's language: calendar programs send none.
    expect(ics.location).toMatch(/^Dialogue par vidéo :/);

    // A change shows through the same link.
    await schedule(kit.owner, d.id, { ...JUNE_2011_START, time: '22:00' });
    const later = parseIcs((await visitor(kit.t, 'GET', link.path)).body);
    expect([later.start, later.sequence]).toEqual(['2011-06-29T02:00:00Z', 1]);
  });

  it('keeps only the SHA-256 of the secret, and a new link kills the old one', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const old = await makeLink(d.id);
    const hash = await storedHash(d.id);
    expect(hash).toBe(createHash('sha256').update(old.token).digest('hex'));
    expect(hash).not.toContain(old.token);

    const fresh = await makeLink(d.id);
    expect(fresh.token).not.toBe(old.token);
    expect((await visitor(kit.t, 'GET', fresh.path)).statusCode).toBe(200);
    const dead = await visitor(kit.t, 'GET', `${old.path}?locale=es`);
    expect(dead.statusCode).toBe(404);
    expect(dead.json().error.message).toMatch(/^No hay ningún calendario en este enlace/);
    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dialogue.calendar_link')
      .orderBy('id')
      .execute();
    expect(trail.map((r) => r.after)).toEqual([{ replaced: false }, { replaced: true }]);
    expect(JSON.stringify(trail)).not.toContain(fresh.token);
  });

  it('answers 404 for an unknown token, 400 for a malformed one, 409 before the dialogue has a start', async () => {
    expect((await visitor(kit.t, 'GET', `/api/v1/calendar/${'a'.repeat(43)}.ics`)).statusCode).toBe(404);
    const bad = await visitor(kit.t, 'GET', '/api/v1/calendar/short.ics');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('token');
    const d = await buildDialogue(kit.owner, kit.org.id);
    const link = await makeLink(d.id);
    expect((await visitor(kit.t, 'GET', link.path)).statusCode).toBe(409);
  });
});
