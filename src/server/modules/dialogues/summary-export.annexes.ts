import type { AgendaResult } from '../../../shared/contracts/dialogues.js';
import { formatOffset, type VenueTable } from '../../../shared/dialogues/index.js';
import { localized } from '../../../shared/locale-map.js';
import type { SiteRecord } from './dialogues.repository.js';
import { type Block, heading, paragraph } from './export-document.js';

/**
 * The exported summary's annexes and the wording of dates and times they share with it: the
 * agenda with each segment's start on every site's clock, and the venue table by local day.
 * Local times come from the shared time core (timeAgenda, venueTable), never recomputed here.
 */

/** The export's words in the reader's language (the `dialogue-export` catalogue) and that language. */
export interface Words {
  locale: string;
  /** The dialogue's own language: the fallback for its texts. */
  textLocale: string;
  t(key: string, vars?: Record<string, unknown>): string;
}

/** A calendar date in full in the reader's language ("Tuesday, June 28, 2011"); no zone involved. */
export const longDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** A calendar date in short ("Jul 15, 2011"). */
export const mediumDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** Whole days from one `YYYY-MM-DD` date to another. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A time, marked `(+1)` when it falls on a later day than `refDate`. */
export const timeOn = (w: Words, time: string, date: string, refDate: string) => {
  const days = daysBetween(refDate, date);
  return days > 0 ? w.t('laterDay', { time, days }) : time;
};

/** A site's zone as shown: `America/New_York, UTC-04:00 EDT`. */
export const zoneLabel = (zone: string, at: { offsetMinutes: number; abbreviation?: string | undefined }) =>
  [`${zone},`, formatOffset(at.offsetMinutes), at.abbreviation].filter(Boolean).join(' ');

const offsetLabel = (minutes: number) =>
  `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Annex A: the agenda; with a start, each segment's UTC start and its start on every site's clock. */
export function agendaAnnex(
  agenda: AgendaResult,
  sites: readonly SiteRecord[],
  venues: VenueTable<SiteRecord> | null,
  w: Words,
): Block[] {
  const out: Block[] = [heading(2, w.t('sections.annexAgenda'))];
  if (agenda.segments.length === 0) return [...out, paragraph(w.t('none.agenda'))];
  const cityOf = new Map(sites.map((s) => [s.id, s.city]));
  const siteStart = new Map(venues?.days.flatMap((d) => d.rows.map((r) => [r.site.id, r.start.date])) ?? []);
  const timed = agenda.startsAt !== null && venues !== null;
  const startDate = agenda.startsAt?.slice(0, 10) ?? '';
  const header = [
    w.t(timed ? 'agenda.start' : 'agenda.offset'),
    w.t('agenda.segment'),
    w.t('agenda.minutes'),
    w.t('agenda.speaker'),
    w.t('agenda.moderator'),
    ...(timed ? sites.map((s) => s.city) : []),
  ];
  const rows = agenda.segments.map((s) => {
    const when =
      timed && s.startUtc
        ? timeOn(w, s.startUtc.slice(11, 16), s.startUtc.slice(0, 10), startDate)
        : offsetLabel(s.startOffsetMinutes);
    const title = localized(s.title, w.locale, w.textLocale) || w.t(`segment.${s.kind}`);
    const speaker = [s.speaker, s.siteId ? cityOf.get(s.siteId) : ''].filter(Boolean).join(', ');
    const local = timed
      ? sites.map((site) => {
          const at = s.local.find((l) => l.siteId === site.id);
          return at ? timeOn(w, at.time, at.date, siteStart.get(site.id) ?? at.date) : '';
        })
      : [];
    return [when, title, String(s.minutes), speaker, s.moderator, ...local];
  });
  return [...out, { type: 'table', header, rows }];
}

/** Annex B: the venue table, each site's local start and end, grouped by local calendar day. */
export function venueAnnex(venues: VenueTable<SiteRecord> | null, w: Words): Block[] {
  const out: Block[] = [heading(2, w.t('sections.annexVenues'))];
  if (!venues) return [...out, paragraph(w.t('none.venues'))];
  const header = ['site', 'venue', 'start', 'end', 'zone'].map((k) => w.t(`venues.${k}`));
  for (const day of venues.days) {
    out.push(heading(3, longDate(day.date, w.locale)));
    out.push({
      type: 'table',
      header,
      rows: day.rows.map((r) => [
        [r.site.city, r.site.country_code?.trim()].filter(Boolean).join(', '),
        [r.site.venue, r.site.room].filter(Boolean).join(', '),
        r.start.time,
        timeOn(w, r.end.time, r.end.date, r.start.date),
        zoneLabel(r.site.time_zone, r.start),
      ]),
    });
  }
  return out;
}
