import { type ExperienceDocument, experienceDocumentSchema } from '../../../shared/contracts/experiences.js';
import type { ErrorKey } from '../../../shared/error-keys.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { canSee } from '../../platform/authz/visibility.js';
import { badRequest } from '../../platform/http/errors.js';
import * as repo from './experiences.repository.js';

/** A stored document read through the contract, so documents saved earlier get today's defaults. */
export function asDocument(json: unknown): ExperienceDocument {
  const parsed = experienceDocumentSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : experienceDocumentSchema.parse({});
}

/** The directory organisations a document refers to (its participants). */
export const organisationIdsOf = (doc: ExperienceDocument) =>
  doc.participants.map((p) => p.organisationId).filter((id): id is string => !!id);

/** The countries a document names: its participants'. */
export const countryCodesOf = (doc: ExperienceDocument) => [
  ...new Set(doc.participants.map((p) => p.countryCode).filter((c): c is string => !!c)),
];

type CodeList = { kind: 'vocabulary' | 'codelist'; name: string; key: ErrorKey };

/** Where each coded field's codes come from, and the message for an unknown one. */
const LISTS: Record<string, CodeList> = {
  instruments: { kind: 'vocabulary', name: 'instrument', key: 'errors:experiences.unknownInstrument' },
  activityTypes: { kind: 'vocabulary', name: 'activity_type', key: 'errors:experiences.unknownActivityType' },
  deliveryMode: { kind: 'vocabulary', name: 'delivery_mode', key: 'errors:experiences.unknownDeliveryMode' },
  modality: { kind: 'vocabulary', name: 'ssc_modality', key: 'errors:experiences.unknownModality' },
  knowledgeModes: {
    kind: 'vocabulary',
    name: 'knowledge_mode',
    key: 'errors:experiences.unknownKnowledgeMode',
  },
  outcomes: { kind: 'vocabulary', name: 'intermediate_outcome', key: 'errors:experiences.unknownOutcome' },
  assessmentDimensions: {
    kind: 'vocabulary',
    name: 'assessment_dimension',
    key: 'errors:experiences.unknownDimension',
  },
  sectors: { kind: 'codelist', name: 'Sector', key: 'errors:experiences.unknownSector' },
  sdgTargets: { kind: 'codelist', name: 'UNSDG-Targets', key: 'errors:experiences.unknownSdgTarget' },
};

type CodedField = keyof typeof LISTS;
const codesAt = (doc: ExperienceDocument, field: CodedField): string[] => {
  const v = doc[field as keyof ExperienceDocument];
  if (Array.isArray(v)) return v as string[];
  return typeof v === 'string' ? [v] : [];
};

/**
 * Checks every code and reference of a document against the database and refuses the first
 * unknown one, naming its path (`content.sectors.1`, `content.participants.0.organisationId`).
 * Codes the experience already held (`before`) stay accepted, so an autosave never fails on a
 * code an administrator retired since it was chosen. Organisations the actor may not see count
 * as unknown; the platform (actor null) sees every one.
 */
export async function checkDocument(
  ex: Executor,
  doc: ExperienceDocument,
  actor: Actor | null,
  before?: ExperienceDocument,
  prefix = 'content',
) {
  for (const [field, list] of Object.entries(LISTS) as [CodedField, CodeList][]) {
    const held = before ? codesAt(before, field) : [];
    const codes = codesAt(doc, field);
    const fresh = [...new Set(codes.filter((c) => !held.includes(c)))];
    const known =
      list.kind === 'vocabulary'
        ? await repo.activeVocabularyCodes(ex, list.name, fresh)
        : await repo.activeCodelistCodes(ex, list.name, fresh);
    const i = codes.findIndex((c) => fresh.includes(c) && !known.has(c));
    if (i >= 0) {
      const path = Array.isArray(doc[field as keyof ExperienceDocument]) ? `${field}.${i}` : field;
      throw badRequest(list.key, `${prefix}.${path}`, { code: codes[i] });
    }
  }

  const countries = await repo.knownCountries(ex, countryCodesOf(doc));
  doc.participants.forEach((p, i) => {
    if (p.countryCode && !countries.has(p.countryCode))
      throw badRequest('errors:experiences.unknownCountry', `${prefix}.participants.${i}.countryCode`, {
        code: p.countryCode,
      });
  });

  const orgs = await repo.organisationsByIds(ex, [...new Set(organisationIdsOf(doc))]);
  const visible = new Set(
    orgs
      .filter(
        (o) =>
          !actor ||
          canSee(actor, { visibility: o.visibility, organisationId: o.id, countryCode: o.country_code }),
      )
      .map((o) => o.id),
  );
  doc.participants.forEach((p, i) => {
    if (p.organisationId && !visible.has(p.organisationId))
      throw badRequest(
        'errors:experiences.unknownOrganisation',
        `${prefix}.participants.${i}.organisationId`,
      );
  });

  const currency = doc.costs.currency;
  if (currency && currency !== before?.costs.currency) {
    if (!(await repo.knownCurrencies(ex, [currency])).has(currency))
      throw badRequest('errors:experiences.unknownCurrency', `${prefix}.costs.currency`, { code: currency });
  }
}

/**
 * The leaves of a document as path → value, for audit diffs: arrays of scalars are kept whole,
 * empty objects and lists leave nothing (so `{}` and a missing text compare equal).
 */
function leaves(value: unknown, path: string, out: Map<string, unknown>) {
  const scalarArray = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
  if (value !== null && typeof value === 'object' && !scalarArray) {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
    return out;
  }
  if (path) out.set(path, value);
  return out;
}

/**
 * What changed between two documents, as audit before/after objects keyed by field path
 * (`summary.es`, `participants.1.role`, `sectors`); `count` is 0 when nothing did.
 */
export function documentChanges(before: ExperienceDocument | null, after: ExperienceDocument) {
  const a = before ? leaves(before, '', new Map()) : new Map<string, unknown>();
  const b = leaves(after, '', new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  const changed = paths.filter((p) => JSON.stringify(a.get(p) ?? null) !== JSON.stringify(b.get(p) ?? null));
  return {
    before: Object.fromEntries(changed.map((p) => [p, a.get(p) ?? null])),
    after: Object.fromEntries(changed.map((p) => [p, b.get(p) ?? null])),
    count: changed.length,
  };
}

/** Whether two documents say the same thing (ignoring key order). */
export const sameDocument = (a: ExperienceDocument, b: ExperienceDocument) =>
  documentChanges(a, b).count === 0;
