import type { ProfileDocument } from './contracts/country-profiles.js';
import {
  BODY_ROLES,
  COORDINATION_MECHANISMS,
  LEGAL_INSTRUMENTS,
  STRATEGY_STATUSES,
} from './country-profile-enums.js';
import { type LocaleMap, pickLocale } from './locale-map.js';

/**
 * Every comparable field of a country profile, in display order: the compare page, the compare
 * export and the "what changed" view all walk this one list, so they show the same rows.
 *
 * Translation keys (namespace `country-fields`, src/shared/i18n/<locale>/country-fields.json):
 * - a field's label: `labels.<path with dots replaced by _>`, e.g. `labels.strategy_status`
 *   (see `fieldLabelKey`);
 * - a section heading: `sections.<section>`, e.g. `sections.strategy`;
 * - an enum value: `<enum>.<value>`, with `<enum>` one of `bodyRoles`, `legalInstruments`,
 *   `strategyStatuses`, `coordinationMechanisms`, e.g. `strategyStatuses.adopted`;
 * - yes/no answers: `yesNo.yes`, `yesNo.no`, `yesNo.unknown` (not answered);
 * - the publication checklist: `checklist.<name>` (see country-profile-rules.ts).
 * Codes of the database vocabularies (countryRole, modalities) are labelled by the vocabulary.
 */
export type FieldKind =
  | 'code'
  | 'codes'
  | 'enum'
  | 'text'
  | 'shortText'
  | 'yesNo'
  | 'year'
  | 'url'
  | 'bodies'
  | 'organisations';

export type FieldSection =
  | 'roles'
  | 'bodies'
  | 'legalBasis'
  | 'strategy'
  | 'nationalPlan'
  | 'coordination'
  | 'budgetLine'
  | 'informationSystem'
  | 'monitoringEvaluation'
  | 'narrative';

export type EnumName = 'bodyRoles' | 'legalInstruments' | 'strategyStatuses' | 'coordinationMechanisms';

export interface ProfileField {
  path: string;
  kind: FieldKind;
  section: FieldSection;
  /** For `code`/`codes`: the database vocabulary the codes belong to. */
  vocabulary?: 'country_role' | 'ssc_modality';
  /** For `enum`: which enum, and so which translation group labels its values. */
  enumName?: EnumName;
}

export const ENUM_VALUES: Record<EnumName, readonly string[]> = {
  bodyRoles: BODY_ROLES,
  legalInstruments: LEGAL_INSTRUMENTS,
  strategyStatuses: STRATEGY_STATUSES,
  coordinationMechanisms: COORDINATION_MECHANISMS,
};

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { path: 'countryRole', kind: 'code', section: 'roles', vocabulary: 'country_role' },
  { path: 'modalities', kind: 'codes', section: 'roles', vocabulary: 'ssc_modality' },
  { path: 'bodies', kind: 'bodies', section: 'bodies' },
  { path: 'legalBasis.instrument', kind: 'enum', section: 'legalBasis', enumName: 'legalInstruments' },
  { path: 'legalBasis.title', kind: 'shortText', section: 'legalBasis' },
  { path: 'legalBasis.year', kind: 'year', section: 'legalBasis' },
  { path: 'legalBasis.url', kind: 'url', section: 'legalBasis' },
  { path: 'strategy.status', kind: 'enum', section: 'strategy', enumName: 'strategyStatuses' },
  { path: 'strategy.title', kind: 'shortText', section: 'strategy' },
  { path: 'strategy.year', kind: 'year', section: 'strategy' },
  { path: 'strategy.url', kind: 'url', section: 'strategy' },
  { path: 'nationalPlan.mainstreamed', kind: 'yesNo', section: 'nationalPlan' },
  { path: 'nationalPlan.how', kind: 'text', section: 'nationalPlan' },
  {
    path: 'coordination.mechanism',
    kind: 'enum',
    section: 'coordination',
    enumName: 'coordinationMechanisms',
  },
  { path: 'coordination.description', kind: 'text', section: 'coordination' },
  { path: 'coordination.memberIds', kind: 'organisations', section: 'coordination' },
  { path: 'budgetLine.exists', kind: 'yesNo', section: 'budgetLine' },
  { path: 'budgetLine.note', kind: 'text', section: 'budgetLine' },
  { path: 'informationSystem.exists', kind: 'yesNo', section: 'informationSystem' },
  { path: 'informationSystem.name', kind: 'shortText', section: 'informationSystem' },
  { path: 'informationSystem.url', kind: 'url', section: 'informationSystem' },
  { path: 'informationSystem.note', kind: 'text', section: 'informationSystem' },
  { path: 'monitoringEvaluation.exists', kind: 'yesNo', section: 'monitoringEvaluation' },
  { path: 'monitoringEvaluation.note', kind: 'text', section: 'monitoringEvaluation' },
  { path: 'history', kind: 'text', section: 'narrative' },
  { path: 'obstacles', kind: 'text', section: 'narrative' },
  { path: 'challenges', kind: 'text', section: 'narrative' },
];

/** The full translation key of a field's label, e.g. `country-fields:labels.strategy_status`. */
export const fieldLabelKey = (path: string) => `country-fields:labels.${path.replaceAll('.', '_')}`;

/** The full translation key of an enum value, e.g. `country-fields:strategyStatuses.adopted`. */
export const enumValueKey = (enumName: EnumName, value: string) => `country-fields:${enumName}.${value}`;

/** The full translation key of a yes/no answer (null: not answered). */
export const yesNoKey = (value: boolean | null) =>
  `country-fields:yesNo.${value === null ? 'unknown' : value ? 'yes' : 'no'}`;

/**
 * The checklist label of a publication problem (see country-profile-rules.ts):
 * `errors:countryProfiles.publish.leadAgency` → `country-fields:checklist.leadAgency`.
 */
export const checklistKey = (problem: { key: string }) =>
  `country-fields:checklist.${problem.key.split('.').pop()}`;

/** The value at a dotted path of a profile document (undefined when the path does not exist). */
export function fieldValue(doc: ProfileDocument, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** What the formatter needs from its caller: translations and names from the database. */
export interface FormatContext {
  /** Translates a full key (`country-fields:…`). */
  t(key: string): string;
  /** The reader's language. */
  locale: string;
  /** The label of a vocabulary code in the reader's language (falls back to the code). */
  codeLabel(vocabulary: string, code: string): string;
  /** The name of a directory organisation in the reader's language, or null when unknown/hidden. */
  organisationName(id: string): string | null;
}

const text = (map: unknown, ctx: FormatContext, doc: ProfileDocument) =>
  pickLocale(map as LocaleMap, ctx.locale, doc.defaultLocale)?.text ?? '';

/**
 * A field's value as plain text in the reader's language, for exports and the compare table.
 * Unanswered values are the empty string; lists are joined with "; ".
 */
export function formatFieldValue(field: ProfileField, doc: ProfileDocument, ctx: FormatContext): string {
  const value = fieldValue(doc, field.path);
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'code':
      return ctx.codeLabel(field.vocabulary ?? '', String(value));
    case 'codes':
      return (value as string[]).map((c) => ctx.codeLabel(field.vocabulary ?? '', c)).join('; ');
    case 'enum':
      return field.enumName ? ctx.t(enumValueKey(field.enumName, String(value))) : String(value);
    case 'yesNo':
      return ctx.t(yesNoKey(value as boolean));
    case 'year':
    case 'url':
      return String(value);
    case 'text':
    case 'shortText':
      return text(value, ctx, doc);
    case 'organisations':
      return (value as string[])
        .map((id) => ctx.organisationName(id))
        .filter((n): n is string => !!n)
        .join('; ');
    case 'bodies':
      return doc.bodies
        .map((b) => {
          const name = (b.organisationId && ctx.organisationName(b.organisationId)) || text(b.name, ctx, doc);
          const roles = b.roles.map((r) => ctx.t(enumValueKey('bodyRoles', r))).join(', ');
          return roles ? `${name} (${roles})` : name;
        })
        .filter(Boolean)
        .join('; ');
  }
}
