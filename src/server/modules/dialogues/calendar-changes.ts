import type { LocaleMap } from '../../../shared/locale-map.js';

/**
 * What a dialogue's calendar entry shows besides its start — title, objectives, length, format
 * and the sites (their places, zones and connection details). An edit to any of them, once the
 * dialogue is scheduled, must raise the SEQUENCE so calendar programs take the new entry.
 */
export interface CalendarFacts {
  title: LocaleMap;
  objectives: LocaleMap;
  durationMinutes: number;
  format: string;
  sites: readonly SiteFacts[];
}

export interface SiteFacts {
  city: string;
  country_code: string | null;
  venue: string;
  room: string;
  connection: string;
  time_zone: string;
}

// jsonb hands keys back in its own order: compare locale maps by sorted entries.
const sortedMap = (m: LocaleMap) => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const canonical = (f: CalendarFacts) =>
  JSON.stringify([
    sortedMap(f.title),
    sortedMap(f.objectives),
    f.durationMinutes,
    f.format,
    f.sites.map((s) => [s.city, s.country_code?.trim() ?? null, s.venue, s.room, s.connection, s.time_zone]),
  ]);

/** Whether the calendar entry reads differently after the edit. */
export const calendarChanged = (before: CalendarFacts, after: CalendarFacts) =>
  canonical(before) !== canonical(after);
