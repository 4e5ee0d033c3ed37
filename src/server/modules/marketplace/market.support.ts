import type { ErrorKey } from '../../../shared/error-keys.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditRecord } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, forbidden } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { cjkBigrams, tsConfigOf } from '../experiences/index.js';
import { canPostFor } from './market.policy.js';
import { type CodeKind, organisationFacts, usableCodes, type WeightedText } from './market.repository.js';

/**
 * What the need and offer services share: who acts, today's date, the organisation a record is
 * for, code checks, the texts matching reads, audit, and the generation counter of writes.
 */

/** Who a change is recorded as made by, and in which request. */
export type Who = { actorId: string | null; requestId: string | null };
export const whoOf = (ctx: RequestContext): Who => ({ actorId: ctx.userId, requestId: ctx.requestId });
/** Changes made on the platform's own authority (demo seed, CLI, jobs). */
export const PLATFORM: Who = { actorId: null, requestId: 'platform' };

// Today (UTC) as YYYY-MM-DD: the platform's one definition, kept importable from here.
export { todayOf } from '../../platform/clock.js';

/** The day `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Every write bumps this; the matching module drops its cached pools when it changes. Other
// processes' writes are picked up by its own expiry.
let generation = 0;
/** A counter that changes whenever this process writes a need or an offer. */
export const marketChanged = () => generation;
export function bumpMarket() {
  generation += 1;
}

/** Runs a write to needs or offers in one transaction, then tells matching that they changed. */
export async function inMarketWrite<T>(deps: AppDeps, run: (trx: Executor) => Promise<T>): Promise<T> {
  const out = await deps.db.transaction().execute(run);
  bumpMarket();
  return out;
}

/**
 * The organisation a new record is for: it must exist and be visible to the actor (else the
 * field is wrong), have a country (needs and offers belong to one), and the actor must post
 * for it (else 403).
 */
export async function organisationToPostFor(ex: Executor, actor: Actor | null, id: string) {
  const org = await organisationFacts(ex, id);
  const seen =
    org &&
    (actor === null ||
      canSee(actor, { visibility: org.visibility, organisationId: org.id, countryCode: org.country_code }));
  if (!org || !seen) throw badRequest('errors:market.noSuchOrganisation', 'organisationId');
  if (actor && !canPostFor(actor, { id: org.id, countryCode: org.country_code })) throw forbidden();
  if (!org.country_code) throw badRequest('errors:market.organisationWithoutCountry', 'organisationId');
  return { ...org, country_code: org.country_code };
}

const ERROR_OF: Record<CodeKind, ErrorKey> = {
  sector: 'errors:market.unknownSector',
  sdg: 'errors:market.unknownSdg',
  instrument: 'errors:market.unknownInstrument',
  language: 'errors:market.unknownLanguage',
  challenge_area: 'errors:market.unknownChallengeArea',
  intermediate_outcome: 'errors:market.unknownOutcome',
  delivery_mode: 'errors:market.unknownDeliveryMode',
  assessment_dimension: 'errors:market.unknownDimension',
};

/**
 * Refuses the first code the database does not know (or no longer offers), naming the field
 * and the code. Codes the record already holds stay accepted, so an edit never fails on a code
 * retired since it was chosen.
 */
export async function checkCodes(
  ex: Executor,
  field: string,
  kind: CodeKind,
  codes: readonly (string | null)[] | undefined,
  alreadyHeld: readonly (string | null)[] = [],
) {
  const fresh = (codes ?? []).filter((c): c is string => c !== null && !alreadyHeld.includes(c));
  if (fresh.length === 0) return;
  const known = await usableCodes(ex, kind, fresh);
  const unknown = fresh.find((c) => !known.has(c));
  if (unknown !== undefined) throw badRequest(ERROR_OF[kind], field, { code: unknown });
}

/** Codes without repeats, in the order given. */
export const distinct = (codes: string[]) => [...new Set(codes)];

/** Refuses an expiry day before today. */
export function checkExpiry(expiresOn: string | undefined, today: string) {
  if (expiresOn !== undefined && expiresOn < today)
    throw badRequest('errors:market.expiresInPast', 'expiresOn', { date: expiresOn });
}

/** Refuses a period that ends before it starts, naming its end. */
export function checkPeriod(
  from: string | null,
  to: string | null,
  field: string,
  key: 'errors:market.timeframeOrder' | 'errors:market.availabilityOrder',
) {
  if (from && to && to < from) throw badRequest(key, field, { from, to });
}

/** Lower-cased, accent-free text, for the unstemmed copy that matches across languages. */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The texts of a record per language, weighted (A title, B its main text, C the rest), each
 * with its language's stemming configuration (Chinese as bigrams under 'simple'), and the
 * unstemmed copy of everything plus the organisation's names.
 */
export function matchingTexts(
  a: LocaleMap,
  b: LocaleMap,
  c: LocaleMap,
  names: readonly (string | null | undefined)[],
): { texts: WeightedText[]; simple: string } {
  const locales = [...new Set([a, b, c].flatMap((m) => Object.keys(m).filter((k) => m[k]?.trim())))].sort();
  const texts = locales.map((locale): WeightedText => {
    const config = tsConfigOf(locale);
    const pick = (m: LocaleMap) => {
      const text = m[locale]?.trim() ?? '';
      return config === 'simple' ? cjkBigrams(text) : text;
    };
    return { config, a: pick(a), b: pick(b), c: pick(c) };
  });
  const all = [
    ...texts.filter((t) => t.config !== 'simple').flatMap((t) => [t.a, t.b, t.c]),
    ...names.filter((n): n is string => !!n).map((n) => cjkBigrams(n)),
  ];
  return { texts, simple: normalise(all.filter(Boolean).join('\n')) };
}

/** The normalised query text for the 'simple' copy (Chinese as bigrams). */
export const simpleQuery = (q: string) => cjkBigrams(normalise(q)).replace(/\s+/g, ' ').trim();

/** One audit entry on the need's or offer's own trail, filed under its organisation. */
export const auditMarket = auditRecord<'need' | 'offer'>;

/** The names of an organisation (every language, and its acronym), for the search copy. */
export const organisationNames = (org: { name: unknown; acronym: string | null }) => [
  ...Object.values((org.name ?? {}) as LocaleMap),
  org.acronym,
];
