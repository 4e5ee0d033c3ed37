/**
 * How uncomfortable a stretch of local wall-clock time is for a site. Every minute outside the
 * site's preferred hours counts, weighted by how far into the night it lies:
 *
 *   ×0  inside the preferred hours
 *   ×1  within 2 h of them ("edge": 05:00–07:00 and 22:00–24:00 with the default 07:00–22:00)
 *   ×2  further away
 *   ×3  between 00:00 and 05:00 (deep night), whatever the distance, unless preferred
 *
 * With the default hours no minute weighs ×2 (the edges meet the night); a site that prefers
 * 09:00–17:00 pays ×1 for 07:00–09:00 and 17:00–19:00, ×2 for 05:00–07:00 and 19:00–24:00.
 * Minutes of a wall clock are counted, so a meeting across a daylight-saving change is measured
 * in the hours people see on the clock (see slots.ts).
 */
import { DAY_MINUTES, parseTime } from './civil.js';
import { DialogueTimeError } from './errors.js';

export const DISCOMFORT = {
  edgeMinutes: 120,
  edgeWeight: 1,
  beyondWeight: 2,
  nightWeight: 3,
  /** Deep night, minutes of the day: [nightFrom, nightTo). */
  nightFrom: 0,
  nightTo: 5 * 60,
} as const;

export const DEFAULT_PREFERRED_FROM = '07:00';
export const DEFAULT_PREFERRED_TO = '22:00';

/** Preferred hours as minutes of the day, [from, to); `from > to` wraps past midnight. */
export interface PreferredHours {
  from: number;
  to: number;
}

/** Parses `HH:mm` preferred hours (`to` may be `24:00`); refuses an empty window. */
export function preferredHours(
  from: string = DEFAULT_PREFERRED_FROM,
  to: string = DEFAULT_PREFERRED_TO,
  field?: string,
): PreferredHours {
  const f = parseTime(from, field && `${field}.preferredFrom`);
  const t = parseTime(to, field && `${field}.preferredTo`, true);
  if (f === t % DAY_MINUTES && !(f === 0 && t === DAY_MINUTES))
    throw new DialogueTimeError('invalid_hours', `Preferred hours ${from}–${to} are empty`, field);
  return { from: f, to: t };
}

const inside = (h: PreferredHours, m: number) =>
  h.from < h.to ? m >= h.from && m < h.to : m >= h.from || m < h.to;

/** Weight of the wall-clock minute starting at `minuteOfDay` (0–1439). */
export function minuteWeight(h: PreferredHours, minuteOfDay: number): number {
  const m = ((minuteOfDay % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  if (inside(h, m)) return 0;
  if (m >= DISCOMFORT.nightFrom && m < DISCOMFORT.nightTo) return DISCOMFORT.nightWeight;
  const untilStart = (h.from - m + DAY_MINUTES) % DAY_MINUTES;
  const sinceEnd = ((m - (h.to % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES) + 1;
  return Math.min(untilStart, sinceEnd) <= DISCOMFORT.edgeMinutes
    ? DISCOMFORT.edgeWeight
    : DISCOMFORT.beyondWeight;
}

/**
 * Running sums over two days of minutes, so the discomfort of any stretch of up to 24 h is one
 * subtraction: `weighted[m0 + n] − weighted[m0]` for n minutes from minute-of-day m0.
 */
export interface DiscomfortTable {
  hours: PreferredHours;
  weighted: Float64Array;
  outside: Float64Array;
  night: Float64Array;
}

// Tables by preferred hours: most sites share a few windows, and each table is 69 KB to rebuild.
const tables = new Map<string, DiscomfortTable>();
const MAX_TABLES = 64;

/**
 * The running sums of one site's preferred hours (2 × 1440 + 1 entries each), shared between
 * calls: treat them as read-only.
 */
export function discomfortTable(hours: PreferredHours): DiscomfortTable {
  const key = `${hours.from}-${hours.to}`;
  const known = tables.get(key);
  if (known) return known;
  if (tables.size >= MAX_TABLES) tables.clear();
  const table = buildTable(hours);
  tables.set(key, table);
  return table;
}

function buildTable(hours: PreferredHours): DiscomfortTable {
  const n = 2 * DAY_MINUTES;
  const weighted = new Float64Array(n + 1);
  const outside = new Float64Array(n + 1);
  const night = new Float64Array(n + 1);
  for (let m = 0; m < n; m++) {
    const w = minuteWeight(hours, m);
    weighted[m + 1] = weighted[m]! + w;
    outside[m + 1] = outside[m]! + (w > 0 ? 1 : 0);
    night[m + 1] = night[m]! + (w === DISCOMFORT.nightWeight ? 1 : 0);
  }
  return { hours, weighted, outside, night };
}

/** Sum of a running-sum array over `minutes` wall minutes from `minuteOfDay` (0–1439, n ≤ 1440). */
export const spanSum = (sums: Float64Array, minuteOfDay: number, minutes: number) =>
  sums[minuteOfDay + minutes]! - sums[minuteOfDay]!;
