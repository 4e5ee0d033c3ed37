import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import { allIds, buildCapability, setUpExpertiseKit, visitor } from './expertise-test-kit.js';

const kit = setUpExpertiseKit();

const ids = async (query: string) => {
  const res = await visitor(kit.t, 'GET', `/api/v1/capabilities?${query}&limit=100`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((i) => i.id);
};

describe('GET /capabilities: search', () => {
  it('finds titles and descriptions ignoring accents and tolerating a typo', async () => {
    const c = await buildCapability(kit.owner, kit.org.id, {
      title: { es: 'Agricultura familiar y cooperativas' },
      description: { pt: 'Programa de Aquisição de Alimentos da agricultura familiar' },
      defaultLocale: 'es',
    });
    expect(await ids('q=agricultura%20familiar')).toContain(c.id);
    expect(await ids(`q=${encodeURIComponent('AQUISICAO')}`)).toContain(c.id);
    expect(await ids(`q=${encodeURIComponent('Aquisição de alimentos')}`)).toContain(c.id);
    expect(await ids('q=cooperatvas')).toContain(c.id);
    expect(await ids('q=qwxyzzy')).not.toContain(c.id);
    expect(await ids(`q=${encodeURIComponent('%_%')}`)).toEqual([]);
  });

  it('finds capabilities by the offering organisation’s name', async () => {
    const org = await buildOrganisation(kit.owner, {
      name: { en: 'Zorblax Planning Agency' },
      acronym: 'ZPA',
    });
    const c = await buildCapability(kit.owner, org.id, { title: { en: 'Medium-term planning' } });
    expect(await ids('q=zorblax')).toEqual([c.id]);
  });
});

describe('GET /capabilities: filters', () => {
  let water: string;
  let elections: string;
  let peace: string;
  let keOrg: string;
  beforeAll(async () => {
    keOrg = (await buildOrganisation(kit.owner, { countryCode: 'KE' })).id;
    water = (
      await buildCapability(kit.owner, keOrg, {
        sectors: ['14010'],
        sdgTargets: ['6.1', '6.4'],
        instruments: ['twinning'],
        languages: ['sw', 'en'],
      })
    ).id;
    elections = (
      await buildCapability(kit.owner, kit.org.id, {
        sectors: ['15151'],
        sdgTargets: ['16.7'],
        instruments: ['expert_visit'],
        languages: ['es'],
      })
    ).id;
    peace = (
      await buildCapability(kit.owner, kit.org.id, {
        sectors: ['151'],
        sdgTargets: ['16.1'],
        instruments: ['study_tour'],
        languages: ['es', 'fr'],
      })
    ).id;
  });

  it('filters by country and organisation', async () => {
    expect(await ids('country=KE')).toEqual([water]);
    expect(await ids(`organisation=${keOrg}`)).toEqual([water]);
    expect(await ids('country=MX')).toEqual(expect.arrayContaining([elections, peace]));
    expect(await ids('country=MX')).not.toContain(water);
  });

  it('matches a sector category to all its codes, and a code to records holding its category', async () => {
    const cat = await ids('sector=151');
    expect(cat).toEqual(expect.arrayContaining([elections, peace]));
    expect(cat).not.toContain(water);
    const code = await ids('sector=15151');
    expect(code).toEqual(expect.arrayContaining([elections, peace]));
    expect(await ids('sector=15110')).toEqual([peace]);
    expect(await ids('sector=140')).toEqual([water]);
  });

  it('matches an SDG goal to all its targets, and a target exactly', async () => {
    expect((await ids('sdg=16')).sort()).toEqual([elections, peace].sort());
    expect(await ids('sdg=16.7')).toEqual([elections]);
    expect(await ids('sdg=6')).toEqual([water]);
    expect(await ids('sdg=1')).not.toContain(peace); // goal 1 is not goal 16
  });

  it('filters by instrument and language, and combines filters', async () => {
    expect(await ids('instrument=twinning')).toEqual([water]);
    expect(await ids('language=fr')).toEqual([peace]);
    expect(await ids('language=es&sdg=16.7')).toEqual([elections]);
    expect(await ids('language=es&country=KE')).toEqual([]);
  });

  it('refuses malformed filters naming the parameter', async () => {
    for (const [query, field] of [
      ['sector=15', 'sector'],
      ['sdg=x.1', 'sdg'],
      ['country=Kenya', 'country'],
      ['language=Spanish', 'language'],
      ['organisation=abc', 'organisation'],
      ['sort=random', 'sort'],
    ]) {
      const res = await visitor(kit.t, 'GET', `/api/v1/capabilities?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });
});

describe('GET /capabilities: pagination and sort', () => {
  it('pages through every row once, by title or newest, with stable ties', async () => {
    const org = await buildOrganisation(kit.owner, { countryCode: 'NP' });
    const made: string[] = [];
    for (const title of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo', 'Bravo', 'Foxtrot']) {
      made.push((await buildCapability(kit.owner, org.id, { title: { en: title } })).id);
    }
    const byTitle = await allIds(kit.t, null, `/api/v1/capabilities?organisation=${org.id}&limit=2`);
    expect(byTitle.pages).toBe(4);
    expect(new Set(byTitle.ids)).toEqual(new Set(made));
    expect(byTitle.ids).toHaveLength(7);
    const titles = [];
    for (const id of byTitle.ids)
      titles.push((await visitor(kit.t, 'GET', `/api/v1/capabilities/${id}`)).json().title);
    expect(titles.slice(0, 2)).toEqual(['alpha', 'Bravo']);

    const newest = await allIds(
      kit.t,
      null,
      `/api/v1/capabilities?organisation=${org.id}&sort=newest&limit=3`,
    );
    expect(newest.ids).toEqual([...made].reverse());
  });

  it('refuses a tampered cursor as a 400 naming the cursor', async () => {
    const bad = Buffer.from(JSON.stringify({ v: 'x', id: 'not-a-uuid' })).toString('base64url');
    const res = await visitor(kit.t, 'GET', `/api/v1/capabilities?cursor=${bad}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
    const date = Buffer.from(JSON.stringify({ v: '2026-02-30T00:00:00', id: crypto.randomUUID() })).toString(
      'base64url',
    );
    expect((await visitor(kit.t, 'GET', `/api/v1/capabilities?sort=newest&cursor=${date}`)).statusCode).toBe(
      400,
    );
  });
});
