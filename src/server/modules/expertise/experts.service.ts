import type { z } from 'zod';
import type {
  ExpertBody,
  ExpertPatch,
  expertExportQuery,
  expertListQuery,
} from '../../../shared/contracts/expertise.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { checkedCursor } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { capabilityIdsOf } from './capabilities.repository.js';
import { canReadRecord, expertisePolicy, readsPersonalData } from './expertise.policy.js';
import { expertFacts } from './expertise.presenter.js';
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
  type Who,
  whoOf,
} from './expertise.support.js';
import * as repo from './experts.repository.js';

/**
 * Experts are people. Their record exists only with their consent (when, how, and who recorded
 * it), and the audit trail never holds their personal data: name, job title, e-mail and the
 * availability note are written as "changed" without their values, so deleting the record on
 * withdrawal of consent leaves nothing of the person behind.
 */
const PERSONAL = ['fullName', 'jobTitle', 'email', 'availabilityNote'] as const;
const WITHHELD = '•••';

function auditable(b: Partial<ExpertBody>) {
  const out: Record<string, unknown> = { ...b };
  for (const field of PERSONAL) if (field in out) out[field] = WITHHELD;
  return out;
}

/** The latest calendar date anywhere on Earth (UTC+14): a consent dated today in Kiribati is not "future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function checkConsent(consent: ExpertBody['consent'] | undefined, now: Date) {
  if (consent && consent.givenOn > latestToday(now))
    throw badRequest('errors:expertise.consentFuture', 'consent.givenOn', { date: consent.givenOn });
}

async function checkExpertReferences(
  ex: Executor,
  organisationId: string,
  b: ExpertPatch,
  before?: repo.ExpertRecord,
) {
  await checkCodes(ex, 'sectors', 'sector', b.sectors, before?.sectors);
  await checkCodes(ex, 'languages', 'language', b.languages, before?.languages);
  if (b.capabilityIds?.length) {
    const own = await capabilityIdsOf(ex, organisationId, b.capabilityIds);
    const foreign = b.capabilityIds.find((id) => !own.has(id));
    if (foreign) throw badRequest('errors:expertise.foreignCapability', 'capabilityIds', { id: foreign });
  }
}

const clean = <T extends ExpertPatch>(b: T): T => ({
  ...b,
  ...(b.sectors && { sectors: distinct(b.sectors) }),
  ...(b.languages && { languages: distinct(b.languages) }),
  ...(b.capabilityIds && { capabilityIds: distinct(b.capabilityIds) }),
});

const personalSearchText = (fullName: string, jobTitle: string, email: string | null) =>
  searchTextOf(fullName, jobTitle, email);

async function insertChecked(trx: Executor, raw: ExpertBody, who: Who, isDemo: boolean, now: Date) {
  const b = clean(raw);
  checkConsent(b.consent, now);
  await checkExpertReferences(trx, b.organisationId, b);
  const { id } = await repo.insertExpert(trx, {
    organisation_id: b.organisationId,
    full_name: b.fullName,
    job_title: b.jobTitle,
    email: b.email,
    expertise: JSON.stringify(b.expertise),
    sectors: b.sectors,
    languages: b.languages,
    availability: b.availability,
    availability_note: b.availabilityNote,
    consent_given_on: b.consent.givenOn,
    consent_method: b.consent.method,
    consent_recorded_by: who.actorId,
    search_text: searchTextOf(b.expertise as Record<string, string>),
    personal_search_text: personalSearchText(b.fullName, b.jobTitle, b.email),
    is_demo: isDemo,
    created_by: who.actorId,
  });
  await repo.replaceLinks(trx, id, b.capabilityIds);
  await auditExpertise(trx, who, { type: 'expert', id, organisationId: b.organisationId }, 'expert.create', {
    after: auditable(b),
  });
  return id;
}

/** Lists an expert of an organisation (capability.manage in its scope), with their consent. */
export async function createExpert(deps: AppDeps, ctx: RequestContext, b: ExpertBody) {
  return addToCatalogue(deps, ctx, b.organisationId, (trx, who) =>
    insertChecked(trx, b, who, false, deps.clock.now()),
  );
}

/** Lists an expert on the platform's own authority (demo seed, CLI); consent is still required. */
export async function createExpertAsPlatform(deps: AppDeps, b: ExpertBody, opts: { isDemo: boolean }) {
  return deps.db
    .transaction()
    .execute((trx) => insertChecked(trx, b, PLATFORM, opts.isDemo, deps.clock.now()));
}

async function visibleExpert(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findExpert(ex, id);
  if (!row || !canReadRecord(actor, expertFacts(row))) throw notFound('errors:expertise.expertNotFound');
  return row;
}

/** An expert the actor may see (else "not found") and manage (else 403). */
async function expertToManage(ex: Executor, actor: Actor, id: string) {
  const row = await visibleExpert(ex, actor, id);
  expertisePolicy.authorize(actor, 'capability.manage', expertFacts(row));
  return row;
}

/** An expert as the caller may see them, with the capabilities they deliver. */
export async function getExpert(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await visibleExpert(deps.db, ctx.actor, id);
  const capabilities = await repo.capabilitiesOfExpert(deps.db, ctx.actor, id);
  const names = await codeNames(deps.db, {
    sector: row.sectors,
    sdg: [],
    instrument: [],
    language: row.languages,
  });
  return { row, capabilities, names };
}

const COLUMN: Record<Exclude<keyof ExpertPatch, 'capabilityIds' | 'consent'>, keyof repo.ExpertRecord> = {
  fullName: 'full_name',
  jobTitle: 'job_title',
  email: 'email',
  expertise: 'expertise',
  sectors: 'sectors',
  languages: 'languages',
  availability: 'availability',
  availabilityNote: 'availability_note',
};

/** Applies a partial update; a new consent is recorded as given by the caller's hand. */
export async function updateExpert(deps: AppDeps, ctx: RequestContext, id: string, raw: ExpertPatch) {
  const patch = clean(raw);
  await deps.db.transaction().execute(async (trx) => {
    const before = await expertToManage(trx, ctx.actor, id);
    checkConsent(patch.consent, deps.clock.now());
    await checkExpertReferences(trx, before.organisation_id, patch, before);
    const fullName = patch.fullName ?? before.full_name;
    const jobTitle = patch.jobTitle ?? before.job_title;
    const email = patch.email !== undefined ? patch.email : before.email;
    await repo.updateExpert(trx, id, {
      ...(patch.fullName !== undefined && { full_name: patch.fullName }),
      ...(patch.jobTitle !== undefined && { job_title: patch.jobTitle }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.expertise && {
        expertise: JSON.stringify(patch.expertise),
        search_text: searchTextOf(patch.expertise as Record<string, string>),
      }),
      ...(patch.sectors && { sectors: patch.sectors }),
      ...(patch.languages && { languages: patch.languages }),
      ...(patch.availability && { availability: patch.availability }),
      ...(patch.availabilityNote !== undefined && { availability_note: patch.availabilityNote }),
      ...(patch.consent && {
        consent_given_on: patch.consent.givenOn,
        consent_method: patch.consent.method,
        consent_recorded_by: ctx.userId,
      }),
      personal_search_text: personalSearchText(fullName, jobTitle, email),
      updated_at: deps.clock.now(),
    });
    const beforeValues: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as (keyof ExpertPatch)[]) {
      if (key === 'capabilityIds') beforeValues[key] = await repo.linkedCapabilityIds(trx, id);
      else if (key === 'consent')
        beforeValues[key] = { givenOn: before.consent_given_on, method: before.consent_method };
      else beforeValues[key] = before[COLUMN[key]];
    }
    if (patch.capabilityIds) await repo.replaceLinks(trx, id, patch.capabilityIds);
    await auditExpertise(
      trx,
      whoOf(ctx),
      { type: 'expert', id, organisationId: before.organisation_id },
      'expert.update',
      { before: auditable(beforeValues as Partial<ExpertBody>), after: auditable(patch) },
    );
  });
}

/**
 * Removes an expert (for instance when they withdraw their consent). The audit entry keeps
 * only the record's id and organisation.
 */
export async function deleteExpert(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await expertToManage(trx, ctx.actor, id);
    await repo.deleteExpert(trx, id);
    await auditExpertise(
      trx,
      whoOf(ctx),
      { type: 'expert', id, organisationId: before.organisation_id },
      'expert.delete',
      { before: { organisationId: before.organisation_id } },
    );
  });
}

type ListQuery = z.infer<typeof expertListQuery>;

const filterOf = (ctx: RequestContext, q: Omit<ListQuery, 'cursor' | 'limit'>): repo.ExpertFilter => ({
  ...sharedFilter(q),
  availability: q.availability,
  personal: readsPersonalData(ctx.actor),
});

export const namesFor = (ex: Executor, rows: repo.ExpertRecord[]) =>
  codeNames(ex, {
    sector: rows.flatMap((r) => r.sectors),
    sdg: [],
    instrument: [],
    language: rows.flatMap((r) => r.languages),
  });

/** One page of experts, scoped to the caller (signed-in readers: by name; visitors: newest first). */
export async function listExperts(deps: AppDeps, ctx: RequestContext, q: ListQuery) {
  const filter = filterOf(ctx, q);
  const after = checkedCursor(q.cursor, filter.personal ? 'text' : 'timestamp');
  const rows = await repo.listExperts(deps.db, ctx.actor, filter, after, q.limit);
  return pageWithNames(rows, q.limit, (items) => namesFor(deps.db, items));
}

/** Every expert the caller may see that matches the filters, for CSV/XLSX. */
export async function exportExperts(
  deps: AppDeps,
  ctx: RequestContext,
  q: z.infer<typeof expertExportQuery>,
) {
  const rows = await repo.listExperts(deps.db, ctx.actor, filterOf(ctx, q), null, EXPORT_MAX_ROWS);
  return { rows, names: await namesFor(deps.db, rows) };
}

export const publicExpertCount = (deps: AppDeps) => repo.countPublicExperts(deps.db);
