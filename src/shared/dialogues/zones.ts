/**
 * Zoned time: local date and time ↔ instant in an IANA zone, with the rules in force on that date
 * (luxon reads them from the runtime's ICU data). Local times that do not exist (the clocks jumped
 * over them) are refused; local times that happen twice resolve to the first occurrence.
 */
import { IANAZone } from 'luxon';
import { isTimeZone } from '../time-zones.js';
import {
  DAY_MS,
  formatDate,
  formatTime,
  type Instant,
  type IsoWeekday,
  isoUtc,
  MINUTE_MS,
  parseDate,
  parseTime,
  toEpochMs,
  weekdayOf,
} from './civil.js';
import { DialogueTimeError, type DstGap, type LocalPoint, LocalTimeGapError } from './errors.js';

/** A moment as read on a wall clock in one zone. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` (seconds dropped) */
  time: string;
  weekday: IsoWeekday;
  /** Offset from UTC in force at that moment (fractional before standard time: local mean time). */
  offsetMinutes: number;
  /** Letter abbreviation when the runtime knows one in English (EDT, CST, GMT); absent otherwise. */
  abbreviation?: string;
}

/** One instant with the offset it has in the zone. */
export interface ZonedInstant {
  utc: string;
  epochMs: number;
  offsetMinutes: number;
}

/** The instant a local date and time names; `ambiguous` when it happens twice (clocks went back). */
export interface UtcResolution extends ZonedInstant {
  /** Both readings of a repeated local time; the resolution above is always `earlier`. */
  ambiguous?: { earlier: ZonedInstant; later: ZonedInstant };
}

// Names already checked: checking builds an Intl formatter, the costliest step of a conversion.
const knownZones = new Set<string>();

/** Throws `unknown_time_zone` unless `zone` is an IANA zone name this runtime knows. */
export function assertTimeZone(zone: string, field?: string): void {
  if (knownZones.has(zone)) return;
  if (typeof zone !== 'string' || !isTimeZone(zone))
    throw new DialogueTimeError(
      'unknown_time_zone',
      `Not an IANA time zone (a name like America/Bogota; fixed offsets are refused): ${JSON.stringify(zone)}`,
      field,
    );
  knownZones.add(zone);
}

/** The luxon zone object (cached by luxon); the name must already be valid. */
export const zoneOf = (zone: string) => IANAZone.create(zone);

/** Offset in milliseconds at an instant (luxon reads the runtime's rules; whole seconds). */
export function zoneOffsetMs(zone: IANAZone, ms: number): number {
  return Math.round(zone.offset(ms) * MINUTE_MS);
}

/**
 * The first instant (to the second) in (lo, hi] whose offset differs from the one at `lo`, given
 * that the offset at `hi` differs: bisection, ~18 look-ups for a two-day span.
 */
export function findOffsetChange(zone: IANAZone, lo: number, hi: number): number {
  const before = zoneOffsetMs(zone, lo);
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (zoneOffsetMs(zone, mid * 1000) === before) a = mid;
    else b = mid;
  }
  return b * 1000;
}

/** The offset in minutes of `zone` at an instant. */
export function offsetMinutesAt(instant: Instant, zone: string): number {
  assertTimeZone(zone);
  return zoneOffsetMs(zoneOf(zone), toEpochMs(instant)) / MINUTE_MS;
}

/** The wall-clock reading of `ms` shifted by an offset: local date, minute of the day, weekday. */
export function wallClock(ms: number, offsetMs: number) {
  const local = ms + offsetMs;
  const day = Math.floor(local / DAY_MS);
  return { day, minuteOfDay: Math.floor((local - day * DAY_MS) / MINUTE_MS) };
}

const localPoint = (wallMs: number): LocalPoint => {
  const { day, minuteOfDay } = wallClock(wallMs, 0);
  return { date: formatDate(day), time: formatTime(minuteOfDay) };
};

const zoned = (ms: number, offsetMs: number): ZonedInstant => ({
  utc: isoUtc(ms),
  epochMs: ms,
  offsetMinutes: offsetMs / MINUTE_MS,
});

/**
 * The instant of a local date and time in `zone`.
 * - Refuses (`LocalTimeGapError`, code `local_time_in_gap`) a time the clocks jumped over, naming
 *   the gap: 2026-03-08 02:30 in America/New_York → gap 02:00–03:00.
 * - A time that happens twice (clocks went back) resolves to the first occurrence, the offset in
 *   force before the change (as RFC 5545 and Temporal's "compatible" do), and says so in `ambiguous`.
 */
export function toUtc(localDate: string, localTime: string, zone: string, field?: string): UtcResolution {
  assertTimeZone(zone, field);
  const wall = parseDate(localDate, field) * DAY_MS + parseTime(localTime, field) * MINUTE_MS;
  const z = zoneOf(zone);
  const before = zoneOffsetMs(z, wall - DAY_MS);
  const after = zoneOffsetMs(z, wall + DAY_MS);
  // The offsets a day either side, plus the offsets they lead to (a change nearer than a day).
  const offsets = new Set([before, after, zoneOffsetMs(z, wall - before), zoneOffsetMs(z, wall - after)]);
  const found = [...offsets]
    .map((o) => wall - o)
    .filter((t) => wall - t === zoneOffsetMs(z, t))
    .sort((x, y) => x - y);
  if (found.length === 0) {
    // In a gap: the reading with the earlier offset lands after the change; bisect for it.
    const t = findOffsetChange(z, wall - DAY_MS, wall - before);
    const offBefore = zoneOffsetMs(z, t - 1000);
    const offAfter = zoneOffsetMs(z, t);
    const gap: DstGap = {
      zone,
      start: localPoint(t + offBefore),
      end: localPoint(t + offAfter),
      minutes: (offAfter - offBefore) / MINUTE_MS,
      transitionUtc: isoUtc(t),
      offsetBeforeMinutes: offBefore / MINUTE_MS,
      offsetAfterMinutes: offAfter / MINUTE_MS,
    };
    throw new LocalTimeGapError({ date: localDate, time: localTime }, gap, field);
  }
  const first = found[0]!;
  const resolution: UtcResolution = zoned(first, wall - first);
  const last = found[found.length - 1]!;
  if (last !== first)
    resolution.ambiguous = { earlier: zoned(first, wall - first), later: zoned(last, wall - last) };
  return resolution;
}

const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();

/** English letter abbreviation of the zone at `ms`, when ICU has one (EDT, not "GMT+7"). */
function abbreviation(zone: string, ms: number): string | undefined {
  let format = abbreviationFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbreviationFormats.set(zone, format);
  }
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,5}$/.test(name) ? name : undefined;
}

/** The wall-clock reading of an instant in `zone`. */
export function toLocal(instant: Instant, zone: string, field?: string): LocalDateTime {
  assertTimeZone(zone, field);
  const ms = toEpochMs(instant, field);
  const z = zoneOf(zone);
  const offsetMs = zoneOffsetMs(z, ms);
  const { day, minuteOfDay } = wallClock(ms, offsetMs);
  const local: LocalDateTime = {
    date: formatDate(day),
    time: formatTime(minuteOfDay),
    weekday: weekdayOf(day),
    offsetMinutes: offsetMs / MINUTE_MS,
  };
  const abbr = abbreviation(zone, ms);
  if (abbr) local.abbreviation = abbr;
  return local;
}

/** The first instant of a local date in `zone` (the end of the gap when midnight was skipped). */
export function startOfLocalDay(localDate: string, zone: string, field?: string): ZonedInstant {
  try {
    const { utc, epochMs, offsetMinutes } = toUtc(localDate, '00:00', zone, field);
    return { utc, epochMs, offsetMinutes };
  } catch (e) {
    if (!(e instanceof LocalTimeGapError)) throw e;
    const ms = Date.parse(e.gap.transitionUtc);
    return zoned(ms, e.gap.offsetAfterMinutes * MINUTE_MS);
  }
}

/**
 * The instants bounding whole local days: from the start of `fromDate` to the end of `toDate`
 * (`fieldPrefix` names the inputs in errors, e.g. `window.`).
 */
export function localDaysWindow(
  fromDate: string,
  toDate: string,
  zone: string,
  fieldPrefix = '',
): { from: string; to: string } {
  assertTimeZone(zone, `${fieldPrefix}zone`);
  const lastDay = parseDate(toDate, `${fieldPrefix}toDate`);
  const from = startOfLocalDay(fromDate, zone, `${fieldPrefix}fromDate`).epochMs;
  const to = startOfLocalDay(formatDate(lastDay + 1), zone, `${fieldPrefix}toDate`).epochMs;
  if (to <= from)
    throw new DialogueTimeError(
      'invalid_window',
      `The window ends before it starts: ${fromDate} – ${toDate}`,
      `${fieldPrefix}toDate`,
    );
  return { from: isoUtc(from), to: isoUtc(to) };
}
