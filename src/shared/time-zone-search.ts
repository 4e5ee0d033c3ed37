/**
 * Finding a time zone by what people know: a city ("Delhi", "Bogota"), a country ("Indonesia"),
 * or the zone's name ("Asia/Kol"). Shared by the reference API (`?q=`) and the web app's zone
 * picker, which filters the list it already holds as the user types.
 */

/** What the search reads of a zone (the reference API's time-zone item has these and more). */
export interface SearchableZone {
  id: string;
  aliases: readonly string[];
  cities: readonly string[];
  country: string | null;
  /** The country's capital when the zone keeps its time: a country's main zone. */
  capital: string | null;
}

/** Lower-case, accent-free, words split on spaces, `/`, `_` and `-`: "America/Bogotá" → "america bogota". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[\s/_-]+/g, ' ')
    .trim();
}

/** How well one name matches (lower is better), or null: whole name, its start, a word's start, anywhere. */
function nameScore(name: string, q: string): number | null {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  return null;
}

// By what matched and how: a city's whole name, a country's whole name, a city's start or a
// word's start, a country's likewise, letters inside either, then the zone's own names. "India"
// finds India before Indianapolis, "Inde" before Lindeman; "Mexico" lists the zones of Mexico,
// its capital's first (see the sort).
const CITY = [0, 2, 3, 6];
const COUNTRY = [1, 4, 5, 7];
const ZONE_NAME = [8, 8, 9, 10];

function zoneScore(zone: SearchableZone, q: string): number | null {
  let best: number | null = null;
  const consider = (name: string, tiers: number[]) => {
    const s = nameScore(foldName(name), q);
    const score = s === null ? null : (tiers[s] ?? null);
    if (score !== null && (best === null || score < best)) best = score;
  };
  for (const city of zone.cities) consider(city, CITY);
  if (zone.country) consider(zone.country, COUNTRY);
  for (const name of [zone.id, ...zone.aliases]) consider(name, ZONE_NAME);
  return best;
}

/**
 * The zones matching `query`, best first; among equally good ones, a country's main zone (its
 * capital's) comes first, then the zone keeping time for more of the listed cities, then by name.
 */
export function searchTimeZones<T extends SearchableZone>(
  items: readonly T[],
  query: string,
  limit = 20,
): T[] {
  const q = foldName(query);
  if (!q) return [];
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const score = zoneScore(item, q);
    if (score !== null) scored.push({ item, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      Number(b.item.capital !== null) - Number(a.item.capital !== null) ||
      b.item.cities.length - a.item.cities.length ||
      a.item.id.localeCompare(b.item.id),
  );
  return scored.slice(0, limit).map((s) => s.item);
}

/** The city of a zone that matches `query` best (to show why it was found), else its own city. */
export function matchedCity(zone: SearchableZone, query: string): string | undefined {
  const q = foldName(query);
  let best: { city: string; score: number } | undefined;
  for (const city of zone.cities) {
    const score = q ? nameScore(foldName(city), q) : null;
    if (score !== null && (!best || score < best.score)) best = { city, score };
  }
  return best?.city ?? zone.cities[0];
}

/** The zone a name stands for: its canonical name or one of its older names (Asia/Calcutta). */
export function findZone<T extends SearchableZone>(items: readonly T[], name: string): T | undefined {
  return items.find((z) => z.id === name) ?? items.find((z) => z.aliases.includes(name));
}

/** "Asia/Ho_Chi_Minh" → "Ho Chi Minh": the last part of a zone name, as a place. */
export const zoneCity = (id: string): string => (id.split('/').pop() ?? id).replaceAll('_', ' ');
