import { describe, expect, it } from 'vitest';
import { counts, ids, putExperience, search, setUpSearchKit } from './search-test-kit.js';

/**
 * Filters and facet counts on a small library whose counts are worked out by hand:
 *
 * | | countries (regions) | sectors (categories) | SDG (goals) | modality | instruments | modes | outcomes | period | languages |
 * |---|---|---|---|---|---|---|---|---|---|
 * | e1 | MX, GT (498) | 16010 (160) | 1.3 (1) | bilateral | study_tour | transfer | new_knowledge | 2012–14 | es |
 * | e2 | CO, KE (498, 298) | 15110, 15111 (151) | 16.6, 17.1 (16, 17) | triangular | twinning, expert_visit | sharing | enhanced_skills, new_actions | 2018–21 | en, es |
 * | e3 | ID, KE (798, 298) | 14020 (140) | 6.1 (6) | bilateral | study_tour | transfer, sharing | — | 2009 | id |
 * | e4 | SG, MX (798, 498) | 16010, 11220 (160, 112) | 1.3, 2.1 (1, 2) | regional | conference | — | new_knowledge | — | en |
 *
 * plus an archived and a draft experience (Mexican, bilateral) that nothing may count.
 */
const fx = { e1: '', e2: '', e3: '', e4: '' };
const kit = setUpSearchKit(async (k) => {
  const p = (codes: string[]) =>
    codes.map((countryCode, i) => ({ countryCode, role: i ? 'recipient' : 'provider' }) as const);
  fx.e1 = await putExperience(k, {
    content: {
      title: { es: 'Transferencias condicionadas en Guatemala' },
      participants: p(['MX', 'GT']),
      sectors: ['16010'],
      sdgTargets: ['1.3'],
      modality: 'bilateral',
      instruments: ['study_tour'],
      knowledgeModes: ['transfer'],
      outcomes: ['new_knowledge'],
      assessmentDimensions: ['financing'],
      periodStart: 2012,
      periodEnd: 2014,
      languages: [{ locale: 'es', status: 'original' }],
    },
  });
  fx.e2 = await putExperience(k, {
    org: k.co,
    content: {
      title: { en: 'Digital procurement twinning', es: 'Hermanamiento en compras digitales' },
      participants: p(['CO', 'KE']),
      sectors: ['15110', '15111'],
      sdgTargets: ['16.6', '17.1'],
      modality: 'triangular',
      instruments: ['twinning', 'expert_visit'],
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_skills', 'new_actions'],
      periodStart: 2018,
      periodEnd: 2021,
      languages: [
        { locale: 'en', status: 'original' },
        { locale: 'es', status: 'machine' },
      ],
    },
  });
  fx.e3 = await putExperience(k, {
    org: k.id,
    content: {
      title: { id: 'Pengelolaan air minum' },
      participants: p(['ID', 'KE']),
      sectors: ['14020'],
      sdgTargets: ['6.1'],
      modality: 'bilateral',
      instruments: ['study_tour'],
      knowledgeModes: ['transfer', 'sharing'],
      periodStart: 2009,
      periodEnd: 2009,
      languages: [{ locale: 'id', status: 'original' }],
    },
  });
  fx.e4 = await putExperience(k, {
    org: k.sg,
    content: {
      title: { en: 'School feeding and social protection' },
      participants: p(['SG', 'MX']),
      sectors: ['16010', '11220'],
      sdgTargets: ['1.3', '2.1'],
      modality: 'regional',
      instruments: ['conference'],
      outcomes: ['new_knowledge'],
      languages: [{ locale: 'en', status: 'original' }],
    },
  });
  const hidden = {
    title: { en: 'Hidden' },
    participants: p(['MX', 'GT']),
    sectors: ['16010'],
    modality: 'bilateral',
    languages: [{ locale: 'en', status: 'original' }] as { locale: 'en'; status: 'original' }[],
  };
  await putExperience(k, { status: 'archived', content: hidden });
  await putExperience(k, { status: 'draft', content: hidden });
});

const sorted = (xs: string[]) => [...xs].sort();
const found = async (query: string) => sorted(await ids(kit, query));

describe('GET /experiences: filters', () => {
  it('filters by country, region, sector (code or category) and SDG (target or goal)', async () => {
    expect(await found('country=MX')).toEqual(sorted([fx.e1, fx.e4]));
    expect(await found('country=mx,ke')).toEqual(sorted([fx.e1, fx.e2, fx.e3, fx.e4]));
    expect(await found('region=298')).toEqual(sorted([fx.e2, fx.e3]));
    expect(await found('sector=16010')).toEqual(sorted([fx.e1, fx.e4]));
    expect(await found('sector=151')).toEqual([fx.e2]);
    expect(await found('sector=140,112')).toEqual(sorted([fx.e3, fx.e4]));
    expect(await found('sdg=2.1')).toEqual([fx.e4]);
    expect(await found('sdg=1')).toEqual(sorted([fx.e1, fx.e4]));
    expect(await found('sdg=16,6')).toEqual(sorted([fx.e2, fx.e3]));
  });

  it('filters by modality, instrument, knowledge mode, outcome, dimension and language', async () => {
    expect(await found('modality=bilateral')).toEqual(sorted([fx.e1, fx.e3]));
    expect(await found('modality=triangular,regional')).toEqual(sorted([fx.e2, fx.e4]));
    expect(await found('instrument=study_tour')).toEqual(sorted([fx.e1, fx.e3]));
    expect(await found('mode=sharing')).toEqual(sorted([fx.e2, fx.e3]));
    expect(await found('outcome=new_actions')).toEqual([fx.e2]);
    expect(await found('dimension=financing')).toEqual([fx.e1]);
    expect(await found('language=es')).toEqual(sorted([fx.e1, fx.e2]));
  });

  it('filters by years: the period overlaps them; no period, no match', async () => {
    expect(await found('yearFrom=2015')).toEqual([fx.e2]);
    expect(await found('yearTo=2012')).toEqual(sorted([fx.e1, fx.e3]));
    expect(await found('yearFrom=2010&yearTo=2013')).toEqual([fx.e1]);
    expect(await found('yearFrom=2030')).toEqual([]);
  });

  it('filters by organisation (an offer links to its own published experiences)', async () => {
    expect(await found(`organisation=${kit.co.id}`)).toEqual([fx.e2]);
    const res = await kit.t.app.inject({ method: 'GET', url: '/api/v1/experiences?organisation=nope' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('organisation');
  });

  it('combines filters with AND, values of one filter with OR', async () => {
    expect(await found('country=MX,KE&modality=bilateral')).toEqual(sorted([fx.e1, fx.e3]));
    expect(await found('country=KE&instrument=study_tour&mode=transfer')).toEqual([fx.e3]);
    expect(await found('country=MX&sector=151')).toEqual([]);
  });

  it('refuses a year outside the range, naming the field', async () => {
    const res = await kit.t.app.inject({ method: 'GET', url: '/api/v1/experiences?yearFrom=1800' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('yearFrom');
  });
});

describe('GET /experiences: facets', () => {
  it('counts every facet over the whole library', async () => {
    const all = await search(kit, 'facets=true');
    expect(all.total).toBe(4);
    expect(counts(all, 'country')).toEqual({ MX: 2, GT: 1, CO: 1, KE: 2, ID: 1, SG: 1 });
    expect(counts(all, 'region')).toEqual({ 498: 3, 298: 2, 798: 2 });
    expect(counts(all, 'sector')).toEqual({ 160: 2, 151: 1, 140: 1, 112: 1 });
    expect(counts(all, 'sdg')).toEqual({ 1: 2, 16: 1, 17: 1, 6: 1, 2: 1 });
    expect(counts(all, 'modality')).toEqual({ bilateral: 2, triangular: 1, regional: 1 });
    expect(counts(all, 'instrument')).toEqual({ study_tour: 2, twinning: 1, expert_visit: 1, conference: 1 });
    expect(counts(all, 'mode')).toEqual({ transfer: 2, sharing: 2 });
    expect(counts(all, 'outcome')).toEqual({ new_knowledge: 2, enhanced_skills: 1, new_actions: 1 });
    expect(counts(all, 'year')).toEqual({ 2000: 1, 2010: 2, 2020: 1 });
    expect(counts(all, 'language')).toEqual({ es: 2, en: 2, id: 1 });
  });

  it('counts on the filtered set, each facet ignoring its own filter', async () => {
    const mx = await search(kit, 'country=MX');
    expect(mx.total).toBe(2);
    expect(counts(mx, 'country')).toEqual({ MX: 2, GT: 1, CO: 1, KE: 2, ID: 1, SG: 1 });
    expect(counts(mx, 'sector')).toEqual({ 160: 2, 112: 1 });
    expect(counts(mx, 'modality')).toEqual({ bilateral: 1, regional: 1 });
    expect(counts(mx, 'year')).toEqual({ 2010: 1 });

    const both = await search(kit, 'country=MX&modality=bilateral');
    expect(both.items.map((i) => i.id)).toEqual([fx.e1]);
    expect(both.total).toBe(1);
    // Countries of the bilateral ones (e1, e3); modalities of the Mexican ones (e1, e4).
    expect(counts(both, 'country')).toEqual({ MX: 1, GT: 1, ID: 1, KE: 1 });
    expect(counts(both, 'modality')).toEqual({ bilateral: 1, regional: 1 });
    expect(counts(both, 'language')).toEqual({ es: 1 });
  });

  it('counts with a text query too', async () => {
    const res = await search(kit, `q=${encodeURIComponent('school feeding')}&country=SG,CO`);
    expect(res.items.map((i) => i.id)).toEqual([fx.e4]);
    expect(counts(res, 'country')).toEqual({ SG: 1, MX: 1 });
    expect(counts(res, 'sdg')).toEqual({ 1: 1, 2: 1 });
  });

  it('names the values in the reader’s language, decades as spans', async () => {
    const es = await search(kit, 'locale=es');
    const label = (facet: string, code: string) => es.facets?.[facet]?.find((b) => b.code === code)?.label;
    expect(label('country', 'MX')).toBe('México');
    expect(label('modality', 'bilateral')).toMatch(/bilateral/i);
    expect(label('year', '2010')).toBe('2010–2019');
    expect(label('sdg', '1')).toMatch(/1/);
    const en = await search(kit, 'locale=en');
    expect(en.facets?.country?.find((b) => b.code === 'KE')?.label).toBe('Kenya');
    // Biggest first.
    expect(en.facets?.region?.[0]).toMatchObject({ code: '498', count: 3 });
  });

  it('skips the facets when asked', async () => {
    const res = await search(kit, 'facets=false&country=MX');
    expect(res.facets).toBeNull();
    expect(res.total).toBe(2);
  });
});
