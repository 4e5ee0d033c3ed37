import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';
import { allPages as allPagesOf, orgUrl, startOrgKit, visitorRequest } from './org-test-kit.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  ({ t, owner } = await startOrgKit());
});
afterAll(() => t?.close());

const visitor = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  visitorRequest(t, method, url, payload);
const allPages = (as: Session | null, query: string, limit: number) => allPagesOf(t, as, query, limit);

describe('GET /organisations (directory)', () => {
  it('finds by acronym, ignoring accents and tolerating a typo', async () => {
    const org = await buildOrganisation(owner, {
      name: { es: 'Agencia Zentavia de Cooperación' },
      acronym: 'AZCX',
      defaultLocale: 'es',
      iatiIdentifier: 'XM-DAC-31337',
    });
    const ids = async (q: string) =>
      (await visitor('GET', `/api/v1/organisations?q=${encodeURIComponent(q)}&limit=100`))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await ids('azcx')).toContain(org.id);
    expect(await ids('xm-dac-31337')).toContain(org.id);
    expect(await ids('Cooperacion')).toContain(org.id);
    expect(await ids('Zentavia de Cooperacion')).toContain(org.id);
    expect(await ids('ZENTÁVIA')).toContain(org.id);
    expect(await ids('Zentavya')).toContain(org.id);
    expect(await ids('Qwxyzzy')).not.toContain(org.id);
  });

  it('treats LIKE wildcards in the query as plain text', async () => {
    await buildOrganisation(owner, { name: { en: 'Wildcard Percent Agency' } });
    const res = await visitor('GET', `/api/v1/organisations?q=${encodeURIComponent('%%%')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(0);
  });

  it('filters by country and type', async () => {
    const ke = await buildOrganisation(owner, {
      name: { en: 'Kenya Filter Ministry' },
      countryCode: 'KE',
      orgType: '10',
    });
    const keNgo = await buildOrganisation(owner, {
      name: { en: 'Kenya Filter NGO' },
      countryCode: 'KE',
      orgType: '22',
    });
    const byCountry = (await visitor('GET', '/api/v1/organisations?country=KE&limit=100')).json().items;
    expect(byCountry.every((o: { countryCode: string }) => o.countryCode === 'KE')).toBe(true);
    expect(byCountry.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([ke.id, keNgo.id]));
    const byBoth = (await visitor('GET', '/api/v1/organisations?country=KE&type=22&limit=100')).json().items;
    expect(byBoth.map((o: { id: string }) => o.id)).toEqual([keNgo.id]);
    const bad = await visitor('GET', '/api/v1/organisations?country=Kenya');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('country');
  });

  it('sorts by name or by newest, and pages through every row once', async () => {
    // Two organisations share a name, so the id must break the tie between pages.
    const made: string[] = [];
    for (const n of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo', 'Bravo', 'Foxtrot']) {
      made.push((await buildOrganisation(owner, { name: { en: `${n} Nepal` }, countryCode: 'NP' })).id);
    }
    const byName = await allPages(null, 'country=NP&sort=name', 2);
    expect(byName.pages).toBe(4);
    expect(byName.ids).toHaveLength(7);
    expect(new Set(byName.ids).size).toBe(7);
    expect(new Set(byName.ids)).toEqual(new Set(made));
    expect(byName.names).toEqual([
      'alpha Nepal',
      'Bravo Nepal',
      'Bravo Nepal',
      'Charlie Nepal',
      'Delta Nepal',
      'Echo Nepal',
      'Foxtrot Nepal',
    ]);

    const newest = await allPages(null, 'country=NP&sort=newest', 3);
    expect(newest.ids).toEqual([...made].reverse());
  });

  it('keeps pages stable when a row is added between two pages', async () => {
    for (const n of ['One', 'Two', 'Three'])
      await buildOrganisation(owner, { name: { en: `${n} Laos` }, countryCode: 'LA' });
    const first = (await visitor('GET', '/api/v1/organisations?country=LA&sort=newest&limit=2')).json();
    await buildOrganisation(owner, { name: { en: 'Late Laos' }, countryCode: 'LA' });
    const second = (
      await visitor('GET', `/api/v1/organisations?country=LA&sort=newest&limit=2&cursor=${first.nextCursor}`)
    ).json();
    const seen = [...first.items, ...second.items].map((o: { name: string }) => o.name);
    expect(seen).toEqual(['Three Laos', 'Two Laos', 'One Laos']);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ['garbage', 'not-a-cursor!'],
    ['JSON without an id', Buffer.from('{"v":"x"}').toString('base64url')],
    ['an id that is not a uuid', Buffer.from('{"v":"x","id":"1; drop table"}').toString('base64url')],
    [
      'a sort value that is not text',
      Buffer.from(JSON.stringify({ v: { x: 1 }, id: randomUUID() })).toString('base64url'),
    ],
  ])('refuses a tampered cursor (%s) with 400 naming `cursor`', async (_what, cursor) => {
    for (const sort of ['name', 'newest']) {
      const res = await visitor('GET', `/api/v1/organisations?sort=${sort}&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('cursor');
    }
  });

  it.each(['not-a-date', '2026-02-30T10:00:00', '2026-06-28 10:00:00', 'yesterday'])(
    'refuses a newest-first cursor whose date is %s',
    async (v) => {
      const cursor = Buffer.from(JSON.stringify({ v, id: randomUUID() })).toString('base64url');
      const res = await visitor('GET', `/api/v1/organisations?sort=newest&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('cursor');
    },
  );

  it('refuses a name-sorted cursor reused for newest-first', async () => {
    for (const n of ['Uno', 'Dos'])
      await buildOrganisation(owner, { name: { en: `${n} Peru` }, countryCode: 'PE' });
    const first = (await visitor('GET', '/api/v1/organisations?country=PE&sort=name&limit=1')).json();
    const res = await visitor(
      'GET',
      `/api/v1/organisations?country=PE&sort=newest&limit=1&cursor=${first.nextCursor}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
  });

  it('refuses out-of-range limits and unknown sorts by name', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['sort=oldest', 'sort'],
      ['type=abc', 'type'],
    ]) {
      const res = await visitor('GET', `/api/v1/organisations?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('resolves names in the `locale` asked for and says which language it fell back to', async () => {
    const both = await buildOrganisation(owner, {
      name: { en: 'Lingua Health Service', es: 'Servicio Lingua de Salud' },
      countryCode: 'BO',
    });
    const frOnly = await buildOrganisation(owner, {
      name: { fr: 'Agence Lingua' },
      defaultLocale: 'fr',
      countryCode: 'BO',
    });
    const page = async (locale: string) => {
      const items = (await visitor('GET', `/api/v1/organisations?country=BO&locale=${locale}`)).json()
        .items as { id: string; name: string; nameLocale: string }[];
      return Object.fromEntries(items.map((o) => [o.id, { name: o.name, nameLocale: o.nameLocale }]));
    };
    const es = await page('es');
    expect(es[both.id]).toEqual({ name: 'Servicio Lingua de Salud', nameLocale: 'es' });
    expect(es[frOnly.id]).toEqual({ name: 'Agence Lingua', nameLocale: 'fr' });
    const en = await page('en');
    expect(en[both.id]).toEqual({ name: 'Lingua Health Service', nameLocale: 'en' });
    const pt = await page('pt');
    expect(pt[both.id]).toEqual({ name: 'Lingua Health Service', nameLocale: 'en' });
    const detail = (await visitor('GET', `${orgUrl(both.id)}?locale=es`)).json();
    expect(detail).toMatchObject({
      name: 'Servicio Lingua de Salud',
      nameLocale: 'es',
      names: { en: 'Lingua Health Service', es: 'Servicio Lingua de Salud' },
    });
    expect((await visitor('GET', '/api/v1/organisations?locale=xx')).statusCode).toBe(400);
  });
});
