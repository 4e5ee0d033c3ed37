import { describe, expect, it } from 'vitest';
import { countMatches } from './search.repository.js';
import { EXACT_FACETS_MAX, filtersOf, sampleFor } from './search.service.js';
import { facetCounts } from './search-facets.repository.js';
import { putExperience, setUpSearchKit } from './search-test-kit.js';

/**
 * Large result sets are counted on a slice of the id space (ids are random, so a slice is a
 * fair sample): an eighth (ids 0…, 1…), a sixteenth (0…), a thirty-second (00…–07…). A library
 * big enough to trigger sampling is the benchmark's job; here, experiences with chosen ids check
 * that the slices hold exactly what they should, through the same conditions as every search.
 */
const uuid = (prefix: string) => `${prefix}${'0'.repeat(8 - prefix.length)}-0000-4000-8000-000000000001`;
const fx: Record<string, string> = {};
const kit = setUpSearchKit(async (k) => {
  // One experience in each band of the id space: in all three slices, in the 8th and 16th,
  // in the 8th only, and in none.
  for (const [name, prefix, country] of [
    ['in32', '05', 'KE'],
    ['in16', '0c', 'KE'],
    ['in8', '1a', 'GH'],
    ['out', 'a4', 'KE'],
  ] as const) {
    fx[name] = await putExperience(k, {
      id: uuid(prefix),
      content: {
        title: { en: `Watershed councils ${name}` },
        participants: [{ countryCode: country, role: 'recipient' }],
      },
    });
  }
});

describe('sampled counts', () => {
  it('counts only the experiences whose id falls in the slice', async () => {
    const db = kit.t.runtime.deps.db;
    const all = filtersOf({ sort: 'newest' } as never);
    expect(await countMatches(db, all, null)).toBe(4);
    expect(await countMatches(db, all, null, 8)).toBe(3);
    expect(await countMatches(db, all, null, 16)).toBe(2);
    expect(await countMatches(db, all, null, 32)).toBe(1);
  });

  it('samples text matches and facets the same way, filters included', async () => {
    const db = kit.t.runtime.deps.db;
    const kenya = filtersOf({ sort: 'newest', country: 'KE' } as never);
    const text = { text: 'watershed', simple: 'watershed', names: null, configs: ['english'], fuzzy: false };
    expect(await countMatches(db, kenya, text, 8)).toBe(2);
    expect(await countMatches(db, kenya, text, 32)).toBe(1);
    const rows = await facetCounts(db, kenya, text, 'country', ['country'], true, 8);
    const counted = Object.fromEntries(rows.map((r) => [`${r.facet}:${r.code}`, r.n]));
    // Without its own filter, the country facet counts the eighth's Kenyan and Ghanaian ones.
    expect(counted).toEqual({ 'country:KE': 2, 'country:GH': 1, 'total:': 3 });
  });

  it('counts exactly up to the threshold, then on smaller slices as matches grow', () => {
    expect(EXACT_FACETS_MAX).toBe(2_000);
    expect(sampleFor(null)).toBeNull();
    expect(sampleFor(EXACT_FACETS_MAX)).toBeNull();
    expect(sampleFor(EXACT_FACETS_MAX + 1)).toBe(8);
    expect(sampleFor(8 * EXACT_FACETS_MAX)).toBe(8);
    expect(sampleFor(8 * EXACT_FACETS_MAX + 1)).toBe(16);
    expect(sampleFor(16 * EXACT_FACETS_MAX + 1)).toBe(32);
    expect(sampleFor(100_000)).toBe(32);
  });
});
