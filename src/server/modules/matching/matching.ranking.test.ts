import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS } from '../../../shared/matching/index.js';
import {
  insertAssessment,
  insertCapability,
  insertNeed,
  insertOffer,
  insertOrganisation,
  insertPublishedExperience,
  setUpMatchingKit,
  visitorGet,
} from './matching-test-kit.js';

interface Match {
  kind: string;
  id: string;
  title: string;
  score: number;
  organisation: { id: string; countryCode: string } | null;
  factors: { factor: string; percent: number; text: string }[];
}

const ids = {
  need: '',
  colombian: '',
  unrelated: '',
  own: '',
  languageOnly: '',
  capability: '',
  experience: '',
  ownExperience: '',
};
const orgs = { kenya: '', colombia: '', brazil: '', southAfrica: '' };

const kit = setUpMatchingKit(async (k) => {
  orgs.kenya = await insertOrganisation(k, { country: 'KE', name: 'Kenya Social Protection Secretariat' });
  orgs.colombia = await insertOrganisation(k, { country: 'CO', name: 'Prosperidad Social' });
  orgs.brazil = await insertOrganisation(k, { country: 'BR', name: 'Fiocruz' });
  orgs.southAfrica = await insertOrganisation(k, { country: 'ZA', name: 'SA Roads Agency' });
  ids.need = await insertNeed(k, {
    organisationId: orgs.kenya,
    country: 'KE',
    title: { en: 'Targeting cash transfers to poor rural households' },
    text: {
      en: 'Our cash transfer programme for poor households needs a social registry and better targeting of beneficiaries in rural counties.',
    },
    sectors: ['16010'],
    sdgTargets: ['1.3'],
    languages: ['en', 'es'],
    instruments: ['study_tour'],
    dimensions: ['information_systems'],
  });
  ids.colombian = await insertOffer(k, {
    organisationId: orgs.colombia,
    country: 'CO',
    title: { es: 'Focalización de transferencias monetarias', en: 'Targeting of cash transfers' },
    text: {
      en: 'We share how our social registry targets cash transfer beneficiaries among poor rural households.',
      es: 'Compartimos cómo nuestro registro social focaliza las transferencias monetarias a hogares pobres.',
    },
    sectors: ['16010'],
    sdgTargets: ['1.3'],
    languages: ['es', 'en'],
    instruments: ['study_tour', 'expert_visit'],
  });
  ids.unrelated = await insertOffer(k, {
    organisationId: orgs.brazil,
    country: 'BR',
    title: { pt: 'Controle da malária em áreas urbanas' },
    text: { pt: 'Vigilância entomológica e controle de vetores da malária nas cidades.' },
    sectors: ['12250'],
    sdgTargets: ['3.3'],
    languages: ['pt'],
  });
  ids.own = await insertOffer(k, {
    organisationId: orgs.kenya,
    country: 'KE',
    title: { en: 'Targeting cash transfers to poor rural households' },
    text: { en: 'Our cash transfer programme for poor households and its social registry.' },
    sectors: ['16010'],
    languages: ['en'],
  });
  ids.languageOnly = await insertOffer(k, {
    organisationId: orgs.southAfrica,
    country: 'ZA',
    title: { en: 'Road maintenance contracts' },
    text: { en: 'Performance-based contracts for maintaining gravel roads.' },
    sectors: ['21020'],
    languages: ['en'],
  });
  ids.capability = await insertCapability(k, {
    organisationId: orgs.colombia,
    title: { es: 'Registro social y focalización', en: 'Social registry and targeting' },
    text: { en: 'Targeting cash transfers to poor households with a social registry.' },
    sectors: ['16010'],
    languages: ['es'],
  });
  ids.experience = await insertPublishedExperience(k, {
    organisationId: orgs.colombia,
    title: {
      es: 'Transferencias monetarias para hogares rurales',
      en: 'Cash transfers for rural households',
    },
    summary: {
      en: 'How Colombia targeted cash transfers to poor rural households through its social registry.',
    },
    sectors: ['16010'],
    languages: ['es', 'en'],
  });
  ids.ownExperience = await insertPublishedExperience(k, {
    organisationId: orgs.kenya,
    title: { en: 'Cash transfers for poor rural households in Kenya' },
    summary: { en: 'Targeting cash transfers to poor rural households with a social registry.' },
    sectors: ['16010'],
  });
  // Colombia rates itself strong on information systems; Kenya too (its own country: never a peer).
  await insertAssessment(k, 'CO', { information_systems: 4, financing: 1 });
  await insertAssessment(k, 'KE', { information_systems: 3 });
  await insertAssessment(k, 'BR', { information_systems: 2, financing: 4 });
});

const matchesOf = async (url: string) => {
  const res = await visitorGet(kit, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Match[]; weights: Record<string, number>; computedAt: string };
};

describe('GET /needs/:id/matches', () => {
  it('ranks the Colombian offer on the same sector and language first, with its reasons', async () => {
    const { items, weights } = await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=offer&limit=10`);
    expect(weights).toEqual(DEFAULT_MATCH_WEIGHTS);
    expect(items[0]?.id).toBe(ids.colombian);
    expect(items[0]?.organisation?.countryCode).toBe('CO');
    expect(items[0]!.score).toBeGreaterThanOrEqual(35);
    // The unrelated Brazilian offer scores below the minimum, or at least below the Colombian one.
    const unrelated = items.find((m) => m.id === ids.unrelated);
    if (unrelated) expect(unrelated.score).toBeLessThan(items[0]!.score);
    const percents = items[0]!.factors.map((f) => f.percent);
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect(items[0]!.factors[0]!.percent).toBeGreaterThan(0);
  });

  it('never offers the need’s own organisation’s candidates', async () => {
    const all = await matchesOf(`/api/v1/needs/${ids.need}/matches?limit=50`);
    expect(all.items.map((m) => m.id)).not.toContain(ids.own);
    expect(all.items.every((m) => m.organisation?.id !== orgs.kenya)).toBe(true);
  });

  it('finds published experiences and capabilities in their own words, in every language they hold', async () => {
    const { items } = await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=experience,capability`);
    expect(items.map((m) => [m.kind, m.id])).toEqual(
      expect.arrayContaining([
        ['experience', ids.experience],
        ['capability', ids.capability],
      ]),
    );
    expect(items.map((m) => m.id)).not.toContain(ids.ownExperience);
    const experience = items.find((m) => m.id === ids.experience)!;
    expect(experience.title).toBe('Cash transfers for rural households');
    expect(experience.factors.find((f) => f.factor === 'text')?.text).toMatch(/^Both mention .*cash/);
  });

  it('suggests peer countries strong on the need’s capacities, never the need’s own country', async () => {
    const { items } = await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=country&limit=10`);
    const codes = items.map((m) => m.id);
    expect(codes).toContain('CO');
    expect(codes).not.toContain('KE'); // its own country
    expect(codes).not.toContain('BR'); // strong, but on another capacity
    expect(items.every((m) => m.kind === 'country' && m.organisation === null)).toBe(true);
  });

  it('refuses an unknown kind, naming it', async () => {
    const res = await visitorGet(kit, `/api/v1/needs/${ids.need}/matches?kind=offer,planet`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('kind');
    expect(res.json().error.message).toContain('planet');
  });

  it('answers 404 for a need that does not exist', async () => {
    const res = await visitorGet(kit, '/api/v1/needs/00000000-0000-4000-8000-000000000000/matches');
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /offers/:id/matches', () => {
  it('ranks the live needs for an offer, scored as on the need’s page', async () => {
    const { items } = await matchesOf(`/api/v1/offers/${ids.colombian}/matches`);
    expect(items[0]?.kind).toBe('need');
    expect(items[0]?.id).toBe(ids.need);
    const fromNeed = await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=offer`);
    expect(items[0]?.score).toBe(fromNeed.items.find((m) => m.id === ids.colombian)?.score);
  });

  it('never lists needs of the offer’s own organisation', async () => {
    const { items } = await matchesOf(`/api/v1/offers/${ids.own}/matches`);
    expect(items.map((m) => m.id)).not.toContain(ids.need);
  });
});

describe('weights', () => {
  it('change the order: with country context alone, the South African offer passes the Colombian one', async () => {
    const put = (weights: Record<string, number>) =>
      kit.admin.request({
        method: 'PUT',
        url: '/api/v1/admin/match-settings',
        payload: { weights, minScore: 0 },
      });
    expect((await put({ ...DEFAULT_MATCH_WEIGHTS })).statusCode).toBe(200);
    const before = (await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=offer`)).items.map((m) => m.id);
    expect(before[0]).toBe(ids.colombian);
    expect(before.indexOf(ids.languageOnly)).toBeGreaterThan(0);

    // Kenya and South Africa share a region; Colombia does not.
    const contextOnly = Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((f) => [f, 0]));
    expect((await put({ ...contextOnly, context: 1 })).statusCode).toBe(200);
    const after = (await matchesOf(`/api/v1/needs/${ids.need}/matches?kind=offer`)).items.map((m) => m.id);
    expect(after.indexOf(ids.languageOnly)).toBeGreaterThanOrEqual(0);
    expect(after.indexOf(ids.languageOnly)).toBeLessThan(after.indexOf(ids.colombian));

    expect((await put({ ...DEFAULT_MATCH_WEIGHTS })).statusCode).toBe(200);
  });
});
