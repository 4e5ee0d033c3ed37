import type { z } from 'zod';
import type {
  CapabilityBody,
  CapabilityPatch,
  capabilityExportQuery,
  capabilityListQuery,
} from '../../../shared/contracts/expertise.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { notFound } from '../../platform/http/errors.js';
import { checkedCursor } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './capabilities.repository.js';
import { canManageIn, canReadRecord, expertisePolicy } from './expertise.policy.js';
import { capabilityFacts } from './expertise.presenter.js';
import { codeNames } from './expertise.repository.js';
import {
  addToCatalogue,
  auditExpertise,
  checkCodes,
  distinct,
  EXPORT_MAX_ROWS,
  PLATFORM,
  pageWithNames,
  searchTextOf,
  sharedFilter,
  visibleOrganisation,
  type Who,
  whoOf,
} from './expertise.support.js';
import { expertsOfCapability } from './experts.repository.js';

/** The names of every code a set of capability rows uses. */
export const namesFor = (ex: Executor, rows: repo.CapabilityRecord[]) =>
  codeNames(ex, {
    sector: rows.flatMap((r) => r.sectors),
    sdg: rows.flatMap((r) => r.sdg_targets),
    instrument: rows.flatMap((r) => r.instruments),
    language: rows.flatMap((r) => r.languages),
  });

async function checkCapabilityCodes(ex: Executor, b: CapabilityPatch, before?: repo.CapabilityRecord) {
  await checkCodes(ex, 'sectors', 'sector', b.sectors, before?.sectors);
  await checkCodes(ex, 'sdgTargets', 'sdg', b.sdgTargets, before?.sdg_targets);
  await checkCodes(ex, 'instruments', 'instrument', b.instruments, before?.instruments);
  await checkCodes(ex, 'languages', 'language', b.languages, before?.languages);
}

const clean = <T extends CapabilityPatch>(b: T): T => ({
  ...b,
  ...(b.sectors && { sectors: distinct(b.sectors) }),
  ...(b.sdgTargets && { sdgTargets: distinct(b.sdgTargets) }),
  ...(b.instruments && { instruments: distinct(b.instruments) }),
  ...(b.languages && { languages: distinct(b.languages) }),
});

const capabilitySearchText = (title: LocaleMap, description: LocaleMap) =>
  searchTextOf(title as Record<string, string>, description as Record<string, string>);

async function insertChecked(trx: Executor, raw: CapabilityBody, who: Who, isDemo: boolean) {
  const b = clean(raw);
  await checkCapabilityCodes(trx, b);
  const { id } = await repo.insertCapability(trx, {
    organisation_id: b.organisationId,
    title: JSON.stringify(b.title),
    description: JSON.stringify(b.description),
    default_locale: b.defaultLocale,
    sectors: b.sectors,
    sdg_targets: b.sdgTargets,
    instruments: b.instruments,
    languages: b.languages,
    capacity_per_year: b.capacityPerYear,
    cost_sharing: b.costSharing,
    cost_sharing_note: JSON.stringify(b.costSharingNote),
    visibility: b.visibility,
    search_text: capabilitySearchText(b.title, b.description),
    is_demo: isDemo,
    created_by: who.actorId,
  });
  const { organisationId, ...rest } = b;
  await auditExpertise(trx, who, { type: 'capability', id, organisationId }, 'capability.create', {
    after: { organisationId, ...rest },
  });
  return id;
}

/** Adds a capability to an organisation's catalogue (capability.manage in its scope). */
export async function createCapability(deps: AppDeps, ctx: RequestContext, b: CapabilityBody) {
  return addToCatalogue(deps, ctx, b.organisationId, (trx, who) => insertChecked(trx, b, who, false));
}

/** Adds a capability on the platform's own authority (demo seed, CLI). */
export async function createCapabilityAsPlatform(
  deps: AppDeps,
  b: CapabilityBody,
  opts: { isDemo: boolean },
) {
  return deps.db.transaction().execute((trx) => insertChecked(trx, b, PLATFORM, opts.isDemo));
}

/** Loads a capability the actor may see; invisible ones are "not found", not "forbidden". */
async function visibleCapability(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findCapability(ex, id);
  if (!row || !canReadRecord(actor, capabilityFacts(row)))
    throw notFound('errors:expertise.capabilityNotFound');
  return row;
}

/** A capability the actor may see (else "not found") and manage (else 403). */
async function capabilityToManage(ex: Executor, actor: Actor, id: string) {
  const row = await visibleCapability(ex, actor, id);
  expertisePolicy.authorize(actor, 'capability.manage', capabilityFacts(row));
  return row;
}

/** A capability with the experts who can deliver it and the names of its codes. */
export async function getCapability(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await visibleCapability(deps.db, ctx.actor, id);
  const experts = await expertsOfCapability(deps.db, id);
  const names = await codeNames(deps.db, {
    sector: [...row.sectors, ...experts.flatMap((e) => e.sectors)],
    sdg: row.sdg_targets,
    instrument: row.instruments,
    language: [...row.languages, ...experts.flatMap((e) => e.languages)],
  });
  return { row, experts, names };
}

const COLUMN: Record<keyof CapabilityPatch, keyof repo.CapabilityRecord> = {
  title: 'title',
  description: 'description',
  sectors: 'sectors',
  sdgTargets: 'sdg_targets',
  instruments: 'instruments',
  languages: 'languages',
  capacityPerYear: 'capacity_per_year',
  costSharing: 'cost_sharing',
  costSharingNote: 'cost_sharing_note',
  visibility: 'visibility',
  defaultLocale: 'default_locale',
};

/** Applies a partial update and records the fields that changed, with their old values. */
export async function updateCapability(deps: AppDeps, ctx: RequestContext, id: string, raw: CapabilityPatch) {
  const patch = clean(raw);
  await deps.db.transaction().execute(async (trx) => {
    const before = await capabilityToManage(trx, ctx.actor, id);
    await checkCapabilityCodes(trx, patch, before);
    const title = patch.title ?? (before.title as LocaleMap);
    const description = patch.description ?? (before.description as LocaleMap);
    await repo.updateCapability(trx, id, {
      ...(patch.title && { title: JSON.stringify(patch.title) }),
      ...(patch.description && { description: JSON.stringify(patch.description) }),
      ...(patch.sectors && { sectors: patch.sectors }),
      ...(patch.sdgTargets && { sdg_targets: patch.sdgTargets }),
      ...(patch.instruments && { instruments: patch.instruments }),
      ...(patch.languages && { languages: patch.languages }),
      ...(patch.capacityPerYear !== undefined && { capacity_per_year: patch.capacityPerYear }),
      ...(patch.costSharing && { cost_sharing: patch.costSharing }),
      ...(patch.costSharingNote && { cost_sharing_note: JSON.stringify(patch.costSharingNote) }),
      ...(patch.visibility && { visibility: patch.visibility }),
      ...(patch.defaultLocale && { default_locale: patch.defaultLocale }),
      search_text: capabilitySearchText(title, description),
      updated_at: deps.clock.now(),
    });
    const keys = Object.keys(patch) as (keyof CapabilityPatch)[];
    await auditExpertise(
      trx,
      whoOf(ctx),
      { type: 'capability', id, organisationId: before.organisation_id },
      'capability.update',
      { before: Object.fromEntries(keys.map((k) => [k, before[COLUMN[k]]])), after: patch },
    );
  });
}

/** Removes a capability (its links to experts go with it). */
export async function deleteCapability(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await capabilityToManage(trx, ctx.actor, id);
    await repo.deleteCapability(trx, id);
    await auditExpertise(
      trx,
      whoOf(ctx),
      { type: 'capability', id, organisationId: before.organisation_id },
      'capability.delete',
      { before: { organisationId: before.organisation_id, title: before.title } },
    );
  });
}

type ListQuery = z.infer<typeof capabilityListQuery>;

const filterOf = (ctx: RequestContext, q: Omit<ListQuery, 'cursor' | 'limit'>): repo.CapabilityFilter => ({
  ...sharedFilter(q),
  sdg: q.sdg,
  instrument: q.instrument,
  sort: q.sort,
  locale: ctx.locale,
});

/** One page of the catalogue's capabilities, scoped to the caller. */
export async function listCapabilities(deps: AppDeps, ctx: RequestContext, q: ListQuery) {
  const after = checkedCursor(q.cursor, q.sort === 'newest' ? 'timestamp' : 'text');
  const rows = await repo.listCapabilities(deps.db, ctx.actor, filterOf(ctx, q), after, q.limit);
  return pageWithNames(rows, q.limit, (items) => namesFor(deps.db, items));
}

/** Every capability the caller may see that matches the filters, for CSV/XLSX. */
export async function exportCapabilities(
  deps: AppDeps,
  ctx: RequestContext,
  q: z.infer<typeof capabilityExportQuery>,
) {
  const rows = await repo.listCapabilities(deps.db, ctx.actor, filterOf(ctx, q), null, EXPORT_MAX_ROWS);
  return { rows, names: await namesFor(deps.db, rows) };
}

/** Whether the caller may add capabilities and experts to an organisation it can see. */
export async function organisationAbilities(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  const org = await visibleOrganisation(deps.db, ctx.actor, organisationId);
  if (!org) throw notFound('errors:notFound.organisation');
  return { manage: canManageIn(ctx.actor, { id: org.id, countryCode: org.country_code }) };
}

export const publicCapabilityCount = (deps: AppDeps) => repo.countPublicCapabilities(deps.db);
