import type { VenueTableResult } from '../../../shared/contracts/dialogues.js';
import type { IsoWeekday } from '../../../shared/dialogues/civil.js';
import { type VenueTable, venueTableText } from '../../../shared/dialogues/venues.js';
import { formatCivilDate } from './record-format.js';

export type VenueRowResult = VenueTableResult['days'][number]['rows'][number];

/** A site as the venue table names it: the city, then where in it ("Washington (World Bank, MC 2-800)"). */
export function venueLabel(row: Pick<VenueRowResult, 'city' | 'venue' | 'room'>): string {
  const where = [row.venue, row.room].filter((part) => part.trim() !== '').join(', ');
  return where ? `${row.city} (${where})` : row.city;
}

/** The API's table in the shape of the time core's, whose text function then words it. */
function asTable(table: VenueTableResult): VenueTable<VenueRowResult> {
  return {
    startUtc: table.startUtc,
    endUtc: table.endUtc,
    durationMinutes: table.durationMinutes,
    days: table.days.map((day) => ({
      date: day.date,
      weekday: day.weekday as IsoWeekday,
      rows: day.rows.map((row) => ({
        site: row,
        start: { ...row.start, weekday: row.start.weekday as IsoWeekday },
        end: { ...row.end, weekday: row.end.weekday as IsoWeekday },
        endDayOffset: row.endDayOffset,
      })),
    })),
  };
}

/**
 * The venue table as plain text to paste into an invitation: a heading per local day in the
 * reader's language, then one aligned line per site with its hours and UTC offset.
 */
export function venueText(table: VenueTableResult, locale: string): string {
  if (table.days.length === 0) return '';
  return venueTableText(asTable(table), {
    formatDate: (date) => formatCivilDate(date, locale),
    siteLabel: venueLabel,
  });
}
