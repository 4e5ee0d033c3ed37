import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VOCABULARY_NAMES } from '../../db/reference/vocabulary-types.js';
import { buildUser } from '../../test/factories.js';
import { type Session, type TestApp, testApp } from '../../test/harness.js';
import { syncReferenceData } from './reference.sync.js';

let t: TestApp;
let admin: Session;
let user: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
  user = await buildUser(t);
});
afterAll(() => t?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

interface Item {
  id: string;
  code: string;
  label: string;
  definition: string;
  labels: Record<string, string>;
  definitions: Record<string, string>;
  position: number;
  active: boolean;
}
const itemsOf = async (s: Session | null, name: string, locale = 'en'): Promise<Item[]> => {
  const url = `/api/v1/vocabularies/${name}?locale=${locale}`;
  const res = s ? await s.get(url) : await get(url);
  expect(res.statusCode).toBe(200);
  return res.json().items;
};

describe('reference lists', () => {
  it('lists countries with names in the requested language, sorted in it', async () => {
    const es = await get('/api/v1/reference/countries?locale=es');
    expect(es.statusCode).toBe(200);
    expect(es.headers['cache-control']).toContain('max-age=');
    const items = es.json().items as { code: string; name: string; region: string | null }[];
    expect(items.length).toBeGreaterThan(190);
    expect(items.find((c) => c.code === 'MX')).toEqual({
      code: 'MX',
      name: 'México',
      region: '498',
      incomeGroup: 'UM',
    });
    const names = items.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
    const en = (await get('/api/v1/reference/countries')).json().items as { code: string; name: string }[];
    expect(en.find((c) => c.code === 'MX')?.name).toBe('Mexico');
  });

  it('takes the language from Accept-Language when no ?locale is given', async () => {
    const res = await get('/api/v1/reference/countries', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(res.json().items.find((c: { code: string }) => c.code === 'MX').name).toBe('Mexique');
  });

  it('refuses an unsupported ?locale naming the field', async () => {
    const res = await get('/api/v1/reference/countries?locale=xx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('locale');
  });

  it.each([
    ['OrganisationType', '10', 'Government'],
    ['Sector', '11110', 'Education policy and administrative management'],
    ['UNSDG-Targets', '1.1', 'By 2030, eradicate extreme poverty'],
  ])('serves the %s code list', async (list, code, name) => {
    const res = await get(`/api/v1/reference/codelists/${list}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; name: string; status: string }[];
    expect(items.find((i) => i.code === code)?.name).toContain(name);
    expect(items.every((i) => i.status === 'active')).toBe(true);
  });

  it('names codes in the requested language, falling back to English', async () => {
    const fr = (await get('/api/v1/reference/codelists/OrganisationType?locale=fr')).json().items;
    expect(fr.find((i: { code: string }) => i.code === '10').name).toBe('Gouvernement');
    // A code held only in English and French (this test database only) reads in English elsewhere.
    await t.runtime.deps.db
      .updateTable('codelist_items')
      .set({ name: JSON.stringify({ en: 'Government', fr: 'Gouvernement' }) })
      .where('list', '=', 'OrganisationType')
      .where('code', '=', '10')
      .execute();
    const zh = (await get('/api/v1/reference/codelists/OrganisationType?locale=zh')).json().items;
    expect(zh.find((i: { code: string }) => i.code === '10').name).toBe('Government');
  });

  it('answers 404 for an unknown code list', async () => {
    const res = await get('/api/v1/reference/codelists/NoSuchList');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('NoSuchList'),
    });
  });

  it('lists languages', async () => {
    const langs = (await get('/api/v1/reference/languages?locale=es')).json().items as {
      code: string;
      name: string;
    }[];
    expect(langs.length).toBeGreaterThan(100);
    expect(langs.find((l) => l.code === 'fr')?.name).toMatch(/franc[eé]s/i);
  });
});

interface Zone {
  id: string;
  aliases: string[];
  countryCode: string | null;
  country: string | null;
  cities: string[];
  offsetMinutes: number;
  offset: string;
}
const zonesOf = async (query = '', headers: Record<string, string> = {}): Promise<Zone[]> => {
  const res = await get(`/api/v1/reference/time-zones${query}`, headers);
  expect(res.statusCode).toBe(200);
  return res.json().items;
};
const ids = (zones: Zone[]) => zones.map((z) => z.id);

describe('time zones', () => {
  // These tests move the clock to read offsets on chosen days; the sessions of the others need it back.
  let start: Date;
  beforeEach(() => {
    start = t.clock.now();
  });
  afterEach(() => t.clock.set(start));

  it('lists canonical IANA names with country, cities and the offset in force now', async () => {
    t.clock.set(new Date('2026-01-15T12:00:00Z'));
    const res = await get('/api/v1/reference/time-zones');
    expect(res.headers['cache-control']).toContain('max-age=');
    const zones = res.json().items as Zone[];
    expect(ids(zones)).toEqual(
      expect.arrayContaining(['America/Mexico_City', 'Africa/Nairobi', 'Asia/Jakarta']),
    );
    // The canonical names, never the outdated ones some runtimes list; those are kept as aliases.
    expect(ids(zones)).toContain('Asia/Kolkata');
    expect(ids(zones)).not.toContain('Asia/Calcutta');
    expect(ids(zones)).not.toContain('Europe/Kiev');
    expect(zones.find((z) => z.id === 'Asia/Kolkata')).toMatchObject({
      aliases: ['Asia/Calcutta'],
      countryCode: 'IN',
      country: 'India',
      cities: expect.arrayContaining(['Kolkata', 'New Delhi', 'Calcutta']),
      offsetMinutes: 330,
      offset: 'UTC+05:30',
    });
    expect(zones.find((z) => z.id === 'America/New_York')?.offsetMinutes).toBe(-300);
    expect(zones.find((z) => z.id === 'UTC')).toMatchObject({ countryCode: null, offsetMinutes: 0 });
    // Every zone this runtime knows is listed under its own name or as an older name of one.
    const known = new Set(zones.flatMap((z) => [z.id, ...z.aliases]));
    expect(Intl.supportedValuesOf('timeZone').filter((z) => !known.has(z))).toEqual([]);
  });

  it('follows daylight saving: the offset is the one in force at the time asked', async () => {
    t.clock.set(new Date('2026-07-15T12:00:00Z'));
    const [ny] = await zonesOf('?q=New%20York');
    expect(ny).toMatchObject({ id: 'America/New_York', offsetMinutes: -240, offset: 'UTC-04:00' });
  });

  it.each([
    ['Delhi', 'Asia/Kolkata'],
    ['Calcutta', 'Asia/Kolkata'],
    ['Bogotá', 'America/Bogota'],
    ['bogota', 'America/Bogota'],
    ['Washington', 'America/New_York'],
    ['Beijing', 'Asia/Shanghai'],
    ['Mexico City', 'America/Mexico_City'],
    ['Singapore', 'Asia/Singapore'],
    ['jakarta', 'Asia/Jakarta'],
    ['Brasilia', 'America/Sao_Paulo'],
    ['Kiev', 'Europe/Kyiv'],
    ['asia/kol', 'Asia/Kolkata'],
  ])('finds %s in %s first', async (query, zone) => {
    const found = await zonesOf(`?q=${encodeURIComponent(query)}`);
    expect(found[0]?.id).toBe(zone);
  });

  it('finds a country’s zones by its name in the requested language, main zone first', async () => {
    const inde = await zonesOf('?q=Inde&locale=fr');
    expect(inde[0]).toMatchObject({ id: 'Asia/Kolkata', country: 'Inde' });
    const indonesia = ids(await zonesOf('?q=Indonesia'));
    expect(indonesia.slice(0, 4).sort()).toEqual([
      'Asia/Jakarta',
      'Asia/Jayapura',
      'Asia/Makassar',
      'Asia/Pontianak',
    ]);
    expect(indonesia[0]).toBe('Asia/Jakarta');
    expect((await zonesOf('?q=Estados%20Unidos&locale=es'))[0]?.id).toBe('America/New_York');
  });

  it('limits the answer and finds nothing for nonsense', async () => {
    expect(await zonesOf('?q=a&limit=3')).toHaveLength(3);
    expect(await zonesOf('?q=Xyzzyville')).toEqual([]);
    expect(await zonesOf('?limit=5')).toHaveLength(5);
    const bad = await get('/api/v1/reference/time-zones?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('limit');
  });
});

describe('vocabularies', () => {
  it('lists the 12 vocabularies with their sizes', async () => {
    const res = await get('/api/v1/vocabularies');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; count: number }[];
    expect(items).toHaveLength(12);
    expect(items.map((i) => i.name).sort()).toEqual([...VOCABULARY_NAMES].sort());
    expect(items.find((i) => i.name === 'assessment_dimension')?.count).toBe(12);
    for (const i of items) expect(i.count, i.name).toBeGreaterThan(0);
  });

  it('serves items with labels and definitions in the reader’s language', async () => {
    const es = await itemsOf(null, 'assessment_dimension', 'es');
    expect(es).toHaveLength(12);
    const first = es[0]!;
    expect(first).toMatchObject({
      code: 'ke_strategy',
      label: 'Estrategia de intercambio de conocimientos',
      position: 0,
    });
    expect(first.definition).toMatch(/^El país/);
    expect(first.labels).toMatchObject({
      en: 'Knowledge-exchange strategy',
      fr: 'Stratégie d’échange de connaissances',
    });
    const fr = await itemsOf(null, 'assessment_dimension', 'fr');
    expect(fr[0]!.label).toBe('Stratégie d’échange de connaissances');
    expect(es.map((i) => i.position)).toEqual([...es.map((i) => i.position)].sort((a, b) => a - b));
  });

  it('answers 404 for an unknown vocabulary', async () => {
    expect((await get('/api/v1/vocabularies/no_such_vocabulary')).statusCode).toBe(404);
    const post = await admin.post('/api/v1/vocabularies/no_such_vocabulary', {
      code: 'x',
      label: { en: 'X' },
    });
    expect(post.statusCode).toBe(404);
  });
});

describe('vocabulary administration', () => {
  const body = { code: 'peer_twinning', label: { en: 'Peer twinning', es: 'Hermanamiento entre pares' } };
  let created: Item;

  it('lets an administrator add an item at the end', async () => {
    const before = await itemsOf(admin, 'instrument');
    const res = await admin.post('/api/v1/vocabularies/instrument', body);
    expect(res.statusCode).toBe(201);
    created = res.json();
    expect(created).toMatchObject({
      code: 'peer_twinning',
      label: 'Peer twinning',
      active: true,
      definitions: {},
    });
    expect(created.position).toBe(Math.max(...before.map((i) => i.position)) + 1);
    const es = await itemsOf(user, 'instrument', 'es');
    expect(es.find((i) => i.code === 'peer_twinning')?.label).toBe('Hermanamiento entre pares');
  });

  it('refuses a duplicate code with 409 naming code', async () => {
    const res = await admin.post('/api/v1/vocabularies/instrument', body);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'code' });
    expect(res.json().error.message).toContain('peer_twinning');
  });

  it.each([
    [{ ...body, code: 'Peer Twinning' }, 'code'],
    [{ ...body, code: '' }, 'code'],
    [{ label: body.label }, 'code'],
    [{ code: 'ok_code', label: {} }, 'label'],
    [{ code: 'ok_code', label: { xx: 'X' } }, 'label'],
  ])('refuses bad input %# naming the field', async (payload, field) => {
    const res = await admin.post('/api/v1/vocabularies/instrument', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toMatch(new RegExp(`^${field}`));
  });

  it('is 403 for a signed-in user who is not an administrator, and 401 for a visitor', async () => {
    const other = { code: 'not_allowed', label: { en: 'Not allowed' } };
    const forbidden = await user.post('/api/v1/vocabularies/instrument', other);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    const visitor = await t.app.inject({
      method: 'POST',
      url: '/api/v1/vocabularies/instrument',
      payload: other,
    });
    expect(visitor.statusCode).toBe(401);
    const patch = await user.patch(`/api/v1/vocabularies/instrument/${created.id}`, { active: false });
    expect(patch.statusCode).toBe(403);
    const anonPatch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/vocabularies/instrument/${created.id}`,
      payload: { active: false },
    });
    expect(anonPatch.statusCode).toBe(401);
    expect((await itemsOf(admin, 'instrument')).some((i) => i.code === 'not_allowed')).toBe(false);
  });

  it('edits the label and definition, keeping the code', async () => {
    const res = await admin.patch(`/api/v1/vocabularies/instrument/${created.id}`, {
      label: { en: 'Peer-to-peer twinning', fr: 'Jumelage entre pairs' },
      definition: { en: 'Two agencies pair up for a year.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 'peer_twinning',
      label: 'Peer-to-peer twinning',
      labels: { en: 'Peer-to-peer twinning', fr: 'Jumelage entre pairs' },
      definition: 'Two agencies pair up for a year.',
    });
  });

  it('reorders an item', async () => {
    const res = await admin.patch(`/api/v1/vocabularies/instrument/${created.id}`, { position: 0 });
    expect(res.json().position).toBe(0);
    const list = await itemsOf(user, 'instrument');
    const at = list.findIndex((i) => i.code === 'peer_twinning');
    expect(list.slice(0, at).every((i) => i.position === 0)).toBe(true);
    expect(at).toBeLessThan(list.findIndex((i) => i.position > 0));
  });

  it('deactivates an item: hidden from readers, still listed for administrators', async () => {
    const res = await admin.patch(`/api/v1/vocabularies/instrument/${created.id}`, { active: false });
    expect(res.json().active).toBe(false);
    expect((await itemsOf(user, 'instrument')).some((i) => i.id === created.id)).toBe(false);
    expect((await itemsOf(null, 'instrument')).some((i) => i.id === created.id)).toBe(false);
    const forAdmin = (await itemsOf(admin, 'instrument')).find((i) => i.id === created.id);
    expect(forAdmin?.active).toBe(false);
  });

  it('answers 404 for an item of another vocabulary or an unknown id', async () => {
    expect(
      (await admin.patch(`/api/v1/vocabularies/delivery_mode/${created.id}`, { position: 3 })).statusCode,
    ).toBe(404);
    const unknown = await admin.patch(
      '/api/v1/vocabularies/instrument/00000000-0000-4000-8000-000000000000',
      {
        position: 3,
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('leaves an audit entry for every change, readable by an administrator', async () => {
    const res = await admin.get(`/api/v1/audit/vocabulary_item/${created.id}`);
    expect(res.statusCode).toBe(200);
    const entries = res.json().items as {
      action: string;
      actor: { id: string } | null;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    expect(entries.map((e) => e.action).sort()).toEqual([
      'vocabulary_item.create',
      'vocabulary_item.update',
      'vocabulary_item.update',
      'vocabulary_item.update',
    ]);
    for (const e of entries) expect(e.actor?.id).toBe(admin.userId);
    const deactivation = entries.find((e) =>
      e.changes.some((c) => c.field === 'active' && c.after === false),
    );
    expect(deactivation?.changes.find((c) => c.field === 'active')?.before).toBe(true);
    const visitor = await get(`/api/v1/audit/vocabulary_item/${created.id}`);
    expect(visitor.statusCode).toBe(401);
  });
});

describe('reference sync', () => {
  it('does nothing when the reference files have not changed', async () => {
    expect(await syncReferenceData(t.runtime.deps.db, t.clock.now())).toBe(false);
  });

  it('never overwrites a vocabulary label an administrator edited', async () => {
    const item = (await itemsOf(admin, 'assessment_dimension')).find((i) => i.code === 'ke_strategy')!;
    const edited = { en: 'Strategy for knowledge exchange', es: 'Estrategia de IC' };
    expect(
      (await admin.patch(`/api/v1/vocabularies/assessment_dimension/${item.id}`, { label: edited }))
        .statusCode,
    ).toBe(200);
    // Force a full sync, as after a release that changed the reference files.
    await t.runtime.deps.db.updateTable('reference_sync').set({ checksum: 'changed' }).execute();
    expect(await syncReferenceData(t.runtime.deps.db, t.clock.now())).toBe(true);
    const after = (await itemsOf(admin, 'assessment_dimension')).find((i) => i.code === 'ke_strategy')!;
    expect(after.labels).toEqual(edited);
    expect(after.id).toBe(item.id);
    expect(await itemsOf(admin, 'assessment_dimension')).toHaveLength(12);
    expect(await syncReferenceData(t.runtime.deps.db, t.clock.now())).toBe(false);
  });
});
