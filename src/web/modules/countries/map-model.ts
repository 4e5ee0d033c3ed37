import type { CountryListItem } from '../../../shared/contracts/country-profiles.js';

/**
 * Map categories: a published profile by the role the country plays (provider, recipient, both),
 * and "another role" for the rest of the vocabulary (the triangular roles, terms added later).
 * Countries without a published profile are left out (neutral).
 * Colours from the Okabe–Ito and Tol palettes, told apart with the common colour-vision
 * deficiencies and at least 3:1 against the map's neutral grey; "another role" is a dark grey.
 * The legend and the table say the same in words.
 */
export const MAP_CATEGORIES = [
  { key: 'provider', color: '#0072B2' },
  { key: 'recipient', color: '#882255' },
  { key: 'dual', color: '#117733' },
  { key: 'other', color: '#4a5159' },
] as const;
export type MapCategoryKey = (typeof MAP_CATEGORIES)[number]['key'];

const ROLE_KEYS = new Set<string>(['provider', 'recipient', 'dual']);

/** The category of one country, or null when it has no published profile. */
export function mapCategory(
  item: Pick<CountryListItem, 'hasProfile' | 'countryRole'>,
): MapCategoryKey | null {
  if (!item.hasProfile) return null;
  return item.countryRole && ROLE_KEYS.has(item.countryRole) ? (item.countryRole as MapCategoryKey) : 'other';
}

/** Code → category key for the map, with the number of countries in each category for the legend. */
export function mapValues(items: readonly CountryListItem[]): {
  values: Record<string, string>;
  counts: Record<MapCategoryKey, number>;
} {
  const values: Record<string, string> = {};
  const counts: Record<MapCategoryKey, number> = { provider: 0, recipient: 0, dual: 0, other: 0 };
  for (const item of items) {
    const category = mapCategory(item);
    if (!category) continue;
    values[item.code] = category;
    counts[category]++;
  }
  return { values, counts };
}
