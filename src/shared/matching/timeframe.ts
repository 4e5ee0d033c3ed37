/**
 * Timeframe fit: the period a need wants help in against the period a candidate is available.
 * Dates are calendar days (ISO `YYYY-MM-DD`, a timestamp's date part is used as written), both
 * ends inclusive, so no time zone is involved. "Today" is always a parameter.
 */

/** A period of ISO dates; a null end is open (no start: already running; no end: open-ended). */
export interface DateWindow {
  from: string | null;
  to: string | null;
}

/** A period as day numbers (days since 1970-01-01), ±Infinity for an open end. */
export interface DayWindow {
  readonly start: number;
  readonly end: number;
}

/** How far apart two periods may be before timing stops counting at all: a year. */
export const TIMEFRAME_HORIZON_DAYS = 365;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date (`2025-03-01` or `2025-03-01T…`); a RangeError for anything else. */
export function dayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC rolls 2025-02-30 over into March; a date that does not round-trip is not real.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day)
      return ms / MS_PER_DAY;
  }
  throw new RangeError(`Not an ISO date: "${iso}"`);
}

/**
 * A window as day numbers, with its start moved to `today` when given: an exchange cannot happen
 * in the past, so a candidate whose availability ended last year does not overlap a need that
 * "started" two years ago. The result may end before it starts: the period is over.
 */
export function dayWindow(window: DateWindow | null | undefined, today: number | null): DayWindow {
  const start = window?.from ? dayNumber(window.from) : Number.NEGATIVE_INFINITY;
  const end = window?.to ? dayNumber(window.to) : Number.POSITIVE_INFINITY;
  if (start > end) throw new RangeError(`Period ends before it starts: ${window?.from} – ${window?.to}`);
  return { start: today === null ? start : Math.max(start, today), end };
}

/** True when a window states at least one end (a need without either states no timeframe). */
export function isStated(window: DateWindow | null | undefined): boolean {
  return Boolean(window?.from || window?.to);
}

/** How two windows relate: overlapping (or touching), apart by some whole days, or one is over. */
export type TimeRelation = { kind: 'overlap' } | { kind: 'gap'; days: number } | { kind: 'ended' };

/** Overlap, the days strictly between the two periods, or that one of them has ended. */
export function timeRelation(need: DayWindow, candidate: DayWindow): TimeRelation {
  if (need.end < need.start || candidate.end < candidate.start) return { kind: 'ended' };
  const days = Math.max(candidate.start - need.end, need.start - candidate.end) - 1;
  return days <= 0 ? { kind: 'overlap' } : { kind: 'gap', days };
}

/**
 * 1 when the periods overlap or touch, falling linearly to 0 at a year apart; 0 when either
 * period is over. Linear because a month's wait is a small cost and a year's wait usually means
 * the need will be met elsewhere; no allocation (the hot path).
 */
export function timeframeValue(need: DayWindow, candidate: DayWindow): number {
  return windowFit(need.start, need.end, candidate.start, candidate.end);
}

/** `timeframeValue` on bare day numbers, for candidates laid out in typed arrays. */
export function windowFit(needStart: number, needEnd: number, start: number, end: number): number {
  if (needEnd < needStart || end < start) return 0;
  const days = Math.max(start - needEnd, needStart - end) - 1;
  if (days <= 0) return 1;
  return days >= TIMEFRAME_HORIZON_DAYS ? 0 : 1 - days / TIMEFRAME_HORIZON_DAYS;
}
