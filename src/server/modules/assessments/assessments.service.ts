import type { z } from 'zod';
import type { assessmentBody, assessmentPatch, RatingInput } from '../../../shared/contracts/assessments.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import {
  AppError,
  badRequest,
  badRequestAll,
  conflict,
  forbidden,
  notFound,
  unauthorized,
} from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import {
  type AssessmentFacts,
  assessmentPolicy,
  canChange,
  canDelete,
  canEditCountry,
  canRead,
} from './assessments.policy.js';
import * as repo from './assessments.repository.js';
import { cleanMap, countryOr404 } from './assessments.support.js';

/**
 * A country's rounds of self-assessment: a draft its coordinators fill in, then submit into the
 * public history. (Reading across countries is assessments.comparison.service.ts.)
 */

type Body = z.output<typeof assessmentBody>;
type Patch = z.output<typeof assessmentPatch>;
type Who = { actorId: string | null; requestId: string };

const facts = (a: { country_code: string; status: 'draft' | 'submitted' }): AssessmentFacts => ({
  countryCode: a.country_code,
  status: a.status,
});

/**
 * The latest day anyone on Earth can be living now (UTC+14): an assessment held "today" in
 * Kiribati is not refused as being in the future by a server that keeps UTC.
 */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function checkDate(deps: AppDeps, assessedOn: string | undefined) {
  if (assessedOn !== undefined && assessedOn > latestToday(deps.clock.now()))
    throw badRequest('errors:assessments.futureDate', 'assessedOn');
}

function checkDimensions(ratings: Record<string, RatingInput> | undefined, active: Set<string>) {
  for (const code of Object.keys(ratings ?? {})) {
    if (!active.has(code))
      throw badRequest('errors:assessments.unknownDimension', `ratings.${code}`, { code });
  }
}

/** The rows to write: each dimension sent, its fields merged over what was stored. */
function mergeRatings(stored: readonly repo.RatingRecord[], input: Record<string, RatingInput>) {
  const before = new Map(stored.map((r) => [r.dimension, r]));
  return Object.entries(input).map(([dimension, r]) => {
    const old = before.get(dimension);
    return {
      dimension,
      rating: r.rating !== undefined ? r.rating : (old?.rating ?? null),
      evidence: cleanMap(r.evidence) ?? (old?.evidence as LocaleMap | undefined) ?? {},
      links: r.links ?? (old?.links as string[] | undefined) ?? [],
    };
  });
}

async function audit(ex: Executor, who: Who, action: string, id: string, change: object) {
  await recordAudit(ex, {
    actorId: who.actorId,
    action,
    entityType: 'assessment',
    entityId: id,
    ...change,
    requestId: who.requestId,
  });
}

async function activeCodes(ex: Executor): Promise<Set<string>> {
  return new Set((await repo.listDimensions(ex)).map((d) => d.code));
}

function draftExists(id: string | undefined): AppError {
  return new AppError(409, 'conflict', 'errors:assessments.draftExists', {
    field: 'countryCode',
    problems: id ? [{ field: 'draftId', key: 'errors:assessments.draftExists', value: id }] : [],
    ...(id ? { location: `/api/v1/assessments/${id}` } : {}),
  });
}

/** Inserts a draft round (checked and audited) inside `trx`. */
async function insertDraft(
  trx: Executor,
  deps: AppDeps,
  who: Who,
  countryCode: string,
  b: Body,
  opts: { createdBy: string | null; isDemo: boolean; at: Date },
): Promise<string> {
  if (!(await repo.findCountry(trx, countryCode)))
    throw badRequest('errors:assessments.unknownCountry', 'countryCode', { code: countryCode });
  const existing = await repo.findDraftOf(trx, countryCode);
  if (existing) throw draftExists(existing.id);
  checkDate(deps, b.assessedOn);
  checkDimensions(b.ratings, await activeCodes(trx));
  const { id } = await repo.insertAssessment(trx, {
    country_code: countryCode,
    assessed_on: b.assessedOn,
    participants: b.participants,
    summary: cleanMap(b.summary) ?? {},
    created_by: opts.createdBy,
    is_demo: opts.isDemo,
    at: opts.at,
  });
  await repo.saveRatings(trx, id, mergeRatings([], b.ratings));
  await audit(trx, who, 'assessment.create', id, { after: { countryCode, ...b } });
  return id;
}

/** Two requests racing past the draft check meet the one-draft index: answer as the check would. */
async function raceToDraft(deps: AppDeps, countryCode: string, err: unknown): Promise<never> {
  if (isUniqueViolation(err)) throw draftExists((await repo.findDraftOf(deps.db, countryCode))?.id);
  throw err;
}

/** Starts a country's next round as a draft; only its coordinators and administrators may. */
export async function createAssessment(deps: AppDeps, ctx: RequestContext, countryCode: string, b: Body) {
  if (!ctx.userId) throw unauthorized();
  if (!canEditCountry(ctx.actor, countryCode)) throw forbidden();
  const who = { actorId: ctx.userId, requestId: ctx.requestId };
  const at = deps.clock.now();
  return deps.db
    .transaction()
    .execute((trx) =>
      insertDraft(trx, deps, who, countryCode, b, { createdBy: ctx.userId, isDemo: false, at }),
    )
    .catch((err: unknown) => raceToDraft(deps, countryCode, err));
}

/** Loads a round the caller may see (a draft only for its editors); others get 404. */
async function visible(ex: Executor, ctx: RequestContext, id: string) {
  const a = await repo.findAssessment(ex, id);
  if (!a || !canRead(ctx.actor, facts(a))) throw notFound('errors:assessments.notFound');
  return a;
}

/** Loads a round for a change: 404 if invisible, 401/403 if not an editor, 409 once submitted. */
async function changeable(ex: Executor, ctx: RequestContext, id: string) {
  const a = await visible(ex, ctx, id);
  assessmentPolicy.authorize(ctx.actor, 'assessment.edit', facts(a));
  if (!canChange(ctx.actor, facts(a))) throw conflict('errors:assessments.submitted', 'status');
  return a;
}

export interface AssessmentView {
  record: repo.AssessmentRecord;
  ratings: repo.RatingRecord[];
  dimensions: repo.DimensionRow[];
}

async function view(ex: Executor, record: repo.AssessmentRecord): Promise<AssessmentView> {
  const [ratings, dimensions] = await Promise.all([repo.ratingsOf(ex, [record.id]), repo.listDimensions(ex)]);
  return { record, ratings, dimensions };
}

export async function getAssessment(deps: AppDeps, ctx: RequestContext, id: string) {
  return view(deps.db, await visible(deps.db, ctx, id));
}

/** Saves a draft: any subset of fields; ratings merged per dimension and per field. */
export async function updateAssessment(deps: AppDeps, ctx: RequestContext, id: string, patch: Patch) {
  await deps.db.transaction().execute(async (trx) => {
    const a = await changeable(trx, ctx, id);
    checkDate(deps, patch.assessedOn);
    checkDimensions(patch.ratings, await activeCodes(trx));
    const stored = await repo.ratingsOf(trx, [id]);
    const rows = mergeRatings(stored, patch.ratings ?? {});
    const summary = cleanMap(patch.summary);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const note = (field: string, old: unknown, now: unknown) => {
      if (now === undefined || JSON.stringify(old) === JSON.stringify(now)) return;
      before[field] = old;
      after[field] = now;
    };
    note('assessedOn', a.assessed_on, patch.assessedOn);
    note('participants', a.participants, patch.participants);
    note('summary', a.summary, summary);
    const byDimension = new Map(stored.map((r) => [r.dimension, r]));
    const changedRows = rows.filter((r) => {
      const old = byDimension.get(r.dimension);
      const was = old
        ? { rating: old.rating, evidence: old.evidence, links: old.links }
        : { rating: null, evidence: {}, links: [] };
      const now = { rating: r.rating, evidence: r.evidence, links: r.links };
      note(`ratings.${r.dimension}`, was, now);
      return JSON.stringify(was) !== JSON.stringify(now);
    });
    // An autosave that changes nothing writes nothing, and leaves no audit entry.
    if (Object.keys(after).length === 0) return;
    await repo.updateAssessment(trx, id, {
      ...(patch.assessedOn !== undefined && { assessed_on: patch.assessedOn }),
      ...(patch.participants !== undefined && { participants: patch.participants }),
      ...(summary !== undefined && { summary }),
      updated_at: deps.clock.now(),
    });
    await repo.saveRatings(trx, id, changedRows);
    await audit(trx, { actorId: ctx.userId, requestId: ctx.requestId }, 'assessment.update', id, {
      before,
      after,
    });
  });
  return getAssessment(deps, ctx, id);
}

/** The dimensions still unrated, in order. */
function missingRatings(dimensions: readonly repo.DimensionRow[], ratings: readonly repo.RatingRecord[]) {
  const rated = new Set(ratings.filter((r) => r.rating !== null).map((r) => r.dimension));
  return dimensions.filter((d) => !rated.has(d.code)).map((d) => d.code);
}

async function submitChecked(trx: Executor, who: Who, id: string, by: string | null, at: Date) {
  const dimensions = await repo.listDimensions(trx);
  const missing = missingRatings(dimensions, await repo.ratingsOf(trx, [id]));
  if (missing.length > 0) {
    const [first, ...rest] = missing.map((code) => ({
      field: `ratings.${code}.rating`,
      key: 'errors:assessments.missingRating' as const,
    }));
    throw badRequestAll([first!, ...rest]);
  }
  await repo.updateAssessment(trx, id, {
    status: 'submitted',
    submitted_by: by,
    submitted_at: at,
    updated_at: at,
  });
  await audit(trx, who, 'assessment.submit', id, {
    before: { status: 'draft' },
    after: { status: 'submitted' },
  });
}

/** Submits a draft once every active dimension is rated; it becomes part of the public history. */
export async function submitAssessment(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    await changeable(trx, ctx, id);
    await submitChecked(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      id,
      ctx.userId,
      deps.clock.now(),
    );
  });
  return getAssessment(deps, ctx, id);
}

/** Discards a draft (its editors) or removes a submitted round (platform administrators only). */
export async function deleteAssessment(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const a = await visible(trx, ctx, id);
    if (!canDelete(ctx.actor, facts(a))) {
      if (!ctx.userId) throw unauthorized();
      throw a.status === 'submitted' ? forbidden('errors:assessments.deleteSubmitted') : forbidden();
    }
    await repo.deleteAssessment(trx, id);
    await audit(trx, { actorId: ctx.userId, requestId: ctx.requestId }, 'assessment.delete', id, {
      before: { countryCode: a.country_code, status: a.status, assessedOn: a.assessed_on },
    });
  });
}

/** A country's rounds, newest first (its draft too, for those who may edit it). */
export async function listCountryAssessments(deps: AppDeps, ctx: RequestContext, code: string) {
  const country = await countryOr404(deps.db, code);
  const editor = canEditCountry(ctx.actor, code);
  const records = await repo.listCountryAssessments(deps.db, code, editor);
  const [ratings, dimensions] = await Promise.all([
    repo.ratingsOf(
      deps.db,
      records.map((r) => r.id),
    ),
    repo.listDimensions(deps.db),
  ]);
  const hasDraft = records.some((r) => r.status === 'draft');
  return {
    country,
    views: records.map((record) => ({
      record,
      ratings: ratings.filter((r) => r.assessment_id === record.id),
      dimensions,
    })),
    abilities: { create: editor && !hasDraft, edit: editor },
  };
}

/** Every visible round of a country × every dimension, for its CSV/XLSX download. */
export async function exportCountry(deps: AppDeps, ctx: RequestContext, code: string) {
  const { country, views } = await listCountryAssessments(deps, ctx, code);
  return { country, views };
}

// —— The platform's own authority (demo seed, CLI) ——

/** Creates a draft round as the platform (no request), e.g. for demo data. */
export async function createAssessmentAsPlatform(
  deps: AppDeps,
  countryCode: string,
  b: Body,
  opts: { createdBy: string | null; isDemo: boolean; at?: Date },
): Promise<string> {
  const who = { actorId: null, requestId: 'platform' };
  const at = opts.at ?? deps.clock.now();
  return deps.db
    .transaction()
    .execute((trx) => insertDraft(trx, deps, who, countryCode, b, { ...opts, at }))
    .catch((err: unknown) => raceToDraft(deps, countryCode, err));
}

/** Submits a round as the platform, recording who submitted it and when. */
export async function submitAssessmentAsPlatform(
  deps: AppDeps,
  id: string,
  opts: { submittedBy: string | null; at?: Date },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const a = await repo.findAssessment(trx, id);
    if (!a) throw notFound('errors:assessments.notFound');
    if (a.status !== 'draft') throw conflict('errors:assessments.submitted', 'status');
    await submitChecked(
      trx,
      { actorId: null, requestId: 'platform' },
      id,
      opts.submittedBy,
      opts.at ?? deps.clock.now(),
    );
  });
}

export { facts as assessmentFacts };
