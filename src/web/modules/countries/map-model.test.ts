import { describe, expect, it } from 'vitest';
import type { CountryListItem } from '../../../shared/contracts/country-profiles.js';
import { mapCategory, mapValues } from './map-model.js';

const item = (code: string, hasProfile: boolean, countryRole: string | null): CountryListItem => ({
  code,
  name: code,
  region: null,
  regionName: null,
  incomeGroup: null,
  hasProfile,
  countryRole,
  countryRoleName: null,
  leadAgency: null,
  publishedAt: hasProfile ? '2026-06-28T22:00:00.000Z' : null,
});

describe('map categories', () => {
  it('colours published profiles by role (other roles together), and leaves the others neutral', () => {
    expect(mapCategory(item('MX', true, 'dual'))).toBe('dual');
    expect(mapCategory(item('CN', true, 'provider'))).toBe('provider');
    expect(mapCategory(item('KE', true, null))).toBe('other');
    expect(mapCategory(item('XX', true, 'first_provider'))).toBe('other');
    expect(mapCategory(item('BR', false, null))).toBeNull();
    // A role copied from an older publication does not count without a published profile.
    expect(mapCategory(item('AR', false, 'provider'))).toBeNull();
  });

  it('gives the map its values and the legend its counts', () => {
    const { values, counts } = mapValues([
      item('MX', true, 'dual'),
      item('IN', true, 'dual'),
      item('CN', true, 'provider'),
      item('KE', true, null),
      item('BR', false, null),
    ]);
    expect(values).toEqual({ MX: 'dual', IN: 'dual', CN: 'provider', KE: 'other' });
    expect(counts).toEqual({ provider: 1, recipient: 0, dual: 2, other: 1 });
  });
});
