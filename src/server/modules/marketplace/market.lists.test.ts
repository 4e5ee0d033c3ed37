import { describe, expect, it } from 'vitest';
import {
  allIds,
  buildNeed,
  buildOffer,
  buildOrganisation,
  buildUser,
  setUpMarketKit,
  visitor,
} from './market-test-kit.js';

const ids: Record<string, string> = {};

const kit = setUpMarketKit(async (k) => {
  const co = (await buildOrganisation(k.owner, { countryCode: 'CO', name: { es: 'Agencia Colombiana' } })).id;
  const later = () => k.t.clock.advance(60_000);
  ids.mxPim = (await buildNeed(k.owner, k.org.id, { expiresOn: '2026-12-31' })).id;
  later();
  ids.mxEs = (
    await buildNeed(k.owner, k.org.id, {
      title: { es: 'Gestión de inversiones públicas municipales' },
      challenge: { es: 'Los municipios no saben evaluar proyectos de inversión.' },
      changeSought: {},
      sectors: ['15112'],
      sdgTargets: ['11.3'],
      languages: ['es'],
      instruments: ['twinning'],
      challengeArea: 'organisational_arrangements',
      expiresOn: '2026-08-15',
    })
  ).id;
  later();
  ids.coHealth = (
    await buildNeed(k.owner, co, {
      title: { en: 'Community health insurance' },
      challenge: { en: 'Rural families lack health coverage.' },
      sectors: ['12220'],
      sdgTargets: ['3.8'],
      languages: ['en'],
      challengeArea: 'stakeholder_ownership',
      expiresOn: '2026-10-01',
    })
  ).id;
  later();
  ids.coDiscussion = (
    await buildNeed(k.owner, co, {
      status: 'in_discussion',
      title: { en: 'South-South coordination' },
      expiresOn: '2027-02-01',
    })
  ).id;
  later();
  ids.withdrawn = (await buildNeed(k.owner, co, { status: 'withdrawn', title: { en: 'Withdrawn one' } })).id;
  later();
  ids.expired = (await buildNeed(k.owner, k.org.id, { title: { en: 'Expired budget reform' } })).id;
  await k.t.runtime.deps.db
    .updateTable('needs')
    .set({ expires_on: '2026-06-01' })
    .where('id', '=', ids.expired)
    .execute();
  ids.offer = (await buildOffer(k.owner, k.org.id)).id;
});

const list = async (query: string, as = kit.owner) => {
  const res = await as.get(`/api/v1/needs?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: string; expired: boolean; title: string }[];
    total: number;
    nextCursor: string | null;
    facets: Record<string, { code: string; label: string; count: number }[]> | null;
  };
};
const idsOf = async (query: string, as = kit.owner) => (await list(query, as)).items.map((i) => i.id);

describe('needs list: filters, status and expiry', () => {
  it('lists open and in-discussion needs by default, newest first; expired ones only for their editors', async () => {
    const mine = await list('');
    expect(mine.items.map((i) => i.id)).toEqual([
      ids.expired,
      ids.coDiscussion,
      ids.coHealth,
      ids.mxEs,
      ids.mxPim,
    ]);
    expect(mine.items[0]!.expired).toBe(true);
    expect(mine.total).toBe(5);
    const res = await visitor(kit.t, 'GET', '/api/v1/needs');
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([
      ids.coDiscussion,
      ids.coHealth,
      ids.mxEs,
      ids.mxPim,
    ]);
    const stranger = await buildUser(kit.t);
    expect(await idsOf('', stranger)).not.toContain(ids.expired);
  });

  it('filters by status, country, sector category, SDG goal, language, instrument, challenge area, organisation', async () => {
    expect(await idsOf('status=withdrawn')).toEqual([ids.withdrawn]);
    expect(await idsOf('country=co')).toEqual([ids.coDiscussion, ids.coHealth]);
    expect(await idsOf('sector=151')).toEqual(
      expect.arrayContaining([ids.mxPim, ids.mxEs, ids.coDiscussion]),
    );
    expect(await idsOf('sector=15112')).toEqual([ids.mxEs]);
    expect(await idsOf('sector=122')).toEqual([ids.coHealth]);
    expect(await idsOf('sdg=3')).toEqual([ids.coHealth]);
    expect(await idsOf('sdg=11.3,3.8')).toEqual([ids.coHealth, ids.mxEs]);
    expect(await idsOf('language=es&country=MX&status=open')).toEqual([ids.expired, ids.mxEs, ids.mxPim]);
    expect(await idsOf('language=en&country=MX')).toEqual([ids.expired, ids.mxPim]);
    expect(await idsOf('instrument=twinning')).toEqual([ids.mxEs]);
    expect(await idsOf('challengeArea=stakeholder_ownership')).toEqual([ids.coHealth]);
    expect(await idsOf(`organisation=${kit.org.id}&status=open,withdrawn`)).toEqual([
      ids.expired,
      ids.mxEs,
      ids.mxPim,
    ]);
    expect(await idsOf('region=nowhere')).toEqual([]);
  });

  it('refuses an unknown status and a tampered cursor, naming the parameter', async () => {
    const bad = await kit.owner.get('/api/v1/needs?status=open,lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'status' });
    expect(bad.json().error.message).toMatch(/lost is not a status/);
    const cursor = await kit.owner.get('/api/v1/needs?cursor=eyJ2IjoxLCJpZCI6Ingo');
    expect(cursor.json().error.field).toBe('cursor');
  });
});

describe('needs list: text in any language', () => {
  it('finds stemmed words in the reader’s language and words of any language', async () => {
    // The default challenge speaks of "public investment projects"; the Spanish and health ones do not.
    const investments = await idsOf('q=investments');
    expect(investments).toEqual([ids.expired, ids.coDiscussion, ids.mxPim]);
    // A Spanish word, read by an English reader: the unstemmed copy matches across languages.
    expect(await idsOf('q=municipios')).toEqual([ids.mxEs]);
    expect(await idsOf('q=gestion')).toEqual([ids.mxEs]);
    // Stemmed in Spanish for a Spanish reader.
    expect(await idsOf('q=municipio&locale=es')).toEqual([ids.mxEs]);
    // The organisation's name counts too.
    expect(await idsOf('q=colombiana')).toEqual([ids.coDiscussion, ids.coHealth]);
  });

  it('sorts by relevance with offset pages, and by expiry', async () => {
    const ranked = await idsOf('q=public investment projects&sort=relevance');
    expect(ranked[0]).toBe(ids.mxPim);
    expect(await idsOf('sort=expiring')).toEqual([
      ids.expired,
      ids.mxEs,
      ids.coHealth,
      ids.mxPim,
      ids.coDiscussion,
    ]);
  });
});

describe('needs list: pages and facets', () => {
  it('pages through every sort without repeats', async () => {
    for (const sort of ['newest', 'expiring', 'relevance']) {
      const q = sort === 'relevance' ? '&q=public' : '';
      const all = await idsOf(`sort=${sort}${q}&limit=50&facets=false`);
      const { ids: paged, pages } = await allIds(
        kit.t,
        kit.owner,
        `/api/v1/needs?sort=${sort}${q}&limit=2&facets=false`,
      );
      expect(paged).toEqual(all);
      expect(pages).toBe(Math.max(1, Math.ceil(all.length / 2)));
    }
  });

  it('counts facets over the matches, each ignoring its own filter', async () => {
    const { facets, total } = await list('country=CO&locale=es');
    expect(total).toBe(2);
    expect(facets!.country).toEqual([
      { code: 'MX', label: 'México', count: 3 },
      { code: 'CO', label: 'Colombia', count: 2 },
    ]);
    expect(facets!.status).toEqual(
      expect.arrayContaining([
        { code: 'in_discussion', label: 'in_discussion', count: 1 },
        { code: 'withdrawn', label: 'withdrawn', count: 1 },
      ]),
    );
    expect(facets!.sector!.map((b) => b.code).sort()).toEqual(['122', '151']);
    expect(facets!.sdg!.find((b) => b.code === '3')).toMatchObject({ count: 1 });
    expect(facets!.challengeArea!.map((b) => b.code).sort()).toEqual([
      'policy_instruments',
      'stakeholder_ownership',
    ]);
    expect(facets!.language!.find((b) => b.code === 'en')?.count).toBe(2);
    expect(facets!.instrument!.length).toBeGreaterThan(0);
  });
});

describe('exports and the offers list', () => {
  it('exports the same filtered list as CSV', async () => {
    const res = await kit.owner.get('/api/v1/needs/export?format=csv&country=CO');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body).toContain('Community health insurance');
    expect(res.body).toContain('South-South coordination');
    expect(res.body).not.toContain('Public investment management');
    // Headed and valued in the reader's language, with links that work outside the site.
    expect(res.body.split('\n')[0]).toContain('Title,Organisation,Country,ISO 3166 code,The challenge');
    expect(res.body).toContain(',Open,');
    expect(res.body).toMatch(/http:\/\/kxhub\.test\/needs\/[0-9a-f-]{36}/);
    const es = await kit.owner.get('/api/v1/needs/export?format=csv&country=CO&locale=es');
    expect(es.body.split('\n')[0]).toContain('Título,Organización');
    const xlsx = await visitor(kit.t, 'GET', '/api/v1/offers/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('lists offers with their facets', async () => {
    const res = await visitor(kit.t, 'GET', '/api/v1/offers?challengeArea=policy_instruments');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([ids.offer]);
    expect(res.json().facets.challengeArea[0]).toMatchObject({ code: 'policy_instruments', count: 1 });
  });
});
