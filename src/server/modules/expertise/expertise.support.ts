import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditRecord } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, forbidden, unauthorized } from '../../platform/http/errors.js';
import { pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { canManageIn } from './expertise.policy.js';
import { type CodeKind, type CodeNameMaps, organisationFacts, usableCodes } from './expertise.repository.js';

/**
 * What the capability and expert services share: who acts, the organisation a record is for,
 * search text and filters, code checks, pages of lists, audit.
 */

/** Who a change is recorded as made by, and in which request. */
export type Who = { actorId: string | null; requestId: string | null };

export const whoOf = (ctx: RequestContext): Who => ({ actorId: ctx.userId, requestId: ctx.requestId });

/** Changes made on the platform's own authority (demo seed, CLI). */
export const PLATFORM: Who = { actorId: null, requestId: 'platform' };

/** An organisation, if it exists and the actor may see it. */
export async function visibleOrganisation(ex: Executor, actor: Actor, id: string) {
  const org = await organisationFacts(ex, id);
  const seen =
    org &&
    canSee(actor, { visibility: org.visibility, organisationId: org.id, countryCode: org.country_code });
  return seen ? org : undefined;
}

/**
 * The organisation a new record is for: it must exist and be visible to the actor (else the
 * field is wrong), and the actor must manage its catalogue (else 403).
 */
export async function organisationToManage(ex: Executor, actor: Actor, id: string) {
  const org = await visibleOrganisation(ex, actor, id);
  if (!org) throw badRequest('errors:expertise.noSuchOrganisation', 'organisationId');
  if (!canManageIn(actor, { id: org.id, countryCode: org.country_code })) throw forbidden();
  return org;
}

/**
 * Adds a record to an organisation's catalogue as the signed-in caller, in one transaction that
 * first checks the organisation (see organisationToManage); `insert` writes and audits it.
 */
export async function addToCatalogue(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  insert: (trx: Executor, who: Who) => Promise<string>,
) {
  if (!ctx.userId) throw unauthorized();
  return deps.db.transaction().execute(async (trx) => {
    await organisationToManage(trx, ctx.actor, organisationId);
    return insert(trx, whoOf(ctx));
  });
}

/** Lower-cased, accent-free text for typo-tolerant search ("Mexico" finds "México"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The search text of several texts (locale maps or strings), normalised. */
export function searchTextOf(...parts: (Record<string, string | undefined> | string | null | undefined)[]) {
  const texts = parts.flatMap((p) => (p && typeof p === 'object' ? Object.values(p) : [p]));
  return normalise(texts.filter(Boolean).join(' '));
}

/** The list filters capabilities and experts share, the query text normalised like the search text. */
export const sharedFilter = (q: {
  q?: string | undefined;
  country?: string | undefined;
  organisation?: string | undefined;
  sector?: string | undefined;
  language?: string | undefined;
}) => ({
  q: q.q ? normalise(q.q) : undefined,
  country: q.country,
  organisation: q.organisation,
  sector: q.sector,
  language: q.language,
});

/** The most rows one export of capabilities or experts returns; only bounds a runaway. */
export const EXPORT_MAX_ROWS = 50_000;

/** Codes without repeats, in the order given. */
export const distinct = (codes: string[]) => [...new Set(codes)];

const ERROR_OF = {
  sector: 'errors:expertise.unknownSector',
  sdg: 'errors:expertise.unknownSdgTarget',
  instrument: 'errors:expertise.unknownInstrument',
  language: 'errors:expertise.unknownLanguage',
} as const;

/**
 * Refuses the first code the database does not know (or no longer offers), naming the field
 * and the code. Codes the record already holds stay accepted, so an edit never fails on a
 * code retired since it was chosen.
 */
export async function checkCodes(
  ex: Executor,
  field: string,
  kind: CodeKind,
  codes: string[] | undefined,
  alreadyHeld: readonly string[] = [],
) {
  if (!codes?.length) return;
  const fresh = codes.filter((c) => !alreadyHeld.includes(c));
  const known = await usableCodes(ex, kind, fresh);
  const unknown = fresh.find((c) => !known.has(c));
  if (unknown !== undefined) throw badRequest(ERROR_OF[kind], field, { code: unknown });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/** A page of a list fetched `limit + 1` rows long, its cursor, and the names of the codes it shows. */
export async function pageWithNames<R extends { sort_key: string; id: string }>(
  rows: R[],
  limit: number,
  namesOf: (rows: R[]) => Promise<CodeNameMaps>,
) {
  const page = pageOf(rows, limit, (r) => ({ v: r.sort_key, id: r.id }));
  return { ...page, names: await namesOf(page.items) };
}

/** One audit entry on the capability's or expert's own trail, filed under its organisation. */
export const auditExpertise = auditRecord<'capability' | 'expert'>;
