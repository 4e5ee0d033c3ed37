import { describe, expect, it } from 'vitest';
import { withBigrams } from './matching.cache.js';
import {
  insertCapability,
  insertNeed,
  insertOrganisation,
  insertPublishedExperience,
  setUpMatchingKit,
  visitorGet,
} from './matching-test-kit.js';

interface Factor {
  factor: string;
  value: number | null;
  text: string;
}

const ids = { need: '', experience: '', capability: '' };

const kit = setUpMatchingKit(async (k) => {
  const china = await insertOrganisation(k, { country: 'CN', name: 'China Agricultural Centre' });
  const laos = await insertOrganisation(k, { country: 'LA', name: 'Lao Ministry of Agriculture' });
  ids.need = await insertNeed(k, {
    organisationId: laos,
    country: 'LA',
    title: { zh: '农业技术示范中心' },
    text: { zh: '我们希望建立农业技术示范中心，培训农民使用新品种。' },
  });
  ids.experience = await insertPublishedExperience(k, {
    organisationId: china,
    title: { zh: '援外农业技术示范中心的经验' },
    summary: { zh: '中国在非洲和亚洲建立农业技术示范中心，培训当地农民。' },
  });
  ids.capability = await insertCapability(k, {
    organisationId: china,
    title: { zh: '农业技术培训' },
    text: { zh: '为发展中国家培训农业技术人员。' },
  });
});

describe('matching Chinese texts', () => {
  it('splits a catalogue row’s Chinese text into character bigrams, as needs and offers store it', () => {
    const row = withBigrams({ lexemes: ['farm'], simple_text: '农业技术 Demo' });
    expect(row.lexemes).toEqual(['farm', '农业', '业技', '技术', 'demo']);
    expect(withBigrams({ lexemes: ['x'], simple_text: '  ' }).lexemes).toEqual(['x']);
  });

  it('finds Chinese experiences and capabilities by the words they share with a Chinese need', async () => {
    const res = await visitorGet(kit, `/api/v1/needs/${ids.need}/matches?kind=experience,capability`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; factors: Factor[] }[];
    for (const id of [ids.experience, ids.capability]) {
      const text = items.find((m) => m.id === id)?.factors.find((f) => f.factor === 'text');
      expect(text?.value, id).toBeGreaterThan(0);
      expect(text?.text).toMatch(/^Both mention .*(示范|技术|农业)/);
    }
  });
});
