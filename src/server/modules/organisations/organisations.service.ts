import type { z } from 'zod';
import type {
  organisationBody,
  organisationListQuery,
  organisationPatch,
} from '../../../shared/contracts/organisations.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../../platform/http/errors.js';
import { checkedCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { isActiveCode, isKnownCountry } from '../reference/index.js';
import { insertMembership } from './members.repository.js';
import { auditOrganisation } from './organisations.audit.js';
import { canCreateOrganisation, organisationPolicy } from './organisations.policy.js';
import * as repo from './organisations.repository.js';

type Body = z.infer<typeof organisationBody>;
type Patch = z.infer<typeof organisationPatch>;

/** Lower-cased, accent-free text for typo-tolerant search ("Mexico" finds "México"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function searchText(
  name: LocaleMap,
  acronym: string | null | undefined,
  iati: string | null | undefined,
): string {
  return normalise([...Object.values(name), acronym ?? '', iati ?? ''].filter(Boolean).join(' '));
}

const facts = (o: repo.OrganisationRecord) => ({
  id: o.id,
  countryCode: o.country_code,
  visibility: o.visibility,
});

/** Checks codes and references against the database, naming the field that is wrong. */
async function checkReferences(ex: Executor, b: Patch, selfId: string | null) {
  if (b.orgType !== undefined && !(await isActiveCode(ex, 'OrganisationType', b.orgType))) {
    throw badRequest('errors:organisations.unknownOrgType', 'orgType', { code: b.orgType });
  }
  if (b.countryCode && !(await isKnownCountry(ex, b.countryCode))) {
    throw badRequest('errors:organisations.unknownCountry', 'countryCode', { code: b.countryCode });
  }
  if (b.iatiIdentifier) {
    const prefix = b.iatiIdentifier.split('-').slice(0, 2).join('-').toUpperCase();
    if (!(await isActiveCode(ex, 'OrganisationRegistrationAgency', prefix))) {
      throw badRequest('errors:organisations.unknownAgency', 'iatiIdentifier', { prefix });
    }
    const other = await repo.findByIatiIdentifier(ex, b.iatiIdentifier);
    if (other && other.id !== selfId) throw conflict('errors:organisations.iatiTaken', 'iatiIdentifier');
  }
  if (b.parentId) {
    if (!(await repo.findOrganisation(ex, b.parentId)))
      throw badRequest('errors:organisations.noSuchParent', 'parentId');
    if (selfId && (await repo.ancestorIds(ex, b.parentId)).includes(selfId)) {
      throw badRequest('errors:organisations.parentCycle', 'parentId');
    }
  }
}

const iatiTaken = (err: unknown) => {
  throw isUniqueViolation(err) ? conflict('errors:organisations.iatiTaken', 'iatiIdentifier') : err;
};

/** Checks references, inserts the organisation and writes its audit entry, inside `trx`. */
async function insertChecked(
  trx: Executor,
  b: Body,
  who: { actorId: string | null; requestId: string },
  isDemo: boolean,
): Promise<string> {
  await checkReferences(trx, b, null);
  const { id } = await repo.insertOrganisation(trx, {
    name: JSON.stringify(b.name),
    acronym: b.acronym || null,
    org_type: b.orgType,
    country_code: b.countryCode ?? null,
    parent_id: b.parentId ?? null,
    website: b.website ?? null,
    iati_identifier: b.iatiIdentifier ?? null,
    description: JSON.stringify(b.description),
    default_locale: b.defaultLocale,
    visibility: b.visibility,
    search_text: searchText(b.name, b.acronym, b.iatiIdentifier),
    is_demo: isDemo,
    created_by: who.actorId,
  });
  await auditOrganisation(trx, who, 'organisation.create', id, { after: b });
  return id;
}

/** Creates an organisation; its creator becomes its administrator in the same transaction. */
export async function createOrganisation(deps: AppDeps, ctx: RequestContext, b: Body) {
  if (!ctx.userId) throw unauthorized();
  if (!canCreateOrganisation(ctx.actor)) throw forbidden();
  return deps.db
    .transaction()
    .execute(async (trx) => {
      const id = await insertChecked(trx, b, { actorId: ctx.userId, requestId: ctx.requestId }, false);
      await insertMembership(trx, id, ctx.userId!, 'org_admin');
      return (await repo.findOrganisation(trx, id))!;
    })
    .catch(iatiTaken);
}

/**
 * Creates an organisation on the platform's own authority (demo seed, CLI), with no creator
 * membership; members are added separately.
 */
export async function createOrganisationAsPlatform(deps: AppDeps, b: Body, opts: { isDemo: boolean }) {
  return deps.db
    .transaction()
    .execute((trx) => insertChecked(trx, b, { actorId: null, requestId: 'platform' }, opts.isDemo))
    .catch(iatiTaken);
}

/** Loads an organisation the actor may see; invisible ones are "not found", not "forbidden". */
export async function getOrganisation(deps: AppDeps, ctx: RequestContext, id: string) {
  const org = await repo.findOrganisation(deps.db, id);
  if (!org || !organisationPolicy.can(ctx.actor, 'organisation.read', facts(org)))
    throw notFound('errors:notFound.organisation');
  return org;
}

/** Applies a partial update and records the fields that changed. */
export async function updateOrganisation(deps: AppDeps, ctx: RequestContext, id: string, patch: Patch) {
  return deps.db
    .transaction()
    .execute(async (trx) => {
      const before = await repo.findOrganisation(trx, id);
      if (!before || !organisationPolicy.can(ctx.actor, 'organisation.read', facts(before)))
        throw notFound('errors:notFound.organisation');
      organisationPolicy.authorize(ctx.actor, 'organisation.update', facts(before));
      await checkReferences(trx, patch, id);
      const name = patch.name ?? (before.name as LocaleMap);
      const acronym = patch.acronym !== undefined ? patch.acronym : before.acronym;
      const iati = patch.iatiIdentifier !== undefined ? patch.iatiIdentifier : before.iati_identifier;
      await repo.updateOrganisation(trx, id, {
        ...(patch.name && { name: JSON.stringify(patch.name) }),
        ...(patch.acronym !== undefined && { acronym: patch.acronym || null }),
        ...(patch.orgType !== undefined && { org_type: patch.orgType }),
        ...(patch.countryCode !== undefined && { country_code: patch.countryCode }),
        ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
        ...(patch.website !== undefined && { website: patch.website }),
        ...(patch.iatiIdentifier !== undefined && { iati_identifier: patch.iatiIdentifier }),
        ...(patch.description && { description: JSON.stringify(patch.description) }),
        ...(patch.defaultLocale && { default_locale: patch.defaultLocale }),
        ...(patch.visibility && { visibility: patch.visibility }),
        search_text: searchText(name, acronym, iati),
        updated_at: deps.clock.now(),
      });
      const changedBefore = Object.fromEntries(Object.keys(patch).map((k) => [k, beforeValue(before, k)]));
      await auditOrganisation(
        trx,
        { actorId: ctx.userId, requestId: ctx.requestId },
        'organisation.update',
        id,
        { before: changedBefore, after: patch },
      );
      return (await repo.findOrganisation(trx, id))!;
    })
    .catch(iatiTaken);
}

const COLUMN: Record<string, keyof repo.OrganisationRecord> = {
  name: 'name',
  acronym: 'acronym',
  orgType: 'org_type',
  countryCode: 'country_code',
  parentId: 'parent_id',
  website: 'website',
  iatiIdentifier: 'iati_identifier',
  description: 'description',
  defaultLocale: 'default_locale',
  visibility: 'visibility',
};
function beforeValue(org: repo.OrganisationRecord, field: string): unknown {
  const col = COLUMN[field];
  return col ? org[col] : undefined;
}

export async function deleteOrganisation(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findOrganisation(trx, id);
    if (!before || !organisationPolicy.can(ctx.actor, 'organisation.read', facts(before)))
      throw notFound('errors:notFound.organisation');
    organisationPolicy.authorize(ctx.actor, 'organisation.delete', facts(before));
    await repo.deleteOrganisation(trx, id);
    await auditOrganisation(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      'organisation.delete',
      id,
      { before: { name: before.name, acronym: before.acronym } },
    );
  });
}

/** One page of the directory, scoped to the caller. */
export async function listOrganisations(
  deps: AppDeps,
  ctx: RequestContext,
  q: z.infer<typeof organisationListQuery>,
) {
  const after = checkedCursor(q.cursor, q.sort === 'newest' ? 'timestamp' : 'text');
  const filter = {
    q: q.q ? normalise(q.q) : undefined,
    country: q.country,
    type: q.type,
    sort: q.sort,
    locale: ctx.locale,
  };
  const rows = await repo.listOrganisations(deps.db, ctx.actor, filter, after, q.limit);
  return pageOf(rows, q.limit, (r) => ({ v: r.sort_key, id: r.id }));
}

/** The most rows one export returns; the directory is far smaller, this only bounds a runaway. */
export const EXPORT_MAX_ROWS = 50_000;

/** Every organisation the caller may see that matches the filters, for CSV/XLSX export. */
export async function exportOrganisations(
  deps: AppDeps,
  ctx: RequestContext,
  q: Omit<z.infer<typeof organisationListQuery>, 'cursor' | 'limit'>,
) {
  const filter = {
    q: q.q ? normalise(q.q) : undefined,
    country: q.country,
    type: q.type,
    sort: q.sort,
    locale: ctx.locale,
  };
  return repo.listOrganisations(deps.db, ctx.actor, filter, null, EXPORT_MAX_ROWS);
}

export { facts as organisationFacts };
