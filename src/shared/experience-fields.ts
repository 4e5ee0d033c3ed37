import type { ExperienceDocument } from './contracts/experiences.js';
import {
  EXPERIENCE_STATUSES,
  PARTICIPANT_ROLES,
  REVIEW_DECISIONS,
  TRANSLATION_STATUSES,
} from './experience-enums.js';
import { type LocaleMap, pickLocale } from './locale-map.js';
import { LOCALE_NAMES, type Locale } from './locales.js';

/**
 * Every field of an experience document, in display order: the experience page, the printable
 * view, the editor's sections and the exports walk this one list, so they show the same fields
 * under the same labels.
 *
 * Translation keys (namespace `experience-fields`, src/shared/i18n/<locale>/experience-fields.json):
 * - a field's label: `labels.<path with dots replaced by _>`, e.g. `labels.costs_paidBy`
 *   (see `fieldLabelKey`); the parts of a participant, link or language:
 *   `labels.participants_role`, `labels.links_url`, `labels.languages_status`…;
 * - what to write in a narrative field (editor help): `hints.<path>`, e.g. `hints.challenge`;
 * - a section heading: `sections.<section>`, e.g. `sections.classification`;
 * - an enum value: `<enum>.<value>`, with `<enum>` one of `statuses`, `participantRoles`,
 *   `translationStatuses`, `reviewDecisions`, e.g. `participantRoles.provider` (see `enumValueKey`);
 * - what every experience carries beside its document (exports, the page's side panel):
 *   `meta.<name>`, e.g. `meta.lastVerifiedAt`, `meta.stale`.
 * Codes are labelled by the database: vocabularies (instrument, ssc_modality, …) and the IATI
 * code lists `Sector` and `UNSDG-Targets` (see `FieldSource`).
 */
export type FieldKind =
  | 'text'
  | 'shortText'
  | 'code'
  | 'codes'
  | 'number'
  | 'year'
  | 'amount'
  | 'currency'
  | 'participants'
  | 'plain'
  | 'email'
  | 'links'
  | 'languages';

export type FieldSection =
  | 'overview'
  | 'challenge'
  | 'approach'
  | 'participants'
  | 'results'
  | 'lessons'
  | 'costs'
  | 'classification'
  | 'contact'
  | 'links'
  | 'languages';

export const FIELD_SECTIONS: readonly FieldSection[] = [
  'overview',
  'challenge',
  'approach',
  'participants',
  'results',
  'lessons',
  'costs',
  'classification',
  'contact',
  'links',
  'languages',
];

/** Where the codes of a `code`/`codes` field come from: a vocabulary or an IATI code list. */
export type FieldSource =
  | 'instrument'
  | 'activity_type'
  | 'delivery_mode'
  | 'ssc_modality'
  | 'knowledge_mode'
  | 'intermediate_outcome'
  | 'assessment_dimension'
  | 'Sector'
  | 'UNSDG-Targets';

export type EnumName = 'statuses' | 'participantRoles' | 'translationStatuses' | 'reviewDecisions';

export const ENUM_VALUES: Record<EnumName, readonly string[]> = {
  statuses: EXPERIENCE_STATUSES,
  participantRoles: PARTICIPANT_ROLES,
  translationStatuses: TRANSLATION_STATUSES,
  reviewDecisions: REVIEW_DECISIONS,
};

export interface ExperienceField {
  path: string;
  kind: FieldKind;
  section: FieldSection;
  /** For `code`/`codes`: where the codes come from. */
  source?: FieldSource;
  /** Required for submission (see experience-rules.ts). */
  required?: boolean;
  /** Shown to signed-in members only (the contact). */
  membersOnly?: boolean;
}

export const EXPERIENCE_FIELDS: readonly ExperienceField[] = [
  { path: 'title', kind: 'shortText', section: 'overview', required: true },
  { path: 'summary', kind: 'text', section: 'overview', required: true },
  { path: 'challenge', kind: 'text', section: 'challenge', required: true },
  { path: 'approach', kind: 'text', section: 'approach', required: true },
  { path: 'instruments', kind: 'codes', section: 'approach', source: 'instrument' },
  { path: 'activityTypes', kind: 'codes', section: 'approach', source: 'activity_type' },
  { path: 'deliveryMode', kind: 'code', section: 'approach', source: 'delivery_mode' },
  { path: 'durationMonths', kind: 'number', section: 'approach' },
  { path: 'participants', kind: 'participants', section: 'participants', required: true },
  { path: 'results', kind: 'text', section: 'results', required: true },
  { path: 'didNotWork', kind: 'text', section: 'results' },
  { path: 'lessons', kind: 'text', section: 'lessons', required: true },
  { path: 'costs.amount', kind: 'amount', section: 'costs' },
  { path: 'costs.currency', kind: 'currency', section: 'costs' },
  { path: 'costs.paidBy', kind: 'text', section: 'costs' },
  { path: 'costs.note', kind: 'text', section: 'costs' },
  { path: 'periodStart', kind: 'year', section: 'classification', required: true },
  { path: 'periodEnd', kind: 'year', section: 'classification' },
  { path: 'sectors', kind: 'codes', section: 'classification', source: 'Sector', required: true },
  { path: 'sdgTargets', kind: 'codes', section: 'classification', source: 'UNSDG-Targets' },
  { path: 'modality', kind: 'code', section: 'classification', source: 'ssc_modality', required: true },
  {
    path: 'knowledgeModes',
    kind: 'codes',
    section: 'classification',
    source: 'knowledge_mode',
    required: true,
  },
  { path: 'outcomes', kind: 'codes', section: 'classification', source: 'intermediate_outcome' },
  {
    path: 'assessmentDimensions',
    kind: 'codes',
    section: 'classification',
    source: 'assessment_dimension',
  },
  { path: 'contact.name', kind: 'plain', section: 'contact', membersOnly: true },
  { path: 'contact.email', kind: 'email', section: 'contact', membersOnly: true },
  { path: 'links', kind: 'links', section: 'links' },
  { path: 'languages', kind: 'languages', section: 'languages', required: true },
];

/** The names of `meta.<name>`: what an experience carries beside its document. */
export const META_NAMES = [
  'organisation',
  'author',
  'status',
  'countries',
  'version',
  'publishedAt',
  'reviewedBy',
  'reviewedAt',
  'lastVerifiedAt',
  'stale',
  'pendingEdits',
  'viewCount',
  'url',
] as const;

/** The full translation key of a field's label, e.g. `experience-fields:labels.costs_paidBy`. */
export const fieldLabelKey = (path: string) => `experience-fields:labels.${path.replaceAll('.', '_')}`;

/** The full translation key of a section heading, e.g. `experience-fields:sections.costs`. */
export const sectionKey = (section: FieldSection) => `experience-fields:sections.${section}`;

/** The full translation key of an enum value, e.g. `experience-fields:participantRoles.provider`. */
export const enumValueKey = (enumName: EnumName, value: string) => `experience-fields:${enumName}.${value}`;

/** The value at a dotted path of a document (undefined when the path does not exist). */
export function fieldValue(doc: ExperienceDocument, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** What the formatter needs from its caller: translations and names from the database. */
export interface FormatContext {
  /** Translates a full key (`experience-fields:…`). */
  t(key: string): string;
  /** The reader's language. */
  locale: string;
  /** The label of a code in the reader's language (falls back to the code). */
  codeLabel(source: FieldSource, code: string): string;
  /** The name of a directory organisation in the reader's language, or null when unknown/hidden. */
  organisationName(id: string): string | null;
  /** The name of a country in the reader's language (falls back to the code). */
  countryName(code: string): string;
  /** The name of a language; defaults to its own name (Español, Français…). */
  languageName?(locale: string): string;
}

/** The document's original language (the one marked so), for text fallbacks. */
const originalOf = (doc: ExperienceDocument) => doc.languages.find((l) => l.status === 'original')?.locale;

const textOf = (map: unknown, ctx: FormatContext, doc: ExperienceDocument) =>
  pickLocale(map as LocaleMap, ctx.locale, originalOf(doc))?.text ?? '';

/** A participant as one line: its organisation (or name), its country, and its role. */
export function participantLine(
  p: ExperienceDocument['participants'][number],
  ctx: FormatContext,
  doc: ExperienceDocument,
): string {
  const who = (p.organisationId && ctx.organisationName(p.organisationId)) || textOf(p.name, ctx, doc);
  const where = p.countryCode ? ctx.countryName(p.countryCode) : '';
  const name = [who, where].filter(Boolean).join(', ');
  const role = ctx.t(enumValueKey('participantRoles', p.role));
  return name ? `${name} (${role})` : role;
}

/**
 * A field's value as plain text in the reader's language, for exports and printable views.
 * Texts fall back to the original language; unanswered values are the empty string; lists are
 * joined with "; ". The caller leaves out `membersOnly` fields for visitors.
 */
export function formatFieldValue(
  field: ExperienceField,
  doc: ExperienceDocument,
  ctx: FormatContext,
): string {
  const value = fieldValue(doc, field.path);
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'code':
      return field.source ? ctx.codeLabel(field.source, String(value)) : String(value);
    case 'codes':
      return (value as string[]).map((c) => (field.source ? ctx.codeLabel(field.source, c) : c)).join('; ');
    case 'number':
    case 'year':
    case 'currency':
    case 'plain':
    case 'email':
      return String(value);
    case 'amount':
      return new Intl.NumberFormat(ctx.locale).format(value as number);
    case 'text':
    case 'shortText':
      return textOf(value, ctx, doc);
    case 'participants':
      return doc.participants.map((p) => participantLine(p, ctx, doc)).join('; ');
    case 'links':
      return doc.links.map((l) => (l.title ? `${l.title} <${l.url}>` : l.url)).join('; ');
    case 'languages':
      return doc.languages
        .map((l) => {
          const name = ctx.languageName?.(l.locale) ?? LOCALE_NAMES[l.locale as Locale] ?? l.locale;
          return `${name} (${ctx.t(enumValueKey('translationStatuses', l.status))})`;
        })
        .join('; ');
  }
}
