/**
 * Calendar arithmetic on plain numbers: day numbers (days since 1970-01-01), minutes of the day,
 * ISO weekdays. No Date object in local time and no host time zone is ever involved, so the same
 * inputs give the same answers in a browser in Jakarta and on a server in UTC.
 */
import { DialogueTimeError } from './errors.js';

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 1_440;
export const DAY_MS = 86_400_000;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** An instant: epoch milliseconds, a Date, or an ISO 8601 string that states its offset (`Z`, `+05:30`). */
export type Instant = number | Date | string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// A naive "2026-03-08T02:30" would be read in the host's zone by Date.parse: refused.
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a `YYYY-MM-DD` date; refuses dates that do not exist (2026-02-29). */
export function parseDate(date: string, field?: string): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const days = daysFromCivil(y, mo, d);
    const back = civilFromDays(days);
    if (mo >= 1 && mo <= 12 && back.month === mo && back.day === d) return days;
  }
  throw new DialogueTimeError('invalid_date', `Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`, field);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a day number. */
export function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Minutes since midnight of `HH:mm` (00:00–23:59; `24:00` too when `allowEndOfDay`). */
export function parseTime(time: string, field?: string, allowEndOfDay = false): number {
  if (allowEndOfDay && time === '24:00') return DAY_MINUTES;
  const m = TIME_RE.exec(time);
  if (!m) throw new DialogueTimeError('invalid_time', `Not a time (HH:mm): ${JSON.stringify(time)}`, field);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** `HH:mm` of a minute of the day (seconds dropped; 1440 and beyond wrap to the next day). */
export function formatTime(minuteOfDay: number): string {
  const m = ((Math.floor(minuteOfDay) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): IsoWeekday {
  return (((((days + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Epoch milliseconds of an instant; a string must state its offset. */
export function toEpochMs(instant: Instant, field?: string): number {
  let ms = Number.NaN;
  if (typeof instant === 'number') ms = instant;
  else if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'string' && INSTANT_RE.test(instant)) ms = Date.parse(instant);
  if (!Number.isFinite(ms))
    throw new DialogueTimeError(
      'invalid_instant',
      `Not an instant (epoch ms, Date, or ISO 8601 with Z or an offset): ${JSON.stringify(instant)}`,
      field,
    );
  return ms;
}

/** ISO 8601 in UTC, `2011-06-28T13:00:00.000Z`. */
export const isoUtc = (ms: number) => new Date(ms).toISOString();

/** `UTC+05:30`, `UTC-04:00`, `UTC+00:00`; seconds only when the offset has them (local mean time). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `UTC${sign}${pad2(h)}:${pad2(m)}${s ? `:${pad2(s)}` : ''}`;
}
