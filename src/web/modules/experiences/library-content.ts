import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { PARTICIPANT_ROLES, type TRANSLATION_STATUSES } from '../../../shared/experience-enums.js';
import { type LocaleMap, pickLocale } from '../../../shared/locale-map.js';

type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
type Participant = ExperienceDocument['participants'][number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * How the texts of one experience are shown: in the "page language" (the one the reader asked
 * for when the story has it, else its original), each field falling back on its own when it
 * lacks that language; the statuses say which languages are machine translations.
 */
export interface ContentLanguage {
  /** The language the page is shown in. */
  locale: string;
  /** The language the reader asked for (interface language or the switcher's choice). */
  requested: string;
  /** The language the story was written in. */
  original: string | null;
  statuses: Record<string, TranslationStatus>;
}

/** Picks the language to show a story in; `requested` wins when any text exists in it. */
export function contentLanguage(doc: ExperienceDocument, requested: string): ContentLanguage {
  const statuses: Record<string, TranslationStatus> = {};
  for (const l of doc.languages) statuses[l.locale] = l.status;
  const original = doc.languages.find((l) => l.status === 'original')?.locale ?? null;
  const title: LocaleMap = doc.title;
  const summary: LocaleMap = doc.summary;
  const has = (locale: string) => locale in statuses || !!title[locale]?.trim() || !!summary[locale]?.trim();
  const locale =
    (has(requested) ? requested : null) ??
    original ??
    doc.languages[0]?.locale ??
    pickLocale(doc.title, requested)?.locale ??
    requested;
  return { locale, requested, original, statuses };
}

export interface ShownText {
  text: string;
  locale: string;
  /** The field is not in the page language (marked beside the text). */
  fallback: boolean;
  /** The shown language is an unreviewed machine translation. */
  machine: boolean;
}

/** One multilingual field in the page language, else the original, else English, else any. */
export function shownText(map: LocaleMap | null | undefined, lang: ContentLanguage): ShownText | null {
  const picked = pickLocale(map, lang.locale, lang.original ?? undefined);
  if (!picked) return null;
  return {
    text: picked.text,
    locale: picked.locale,
    fallback: picked.locale !== lang.locale,
    machine: lang.statuses[picked.locale] === 'machine',
  };
}

/** The story's languages, the original first, for the content language switcher. */
export function storyLanguages(doc: ExperienceDocument): { locale: string; status: TranslationStatus }[] {
  const rank = (s: TranslationStatus) => (s === 'original' ? 0 : s === 'reviewed' ? 1 : 2);
  return [...doc.languages].sort((a, b) => rank(a.status) - rank(b.status));
}

/** Participants grouped by role, in the template's order of roles, leaving out empty roles. */
export function participantsByRole(participants: readonly Participant[]): [ParticipantRole, Participant[]][] {
  return PARTICIPANT_ROLES.map(
    (role) => [role, participants.filter((p) => p.role === role)] as [ParticipantRole, Participant[]],
  ).filter(([, list]) => list.length > 0);
}

/** A file size for people: "820 B", "14 KB", "3.2 MB" (in the reader's number format). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: units[unit],
      // "820 byte" reads oddly in English; the narrow form ("820B") does not.
      unitDisplay: unit === 0 ? 'narrow' : 'short',
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${['B', 'KB', 'MB', 'GB'][unit]}`;
  }
}

/** Images the browser shows inline (thumbnails); other files are listed as downloads. */
export function isImage(mediaType: string): boolean {
  return /^image\/(png|jpe?g|gif|webp|avif)$/i.test(mediaType);
}

/** A readable name of a file's type ("PDF", "DOCX", "PNG"), from its name or media type. */
export function fileKind(fileName: string, mediaType: string): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1];
  if (ext) return ext.toUpperCase();
  const sub = mediaType.split('/')[1]?.split(/[+;]/)[0];
  return (sub ?? mediaType).toUpperCase();
}

/** How to word a period of years: one year, a range, open at the end (ongoing) or at the start. */
export type PeriodForm =
  | { form: 'single'; year: number }
  | { form: 'range'; start: number; end: number }
  | { form: 'since'; start: number }
  | { form: 'until'; end: number };

export function periodForm(start: number | null, end: number | null): PeriodForm | null {
  if (start !== null && end !== null) {
    return start === end ? { form: 'single', year: start } : { form: 'range', start, end };
  }
  if (start !== null) return { form: 'since', start };
  if (end !== null) return { form: 'until', end };
  return null;
}

/** Whether a multilingual text holds anything. */
export function hasText(map: LocaleMap | null | undefined): boolean {
  return Object.values(map ?? {}).some((v) => !!v && v.trim() !== '');
}
