import { describe, expect, it } from 'vitest';
import {
  insertNeed,
  insertOffer,
  insertOrganisation,
  memberOf,
  setUpMatchingKit,
  visitorGet,
} from './matching-test-kit.js';

interface Factor {
  factor: string;
  percent: number;
  text: string;
}

let needId = '';
let offerId = '';
let kenya = '';

const kit = setUpMatchingKit(async (k) => {
  kenya = await insertOrganisation(k, { country: 'KE' });
  const colombia = await insertOrganisation(k, { country: 'CO' });
  needId = await insertNeed(k, {
    organisationId: kenya,
    country: 'KE',
    title: { en: 'A social registry for cash transfers' },
    text: { en: 'We need a social registry to target cash transfers.' },
    sectors: ['16010'],
    languages: ['es', 'en'],
  });
  offerId = await insertOffer(k, {
    organisationId: colombia,
    country: 'CO',
    title: { es: 'Registro social de hogares', en: 'A social registry of households' },
    text: { en: 'How a social registry targets cash transfers.' },
    sectors: ['16010'],
    languages: ['es'],
  });
});

const factorsIn = async (query: string, headers: Record<string, string> = {}) => {
  const res = await kit.t.app.inject({
    method: 'GET',
    url: `/api/v1/needs/${needId}/matches?kind=offer${query}`,
    headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  const match = (res.json().items as { id: string; factors: Factor[] }[]).find((m) => m.id === offerId);
  expect(match).toBeDefined();
  return Object.fromEntries(match!.factors.map((f) => [f.factor, f.text]));
};

describe('match explanations', () => {
  it('are worded in English, with the names of codes', async () => {
    const text = await factorsIn('&locale=en');
    expect(text.sector).toMatch(/^Works in the same sector: /);
    expect(text.language).toBe('Shares a working language: Spanish');
    expect(text.text).toMatch(/^Both mention /);
    // The shared stems ("registri") are shown as the need's own words.
    expect(text.text).toContain('registry');
    expect(text.text).not.toMatch(/registri\b/);
  });

  it('are worded in Spanish for a Spanish reader', async () => {
    const text = await factorsIn('&locale=es');
    expect(text.sector).toMatch(/^Trabaja en el mismo sector: /);
    expect(text.language).toMatch(/^Comparte un idioma de trabajo: español/i);
  });

  it('are worded in French, from the browser’s language', async () => {
    const text = await factorsIn('', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(text.sector).toMatch(/^Travaille dans le même secteur/);
    expect(text.language).toMatch(/^Partage une langue de travail : espagnol/i);
  });

  it('follow a signed-in reader’s own language', async () => {
    const reader = await memberOf(kit, kenya, 'member');
    await reader.patch('/api/v1/me', { locale: 'es' });
    const res = await reader.get(`/api/v1/needs/${needId}/matches?kind=offer`);
    const match = (res.json().items as { factors: Factor[] }[])[0]!;
    expect(match.factors.find((f) => f.factor === 'sector')?.text).toMatch(/^Trabaja/);
  });

  it('are the same on the visitor’s page as for a member (no private candidate here)', async () => {
    const res = await visitorGet(kit, `/api/v1/needs/${needId}/matches?kind=offer`);
    expect(res.json().items).toHaveLength(1);
  });
});
