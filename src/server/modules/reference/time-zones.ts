import type { TimeZoneItem } from '../../../shared/contracts/reference.js';
import { formatOffset, offsetMinutesAt } from '../../../shared/dialogues/index.js';
import { searchTimeZones, zoneCity } from '../../../shared/time-zone-search.js';
import { isTimeZone } from '../../../shared/time-zones.js';
import { CITIES } from './time-zone-cities.js';
import { ZONE_TABLE } from './time-zones.data.js';

/**
 * The time zones offered when picking a site's or a person's zone: the canonical IANA names of
 * the tz database (Asia/Kolkata, not the Asia/Calcutta some runtimes still list), each with its
 * country, the cities it keeps time for (its own, the capitals and large cities of CITIES, the
 * places of its older names) and its offset now. Built from committed data: no database, no
 * host zoneinfo.
 */

interface ZoneBase {
  id: string;
  aliases: string[];
  countryCode: string | null;
  cities: string[];
  capital: string | null;
  note: string;
}

function buildZones(): ZoneBase[] {
  // A zone the runtime's ICU data does not know yet (a newer tz release) could not be used.
  const zones: ZoneBase[] = ZONE_TABLE.filter(([id]) => isTimeZone(id)).map(
    ([id, country, note, aliases]) => ({
      id,
      aliases: [...aliases],
      countryCode: country,
      cities: [zoneCity(id)],
      capital: null,
      note,
    }),
  );
  zones.push({ id: 'UTC', aliases: [], countryCode: null, cities: [], capital: null, note: '' });
  const byId = new Map(zones.map((z) => [z.id, z]));
  const single = new Map<string, ZoneBase | null>();
  for (const z of zones) if (z.countryCode) single.set(z.countryCode, single.has(z.countryCode) ? null : z);

  const add = (zone: ZoneBase | null | undefined, city: string) => {
    if (zone && !zone.cities.includes(city)) zone.cities.push(city);
  };
  const capitals = new Set<string>();
  for (const [country, city, zone] of CITIES) {
    const target = zone ? byId.get(zone) : single.get(country);
    add(target, city);
    // Each country's first city is its capital.
    if (target && !capitals.has(country)) target.capital ??= city;
    capitals.add(country);
  }
  for (const z of zones) for (const alias of z.aliases) add(z, zoneCity(alias));
  return zones;
}

let base: ZoneBase[] | undefined;
const baseZones = () => {
  base ??= buildZones();
  return base;
};

// Country names from the runtime's CLDR data, the same source as the reference countries list.
const namers = new Map<string, Intl.DisplayNames>();
function countryName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    namers.set(locale, namer);
  }
  return namer.of(code) ?? code;
}

// Offsets hold for a while: the list is built at most once a minute per language.
const MINUTE_MS = 60_000;
const built = new Map<string, { minute: number; items: TimeZoneItem[] }>();

/** Every zone, with its country named in `locale` and its offset at `now`, by name. */
export function timeZoneItems(locale: string, now: Date): TimeZoneItem[] {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const cached = built.get(locale);
  if (cached?.minute === minute) return cached.items;
  const items = baseZones().map((z) => {
    const offsetMinutes = offsetMinutesAt(now, z.id);
    return {
      ...z,
      country: z.countryCode ? countryName(z.countryCode, locale) : null,
      offsetMinutes,
      offset: formatOffset(offsetMinutes),
    };
  });
  built.set(locale, { minute, items });
  return items;
}

/**
 * The zones matching a city, country or zone name, best first (see searchTimeZones), 20 unless
 * `limit` says otherwise; without a query, every zone by name (all unless `limit`).
 */
export function listTimeZones(
  locale: string,
  now: Date,
  query: string | undefined,
  limit: number | undefined,
) {
  const items = timeZoneItems(locale, now);
  return query ? searchTimeZones(items, query, limit ?? 20) : items.slice(0, limit);
}
