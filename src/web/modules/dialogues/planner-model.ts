import type { DialogueBody, DialoguePatch, SiteBody } from '../../../shared/contracts/dialogues.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Locale } from '../../../shared/locales.js';
import type { Visibility } from '../../../shared/visibility.js';
import { changedFields, draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';
import type { Dialogue } from './types.js';

/**
 * The planner's details and sites as a form draft (texts as typed, numbers as strings) and how
 * it becomes the API's body: everything when creating, only what changed when editing.
 */

export interface SiteDraft {
  /** The site's id once saved: kept, so its agenda segments and participants stay with it. */
  id: string | null;
  city: string;
  countryCode: string;
  organisationId: string;
  /** Shown beside the organisation; never sent. */
  organisationName: string;
  venue: string;
  room: string;
  connection: string;
  timeZone: string;
  preferredFrom: string;
  preferredTo: string;
  /** Local public holidays as typed: dates separated by commas, spaces or lines. */
  holidays: string;
}

export interface DialogueDraft {
  languages: string[];
  convenerOrganisationId: string;
  seriesId: string;
  title: Record<string, string>;
  objectives: Record<string, string>;
  format: string;
  durationMinutes: string;
  visibility: string;
  sites: SiteDraft[];
}

export const DEFAULT_DURATION = '180';

export const emptySite = (timeZone = ''): SiteDraft => ({
  id: null,
  city: '',
  countryCode: '',
  organisationId: '',
  organisationName: '',
  venue: '',
  room: '',
  connection: '',
  timeZone,
  preferredFrom: '07:00',
  preferredTo: '22:00',
  holidays: '',
});

export function emptyDialogueDraft(locale: string, organisationId: string, seriesId: string): DialogueDraft {
  return {
    languages: [locale],
    convenerOrganisationId: organisationId,
    seriesId,
    title: {},
    objectives: {},
    format: 'video',
    durationMinutes: DEFAULT_DURATION,
    visibility: 'public',
    sites: [],
  };
}

export function dialogueDraftOf(d: Dialogue, locale: string): DialogueDraft {
  return {
    languages: draftLanguages(d.defaultLocale, [d.title, d.objectives], locale),
    convenerOrganisationId: d.convenerOrganisation.id,
    seriesId: d.seriesId ?? '',
    title: { ...d.title },
    objectives: { ...d.objectives },
    format: d.format,
    durationMinutes: String(d.durationMinutes),
    visibility: d.visibility,
    sites: d.sites.map((s) => ({
      id: s.id,
      city: s.city,
      countryCode: s.countryCode ?? '',
      organisationId: s.organisationId ?? '',
      organisationName: '',
      venue: s.venue,
      room: s.room,
      connection: s.connection,
      timeZone: s.timeZone,
      preferredFrom: s.preferredFrom,
      preferredTo: s.preferredTo,
      holidays: s.holidays.join(', '),
    })),
  };
}

/** "2011-06-29, 2011-07-04\n2011-07-05" → the dates, each once, in order. */
export function parseHolidays(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort();
}

export function siteBodyOf(s: SiteDraft): SiteBody {
  return {
    ...(s.id ? { id: s.id } : {}),
    city: s.city.trim(),
    countryCode: s.countryCode || null,
    organisationId: s.organisationId || null,
    venue: s.venue.trim(),
    room: s.room.trim(),
    connection: s.connection.trim(),
    timeZone: s.timeZone,
    preferredFrom: s.preferredFrom,
    preferredTo: s.preferredTo,
    holidays: parseHolidays(s.holidays),
  };
}

/** A whole number, or NaN (sent as null) so the API names the field rather than the form guessing. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The fields an edit may change, as the API takes them. */
export function dialogueFieldsOf(d: DialogueDraft): DialoguePatch {
  return {
    seriesId: d.seriesId || null,
    title: onlyFilled(d.title, d.languages),
    objectives: onlyFilled(d.objectives, d.languages),
    defaultLocale: (d.languages[0] ?? 'en') as Locale,
    format: d.format as DialogueBody['format'],
    durationMinutes: wholeNumber(d.durationMinutes),
    visibility: d.visibility as Visibility,
    sites: d.sites.map(siteBodyOf),
  };
}

/** A new dialogue: its convener and every field. */
export const dialogueBodyOf = (d: DialogueDraft) => ({
  convenerOrganisationId: d.convenerOrganisationId,
  ...dialogueFieldsOf(d),
});

/** An edit: only what changed since the dialogue was loaded. */
export const dialoguePatchOf = (before: DialogueDraft, after: DialogueDraft): Partial<DialoguePatch> =>
  changedFields(dialogueFieldsOf(before), dialogueFieldsOf(after));

/** True when the saved dialogue's sites differ from the draft's (the slot finder uses the saved ones). */
export const sitesChanged = (before: DialogueDraft, after: DialogueDraft) =>
  'sites' in dialoguePatchOf(before, after);

/** The first API error at or under a path: `sites.2.holidays.0` is shown at `sites.2.holidays`. */
export function errorUnder(fields: Record<string, string> | undefined, path: string): string | undefined {
  if (!fields) return undefined;
  if (fields[path]) return fields[path];
  const key = Object.keys(fields).find((f) => f.startsWith(`${path}.`));
  return key ? fields[key] : undefined;
}

/** The languages of a dialogue's texts, its default first (for the agenda's segment titles). */
export const textLanguages = (d: { defaultLocale: string; title: LocaleMap }) =>
  [d.defaultLocale, ...Object.keys(d.title)].filter((l, i, all) => all.indexOf(l) === i);
