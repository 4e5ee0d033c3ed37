/**
 * Venue table: for a chosen start, each site's local date, hours and offset, grouped by local
 * calendar day (the June 2011 dialogue: the Americas on one day, Asia on the next when the start
 * is late enough), ready for an invitation. Wording of dates stays with the caller (i18n).
 */
import {
  DAY_MINUTES,
  formatOffset,
  type Instant,
  type IsoWeekday,
  isoUtc,
  MINUTE_MS,
  parseDate,
  toEpochMs,
} from './civil.js';
import { DialogueTimeError } from './errors.js';
import { type LocalDateTime, toLocal } from './zones.js';

/** One site's line: `site` is the caller's object, untouched (names, rooms…). */
export interface VenueRow<S> {
  site: S;
  /** Local start: date, time, weekday, offset, abbreviation. */
  start: LocalDateTime;
  /** Local end; its date is the next day for a meeting ending at or after midnight. */
  end: LocalDateTime;
  /** Whole days between the local start date and end date (0 or 1, 2 across a skipped day). */
  endDayOffset: number;
}

/** The sites whose meeting starts on one local calendar day. */
export interface VenueDay<S> {
  date: string;
  weekday: IsoWeekday;
  rows: VenueRow<S>[];
}

export interface VenueTable<S> {
  startUtc: string;
  endUtc: string;
  durationMinutes: number;
  /** Days in calendar order; within a day, rows by local start time (then the sites' order). */
  days: VenueDay<S>[];
}

/** Each site's local dates and hours for a meeting of `durationMinutes` from `start`. */
export function venueTable<S extends { id: string; zone: string }>(
  sites: readonly S[],
  start: Instant,
  durationMinutes: number,
): VenueTable<S> {
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > DAY_MINUTES)
    throw new DialogueTimeError(
      'invalid_duration',
      'durationMinutes must be a whole number from 1 to 1440',
      'durationMinutes',
    );
  if (sites.length === 0)
    throw new DialogueTimeError('no_sites', 'A dialogue needs at least one site', 'sites');
  const s = toEpochMs(start, 'start');
  const e = s + durationMinutes * MINUTE_MS;
  const rows = sites.map((site, i) => {
    const from = toLocal(s, site.zone, `sites[${i}].zone`);
    const to = toLocal(e, site.zone, `sites[${i}].zone`);
    return { site, start: from, end: to, endDayOffset: parseDate(to.date) - parseDate(from.date) };
  });
  const days = new Map<string, VenueDay<S>>();
  for (const row of rows) {
    const day = days.get(row.start.date) ?? { date: row.start.date, weekday: row.start.weekday, rows: [] };
    day.rows.push(row);
    days.set(row.start.date, day);
  }
  const ordered = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  // Array.prototype.sort is stable: equal start times keep the sites' order.
  for (const day of ordered)
    day.rows.sort((a, b) => (a.start.time < b.start.time ? -1 : a.start.time > b.start.time ? 1 : 0));
  return { startUtc: isoUtc(s), endUtc: isoUtc(e), durationMinutes, days: ordered };
}

export interface VenueTextOptions<S> {
  /** The heading of a day, in the reader's language: "Tuesday 28 June 2011". */
  formatDate: (date: string, weekday: IsoWeekday) => string;
  /** The site's name as shown: "Washington (World Bank, room MC 2-800)". */
  siteLabel: (site: S) => string;
  /** Offset wording; default `UTC-04:00`, followed by the abbreviation when there is one. */
  formatOffset?: (offsetMinutes: number, abbreviation?: string) => string;
}

const defaultOffset = (minutes: number, abbreviation?: string) =>
  abbreviation ? `${formatOffset(minutes)} ${abbreviation}` : formatOffset(minutes);

/**
 * Plain text for an invitation: a heading per day, then one aligned line per site,
 * `  Washington  09:00–12:00  UTC-04:00 EDT`; an end on a later day gets `(+1)`.
 */
export function venueTableText<S>(table: VenueTable<S>, options: VenueTextOptions<S>): string {
  const offset = options.formatOffset ?? defaultOffset;
  const labels = table.days.flatMap((d) => d.rows.map((r) => options.siteLabel(r.site)));
  const width = Math.max(...labels.map((l) => l.length));
  let n = 0;
  const blocks = table.days.map((day) => {
    const lines = day.rows.map((r) => {
      const label = labels[n++]!.padEnd(width);
      const next = r.endDayOffset > 0 ? ` (+${r.endDayOffset})` : '';
      return `  ${label}  ${r.start.time}–${r.end.time}${next}  ${offset(r.start.offsetMinutes, r.start.abbreviation)}`;
    });
    return [options.formatDate(day.date, day.weekday), ...lines].join('\n');
  });
  return blocks.join('\n\n');
}
