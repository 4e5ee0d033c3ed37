/**
 * The slot finder's per-site preparation: inputs checked, the offset timeline over the window,
 * the discomfort running sums, and a flag per local day (non-work day, holiday). After this,
 * placing a meeting at a site is arithmetic on numbers.
 */
import { DAY_MS, type IsoWeekday, MINUTE_MS, parseDate, weekdayOf } from './civil.js';
import { type DiscomfortTable, discomfortTable, preferredHours } from './discomfort.js';
import { DialogueTimeError } from './errors.js';
import { type OffsetTimeline, offsetTimeline } from './timeline.js';
import { assertTimeZone } from './zones.js';

/** A site as the slot finder sees it. */
export interface SlotSite {
  id: string;
  /** IANA zone name, e.g. `Asia/Jakarta`. */
  zone: string;
  /** `HH:mm`, default `07:00`. */
  preferredFrom?: string;
  /** `HH:mm` (or `24:00`), default `22:00`; earlier than `preferredFrom` wraps past midnight. */
  preferredTo?: string;
  /** Public holidays, local dates `YYYY-MM-DD`. */
  holidays?: readonly string[];
  /** Working days, ISO weekdays; default Monday–Friday `[1, 2, 3, 4, 5]`. */
  workWeek?: readonly IsoWeekday[];
}

export const DEFAULT_WORK_WEEK: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
export const MAX_SITES = 50;

/** Day flags: the reason a local day is closed. A non-work day wins over a holiday on it. */
export const OPEN = 0;
export const NON_WORK_DAY = 1;
export const HOLIDAY = 2;

/** A site ready for the slot loop. */
export interface PreparedSite {
  id: string;
  zone: string;
  table: DiscomfortTable;
  timeline: OffsetTimeline;
  /** Day number of `dayFlags[0]`. */
  dayBase: number;
  dayFlags: Uint8Array;
}

// Local days reachable from the window: offsets stay within ±16 h (local mean times included).
const MARGIN_DAYS = 2;

function dayFlags(site: SlotSite, field: string, fromMs: number, toMs: number) {
  const workWeek = site.workWeek ?? DEFAULT_WORK_WEEK;
  if (
    !Array.isArray(workWeek) ||
    workWeek.length === 0 ||
    !workWeek.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)
  )
    throw new DialogueTimeError(
      'invalid_work_week',
      'The work week lists ISO weekdays 1–7',
      `${field}.workWeek`,
    );
  const dayBase = Math.floor(fromMs / DAY_MS) - MARGIN_DAYS;
  const flags = new Uint8Array(Math.floor(toMs / DAY_MS) + MARGIN_DAYS - dayBase + 1);
  const working = new Set<number>(workWeek);
  for (let i = 0; i < flags.length; i++) if (!working.has(weekdayOf(dayBase + i))) flags[i] = NON_WORK_DAY;
  (site.holidays ?? []).forEach((date, j) => {
    const i = parseDate(date, `${field}.holidays[${j}]`) - dayBase;
    if (i >= 0 && i < flags.length && flags[i] === OPEN) flags[i] = HOLIDAY;
  });
  return { dayBase, flags };
}

/** Checks every site and prepares it for the window [fromMs, toMs]. */
export function prepareSites(sites: readonly SlotSite[], fromMs: number, toMs: number): PreparedSite[] {
  if (!Array.isArray(sites) || sites.length === 0)
    throw new DialogueTimeError('no_sites', 'A dialogue needs at least one site', 'sites');
  if (sites.length > MAX_SITES)
    throw new DialogueTimeError('too_many_sites', `At most ${MAX_SITES} sites`, 'sites');
  const seen = new Set<string>();
  // Sites sharing a zone share its timeline (the only part that asks the time-zone database).
  const timelines = new Map<string, OffsetTimeline>();
  return sites.map((site, i) => {
    const field = `sites[${i}]`;
    if (typeof site.id !== 'string' || site.id === '' || seen.has(site.id))
      throw new DialogueTimeError(
        'duplicate_site',
        `Site ids must be present and unique: ${site.id}`,
        `${field}.id`,
      );
    seen.add(site.id);
    assertTimeZone(site.zone, `${field}.zone`);
    const table = discomfortTable(preferredHours(site.preferredFrom, site.preferredTo, field));
    const { dayBase, flags } = dayFlags(site, field, fromMs, toMs);
    const timeline = timelines.get(site.zone) ?? offsetTimeline(site.zone, fromMs, toMs);
    timelines.set(site.zone, timeline);
    return { id: site.id, zone: site.zone, table, timeline, dayBase, dayFlags: flags };
  });
}

/**
 * Sum of a running-sum array over the wall-clock minutes [a, b) read with offset `offsetMs`
 * (a stretch of at most 24 h). Both the slot loop and the detailed figures go through here, so
 * they always agree.
 */
export function wallSum(sums: Float64Array, a: number, b: number, offsetMs: number): number {
  const la = a + offsetMs;
  const dayStart = Math.floor(la / DAY_MS) * DAY_MS;
  const m0 = Math.floor((la - dayStart) / MINUTE_MS);
  const m1 = Math.floor((b + offsetMs - dayStart) / MINUTE_MS);
  return sums[m1]! - sums[m0]!;
}

/**
 * Sum over a meeting [s, e) at a site whose segment at `s` is `k`: split at each offset change
 * inside the meeting, each part measured on its own wall clock.
 */
export function meetingSum(site: PreparedSite, sums: Float64Array, s: number, e: number, k: number): number {
  const { starts, offsetsMs } = site.timeline;
  let total = 0;
  for (let i = k; i < starts.length && (i === k || starts[i]! < e); i++) {
    const a = i === k ? s : starts[i]!;
    const next = starts[i + 1];
    const b = next !== undefined && next < e ? next : e;
    total += wallSum(sums, a, b, offsetsMs[i]!);
  }
  return total;
}
