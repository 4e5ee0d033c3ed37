import type { ExperienceDocument, ExperienceSummary } from '../../../shared/contracts/experiences.js';
import {
  type EXPERIENCE_STATUSES,
  PARTICIPANT_ROLES,
  SUMMARY_MAX_WORDS,
  type TRANSLATION_STATUSES,
} from '../../../shared/experience-enums.js';
import { EXPERIENCE_FIELDS, FIELD_SECTIONS, type FieldSection } from '../../../shared/experience-fields.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locales.js';

/**
 * The experience editor's form model, free of React: the document as the form holds it (every
 * part present, whatever was kept), the document to save, the summary's word count, the values a
 * draft may not hold, and where each field the server names sits in the form.
 */

export type Texts = Partial<Record<Locale, string>>;
export type Participant = ExperienceDocument['participants'][number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
export type ExperienceStatus = (typeof EXPERIENCE_STATUSES)[number];
export type Language = ExperienceDocument['languages'][number];

export const ROLE_OPTIONS: readonly ParticipantRole[] = PARTICIPANT_ROLES;
export const OTHER_LANGUAGE_STATUSES: readonly TranslationStatus[] = ['machine', 'reviewed'];
export { SUMMARY_MAX_WORDS };
export const TEXT_MAX = 10_000;
export const SUMMARY_MAX_CHARS = 3000;
export const SHORT_TEXT_MAX = 200;
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;
export const DURATION_MAX = 600;

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const texts = (v: unknown): Texts => {
  const out: Texts = {};
  for (const [k, s] of Object.entries(record(v))) if (isLocale(k) && typeof s === 'string') out[k] = s;
  return out;
};
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nullable = <T>(v: unknown, ok: (x: unknown) => x is T): T | null => (ok(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.filter(isString))] : []);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isRole = (v: unknown): v is ParticipantRole => ROLE_OPTIONS.includes(v as ParticipantRole);

/** A participant row as the "add" button starts it. */
export function emptyParticipant(role: ParticipantRole = 'provider'): Participant {
  return { countryCode: null, organisationId: null, name: {}, role };
}

/** The languages list, cleaned: known locales once each, exactly one original and it first. */
export function normaliseLanguages(raw: unknown, fallback: string): Language[] {
  const seen = new Set<string>();
  const rows: Language[] = [];
  for (const item of list(raw)) {
    const r = record(item);
    if (!isLocale(r.locale) || seen.has(r.locale)) continue;
    seen.add(r.locale);
    const status: TranslationStatus =
      r.status === 'original' || r.status === 'machine' || r.status === 'reviewed' ? r.status : 'reviewed';
    rows.push({ locale: r.locale, status });
  }
  const original = rows.find((r) => r.status === 'original') ?? rows[0];
  const first: Language = original
    ? { locale: original.locale, status: 'original' }
    : { locale: isLocale(fallback) ? fallback : DEFAULT_LOCALE, status: 'original' };
  const others = rows
    .filter((r) => r.locale !== first.locale)
    .map((r) => ({ locale: r.locale, status: r.status === 'original' ? 'reviewed' : r.status }) as Language);
  return [first, ...others];
}

/**
 * A complete document from whatever is at hand (the server's working copy, a copy this device kept
 * from an older version of the form): every part present, wrong types dropped. Mirrors the
 * defaults of the contract's schema, which the web app cannot run.
 */
export function normaliseDocument(raw: unknown, locale: string): ExperienceDocument {
  const d = record(raw);
  const costs = record(d.costs);
  const contact = record(d.contact);
  return {
    title: texts(d.title),
    summary: texts(d.summary),
    challenge: texts(d.challenge),
    approach: texts(d.approach),
    instruments: strings(d.instruments),
    activityTypes: strings(d.activityTypes),
    deliveryMode: nullable(d.deliveryMode, isString),
    durationMonths: nullable(d.durationMonths, isNumber),
    participants: list(d.participants).map((p) => {
      const r = record(p);
      return {
        countryCode: nullable(r.countryCode, isString),
        organisationId: nullable(r.organisationId, isString),
        name: texts(r.name),
        role: isRole(r.role) ? r.role : 'provider',
      };
    }),
    results: texts(d.results),
    didNotWork: texts(d.didNotWork),
    lessons: texts(d.lessons),
    costs: {
      amount: nullable(costs.amount, isNumber),
      currency: nullable(costs.currency, isString),
      paidBy: texts(costs.paidBy),
      note: texts(costs.note),
    },
    periodStart: nullable(d.periodStart, isNumber),
    periodEnd: nullable(d.periodEnd, isNumber),
    sectors: strings(d.sectors),
    sdgTargets: strings(d.sdgTargets),
    modality: nullable(d.modality, isString),
    knowledgeModes: strings(d.knowledgeModes),
    outcomes: strings(d.outcomes),
    assessmentDimensions: strings(d.assessmentDimensions),
    contact: {
      name: typeof contact.name === 'string' ? contact.name : '',
      email: nullable(contact.email, isString),
    },
    links: list(d.links).map((l) => {
      const r = record(l);
      return {
        url: typeof r.url === 'string' ? r.url : '',
        title: typeof r.title === 'string' ? r.title : '',
      };
    }),
    languages: normaliseLanguages(d.languages, locale),
  };
}

/** The locales the texts are written in, the original first. */
export function languageCodes(doc: ExperienceDocument): Locale[] {
  return doc.languages.map((l) => l.locale).filter(isLocale);
}

function clean(map: Texts, languages: readonly Locale[]): Texts {
  const out: Texts = {};
  for (const lang of languages) {
    const text = map[lang]?.trim();
    if (text) out[lang] = text;
  }
  return out;
}

/**
 * The document to save: texts trimmed, blank ones and those of languages taken off the list
 * dropped, empty link rows and empty participant rows left out, codes upper-cased.
 */
export function cleanDocument(doc: ExperienceDocument): ExperienceDocument {
  const langs = languageCodes(doc);
  const c = (map: Texts) => clean(map, langs);
  const email = doc.contact.email?.trim() || null;
  const currency = doc.costs.currency?.trim().toUpperCase() || null;
  return {
    ...doc,
    title: c(doc.title),
    summary: c(doc.summary),
    challenge: c(doc.challenge),
    approach: c(doc.approach),
    participants: doc.participants
      .map((p) => ({ ...p, name: c(p.name) }))
      .filter((p) => p.countryCode || p.organisationId || Object.keys(p.name).length > 0),
    results: c(doc.results),
    didNotWork: c(doc.didNotWork),
    lessons: c(doc.lessons),
    costs: { ...doc.costs, currency, paidBy: c(doc.costs.paidBy), note: c(doc.costs.note) },
    contact: { name: doc.contact.name.trim(), email },
    links: doc.links
      .map((l) => ({ url: l.url.trim(), title: l.title.trim() }))
      .filter((l) => l.url !== '' || l.title !== ''),
  };
}

/** Same content once cleaned: a kept copy equal to the server's needs no notice. */
export function sameDocument(a: ExperienceDocument, b: ExperienceDocument): boolean {
  return stableJson(cleanDocument(a)) === stableJson(cleanDocument(b));
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
        )
      : v,
  );
}

const HAN = /\p{Script=Han}/gu;

/**
 * The words of a text, counted as the server counts them for the summary's limit
 * (src/shared/experience-rules.ts `countWords`, repeated here because that module brings the
 * Zod contract with it): runs of letters or digits; each Han character half a word, rounded up,
 * since Chinese is written without spaces.
 */
export function wordCount(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const rest = text.replace(HAN, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu)?.length ?? 0;
  return rest + Math.ceil(han / 2);
}

/** The summary's word count in each language that is over the limit. */
export function summaryOverLimit(doc: ExperienceDocument): Partial<Record<Locale, number>> {
  const out: Partial<Record<Locale, number>> = {};
  for (const lang of languageCodes(doc)) {
    const words = wordCount(doc.summary[lang] ?? '');
    if (words > SUMMARY_MAX_WORDS) out[lang] = words;
  }
  return out;
}

export type LocalProblem = 'year' | 'yearOrder' | 'duration' | 'amount' | 'currency' | 'email' | 'url';

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Values the server refuses even in a draft (a year out of range, a malformed address…), by the
 * path the server would name. Autosave waits until they are fixed instead of sending a doomed request.
 */
export function localProblems(doc: ExperienceDocument): Record<string, LocalProblem> {
  const out: Record<string, LocalProblem> = {};
  const year = (v: number | null) => v !== null && (!Number.isInteger(v) || v < YEAR_MIN || v > YEAR_MAX);
  if (year(doc.periodStart)) out.periodStart = 'year';
  if (year(doc.periodEnd)) out.periodEnd = 'year';
  if (
    !out.periodStart &&
    !out.periodEnd &&
    doc.periodStart !== null &&
    doc.periodEnd !== null &&
    doc.periodEnd < doc.periodStart
  )
    out.periodEnd = 'yearOrder';
  const months = doc.durationMonths;
  if (months !== null && (!Number.isInteger(months) || months < 0 || months > DURATION_MAX))
    out.durationMonths = 'duration';
  const amount = doc.costs.amount;
  if (amount !== null && (amount < 0 || amount > 1e12)) out['costs.amount'] = 'amount';
  const currency = doc.costs.currency?.trim();
  if (currency && !/^[A-Za-z]{3}$/.test(currency)) out['costs.currency'] = 'currency';
  const email = doc.contact.email?.trim();
  if (email && !EMAIL.test(email)) out['contact.email'] = 'email';
  doc.links.forEach((link, index) => {
    const url = link.url.trim();
    if ((url !== '' || link.title.trim() !== '') && !isWebAddress(url)) out[`links.${index}.url`] = 'url';
  });
  return out;
}

/** A file size for people: "840 kB", "2.5 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}

/**
 * The sections of the form, in order; each is a fieldset with the id `section-<name>`. They are
 * the sections of src/shared/experience-fields.ts (the experience page's), except that the
 * languages come first here: they decide which inputs every text field has.
 */
export const SECTIONS: readonly FieldSection[] = [
  'languages',
  ...FIELD_SECTIONS.filter((s) => s !== 'languages'),
];
/** A heading of the form: a section of the document, or the attachments after it. */
export type Section = FieldSection | 'attachments';

/** Each top-level field of the document and its section, in the order of the form. */
const FIELD_SECTION: Record<string, FieldSection> = Object.fromEntries(
  SECTIONS.flatMap((section) =>
    EXPERIENCE_FIELDS.filter((f) => f.section === section).map((f) => [
      f.path.split('.')[0] ?? f.path,
      section,
    ]),
  ),
);

/** A field the server names (`content.summary.es`, `summary`) as a path of the document (`summary.es`). */
export function documentPath(field: string): string {
  return field.startsWith('content.') ? field.slice('content.'.length) : field;
}

/** The document field at the start of a path: `participants.2.role` → participants. */
export function topField(field: string): keyof ExperienceDocument | null {
  const top = documentPath(field).split('.')[0] ?? '';
  return top in FIELD_SECTION ? (top as keyof ExperienceDocument) : null;
}

/** The section holding a field, for headings and the problem summary's links. */
export function sectionOf(field: string): FieldSection | null {
  const top = topField(field);
  return top ? (FIELD_SECTION[top] ?? null) : null;
}

export interface PathParts {
  /** The path of the field's label in experience-fields (`costs.amount`, `participants.role`). */
  label: string;
  /** The row of a repeatable group (participants, links), counted from 0. */
  index?: number;
  /** The language of a text. */
  locale?: string;
}

/**
 * What a reader needs to recognise a field the server names: `summary.es` → the summary in
 * Spanish; `participants.2.role` → the role of the third participant; `costs.paidBy.fr`.
 */
export function describePath(field: string): PathParts {
  const parts = documentPath(field).split('.');
  const out: PathParts = { label: parts[0] ?? field };
  let rest = parts.slice(1);
  const [first] = rest;
  if ((out.label === 'participants' || out.label === 'links') && first !== undefined && /^\d+$/.test(first)) {
    out.index = Number(first);
    rest = rest.slice(1);
  }
  const last = rest.at(-1);
  if (last !== undefined && isLocale(last)) {
    out.locale = last;
    rest = rest.slice(0, -1);
  }
  const [sub] = rest;
  if (sub !== undefined && EXPERIENCE_FIELDS.some((f) => f.path === `${out.label}.${sub}`))
    out.label = `${out.label}.${sub}`;
  else if (sub !== undefined && (out.label === 'participants' || out.label === 'links'))
    out.label = `${out.label}.${sub}`;
  return out;
}

/**
 * The id of the element that holds a field, for the problem summary's links: each field of the
 * document has a wrapper `field-<name>`; a participant or a link row its own (`field-participants-2`).
 */
export function fieldAnchor(field: string): string | null {
  const top = topField(field);
  if (!top) return null;
  const parts = documentPath(field).split('.');
  if ((top === 'participants' || top === 'links') && parts[1] !== undefined && /^\d+$/.test(parts[1]))
    return `field-${top}-${parts[1]}`;
  return `field-${top}`;
}

export interface Problem {
  /** The document path (`summary.es`), or the server's field when outside the document. */
  field: string;
  message: string;
  anchor: string | null;
}

/**
 * The problems of a refused submission or save, every one the server listed, in the order of
 * the form (so the summary reads top to bottom), each with the anchor of its field.
 */
export function problemsOf(details: readonly { field: string; message: string }[]): Problem[] {
  const known = Object.keys(FIELD_SECTION);
  const order = (field: string) => {
    const top = topField(field);
    return top ? known.indexOf(top) : Number.MAX_SAFE_INTEGER;
  };
  return details
    .map((d) => ({ field: documentPath(d.field), message: d.message, anchor: fieldAnchor(d.field) }))
    .sort((a, b) => order(a.field) - order(b.field));
}

/** The messages by field, to show beside each; two problems of one field are shown together. */
export function fieldMessages(
  details: readonly { field: string; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of details) out[d.field] = out[d.field] ? `${out[d.field]} ${d.message}` : d.message;
  return out;
}

/** The message for one path from the server's errors (`content.<path>` or `<path>`). */
export function messageFor(fields: Record<string, string>, path: string): string | undefined {
  return fields[`content.${path}`] ?? fields[path];
}

/**
 * The last review when it sent the experience back and nothing was decided since: its comment is
 * what the author needs to read first.
 */
export function sentBackReview<R extends { decision: string; createdAt: string }>(
  reviews: readonly R[],
  status: ExperienceStatus,
): R | null {
  if (status === 'in_review' || status === 'archived') return null;
  const last = [...reviews].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  return last?.decision === 'changes_requested' ? last : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an id the API could know (anything else is a page that does not exist). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The title of a document for a reader: their language, else the original, else any ('' when none). */
export function experienceTitle(content: unknown, locale: string): string {
  const d = record(content);
  const original = list(d.languages)
    .map(record)
    .find((l) => l.status === 'original')?.locale;
  return pickLocale(texts(d.title), locale, typeof original === 'string' ? original : undefined)?.text ?? '';
}

/** What the work lists (mine, review queue) know of an experience beyond the search summary. */
export type ListFacts = Pick<ExperienceSummary, 'updatedAt' | 'submittedAt' | 'hasPendingEdits'>;

/** The last change of an experience in a list: its working copy, else its publication. */
export function lastChange(item: ListFacts & { publishedAt: string | null }): string | null {
  return item.updatedAt ?? item.publishedAt ?? null;
}

/** The actions "my experiences" offers for an experience in a given state. */
export function mineActions(item: ListFacts & { status: ExperienceStatus }): {
  edit: boolean;
  submit: boolean;
  verify: boolean;
  view: boolean;
} {
  const waiting = item.status === 'in_review' || (item.status === 'published' && !!item.submittedAt);
  return {
    edit: !waiting && (item.status === 'draft' || item.status === 'published'),
    submit:
      !waiting && (item.status === 'draft' || (item.status === 'published' && item.hasPendingEdits === true)),
    verify: item.status === 'published',
    view: item.status === 'published',
  };
}

export type ReviewDecision = 'approved' | 'changes_requested';

/**
 * What stops a review decision before it is sent, by field: approval needs every criterion
 * ticked (`checklist.<code>` for each one not ticked); sending back needs a comment, so the
 * author learns what to change.
 */
export function reviewProblems(
  decision: ReviewDecision,
  criteria: readonly { code: string }[],
  checklist: Record<string, boolean>,
  comment: string,
): Record<string, 'unticked' | 'commentRequired'> {
  const out: Record<string, 'unticked' | 'commentRequired'> = {};
  if (decision === 'approved') {
    for (const c of criteria) if (checklist[c.code] !== true) out[`checklist.${c.code}`] = 'unticked';
  } else if (comment.trim() === '') {
    out.comment = 'commentRequired';
  }
  return out;
}

/** The directory names an experience carries for its participants (when the server sends them). */
export function participantNames(experience: {
  organisationNames?: Record<string, string>;
}): [string, string][] {
  return Object.entries(experience.organisationNames ?? {});
}
