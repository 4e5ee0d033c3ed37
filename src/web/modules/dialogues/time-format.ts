import { formatDate, formatOffset, parseDate } from '../../../shared/dialogues/civil.js';

/**
 * Dates and times of dialogues as people read them, with the browser's Intl (its time-zone data
 * turns an instant into any zone's wall clock): an instant in a given zone, a zone's clock now,
 * days after a local date. Local dates stay `YYYY-MM-DD` strings (put into words by
 * record-format's formatCivilDate); the host's own zone is never used.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "Tue, 28 Jun 2011, 09:00 EDT": an instant on the clock of `zone`. */
export function formatInstant(iso: string, zone: string, locale: string): string {
  return formatter(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "09:00": the time of day of an instant on the clock of `zone`, on a 24-hour clock like the API's local times. */
export function timeIn(iso: string | number, zone: string, locale: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
    new Date(iso),
  );
}

/** `YYYY-MM-DD`: the local date of an instant in `zone`. */
export function dateIn(iso: string | number, zone: string): string {
  const parts = formatter('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: zone,
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day `days` after a local date: `addDays('2011-06-28', 1)` → `2011-06-29`. */
export const addDays = (date: string, days: number): string => formatDate(parseDate(date) + days);

/** Minutes east of UTC in force in `zone` at an instant (the browser's rules for that date). */
export function offsetAt(zone: string, at: number): number {
  const parts = formatter('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((wall - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** A zone's clock now: its time of day and its offset ("14:05", "UTC+05:30"). */
export function zoneClock(zone: string, now: number, locale: string): { time: string; offset: string } {
  try {
    return { time: timeIn(now, zone, locale), offset: formatOffset(offsetAt(zone, now)) };
  } catch {
    return { time: '', offset: '' }; // a name this browser does not know: the server checks it
  }
}
