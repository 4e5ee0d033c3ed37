import {
  formatOffset,
  type IsoWeekday,
  toLocal,
  venueTable,
  venueTableText,
} from '../../../shared/dialogues/index.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { ServerI18n } from '../../platform/i18n.js';
import { toAgenda } from './agenda.presenter.js';
import { findSegments, type SegmentRecord } from './agenda.repository.js';
import { type DialogueRecord, findSites, type SiteRecord } from './dialogues.repository.js';
import { fileSlug } from './file-slug.js';
import { withTimeErrors } from './time-errors.js';

/**
 * The words of a dialogue's calendar entry and invitation e-mails, in one language: the venue
 * table (each site's local date and hours, from the shared time core), the agenda as offsets
 * from the start (the same on every clock), and each site's connection details.
 */

/** What a calendar entry is made of; `row.starts_at` is set (callers check). */
export interface CalendarData {
  row: DialogueRecord;
  sites: SiteRecord[];
  segments: SegmentRecord[];
}

export async function loadCalendarData(ex: Executor, row: DialogueRecord): Promise<CalendarData> {
  return { row, sites: await findSites(ex, row.id), segments: await findSegments(ex, row.id) };
}

/** Catalogue lookups (mail namespace, `dialogues.*`) fixed to one language. */
export interface Wording {
  locale: string;
  t(key: string, vars?: Record<string, unknown>): string;
}

export const wordingFor = (i18n: ServerI18n, locale: string): Wording => ({
  locale,
  t: (key, vars) => i18n.t(locale, `dialogues.${key}`, vars),
});

/** "Tuesday, 28 June 2011" in the reader's language, for a local `YYYY-MM-DD`. */
const longDate = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  return (date: string, _weekday?: IsoWeekday) => format.format(new Date(`${date}T12:00:00Z`));
};

const offsetText = (minutes: number, abbreviation?: string) =>
  abbreviation ? `${formatOffset(minutes)} ${abbreviation}` : formatOffset(minutes);

/** The start on one site's clock: "Tuesday, 28 June 2011, 23:00 (UTC-04:00 EDT)". */
export function localWhen(w: Wording, start: Date, zone: string): string {
  const local = withTimeErrors(() => toLocal(start.getTime(), zone));
  return w.t('when', {
    date: longDate(w.locale)(local.date),
    time: local.time,
    offset: offsetText(local.offsetMinutes, local.abbreviation),
  });
}

export const titleOf = (row: DialogueRecord, locale: string) =>
  localized(row.title as LocaleMap, locale, row.default_locale);

export const convenerOf = (row: DialogueRecord, locale: string) =>
  localized(row.org_name as LocaleMap, locale, row.org_locale);

const siteLabel = (s: SiteRecord) => {
  const where = [s.venue, s.room].filter((x) => x.trim() !== '').join(', ');
  return where ? `${s.city} (${where})` : s.city;
};

const hoursMinutes = (minutes: number) =>
  `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function agendaLines(w: Wording, d: CalendarData): string[] {
  const cities = new Map(d.sites.map((s) => [s.id, s.city]));
  return toAgenda(d.row, d.sites, d.segments).segments.map((s) => {
    const title = localized(s.title, w.locale, d.row.default_locale) || w.t(`segment.${s.kind}`);
    const who = [s.speaker, s.siteId ? cities.get(s.siteId) : undefined].filter(Boolean).join(', ');
    const minutes = w.t('minutes', { count: s.minutes });
    return `  ${hoursMinutes(s.startOffsetMinutes)}  ${title}${who ? ` — ${who}` : ''} (${minutes})`;
  });
}

/** The venue table as plain text, grouped by local day, headed in the reader's language. */
export function venueText(w: Wording, d: CalendarData): string {
  const table = withTimeErrors(() =>
    venueTable(
      d.sites.map((s) => ({ ...s, zone: s.time_zone })),
      d.row.starts_at!,
      d.row.duration_minutes,
    ),
  );
  return venueTableText(table, { formatDate: longDate(w.locale), siteLabel });
}

/** The address of the dialogue's page in the web app. */
export const dialoguePageUrl = (publicUrl: string, id: string) => `${publicUrl}/dialogues/${id}`;

/** The open calendar file of a public dialogue: a link anyone may follow, no secret needed. */
export const publicIcsUrl = (publicUrl: string, id: string) =>
  `${publicUrl}/api/v1/dialogues/${id}/calendar.ics`;

/** Title, description, location and page of the calendar entry, in one language. */
export function calendarTexts(w: Wording, d: CalendarData, publicUrl: string) {
  const url = dialoguePageUrl(publicUrl, d.row.id);
  const objectives = localized(d.row.objectives as LocaleMap, w.locale, d.row.default_locale);
  const agenda = agendaLines(w, d);
  const connections = d.sites
    .filter((s) => s.connection.trim() !== '')
    .map((s) => `  ${s.city}: ${s.connection}`);
  const blocks = [
    d.row.cancelled_at ? w.t('calendar.cancelled') : '',
    objectives,
    `${w.t('calendar.venues')}\n${venueText(w, d)}`,
    agenda.length ? `${w.t('calendar.agenda')}\n${agenda.join('\n')}` : '',
    connections.length ? `${w.t('calendar.connection')}\n${connections.join('\n')}` : '',
    w.t('calendar.page', { link: url }),
  ];
  return {
    title: titleOf(d.row, w.locale),
    description: blocks.filter((b) => b.trim() !== '').join('\n\n'),
    location: w.t(`location.${d.row.format}`, { sites: d.sites.map((s) => s.city).join(', ') }),
    url,
  };
}

/** A file name for the download: the title in plain ASCII, e.g. `capacity-development.ics`. */
export const icsFileName = (title: string) => `${fileSlug(title) || 'dialogue'}.ics`;
