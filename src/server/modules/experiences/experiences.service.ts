import type { z } from 'zod';
import type { ExperienceDocument, experienceDraftBody } from '../../../shared/contracts/experiences.js';
import { localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { listAttachments } from './attachments.repository.js';
import {
  asDocument,
  checkDocument,
  documentChanges,
  organisationIdsOf,
  sameDocument,
} from './experiences.document.js';
import {
  awaitingReview,
  canCreateIn,
  canEdit,
  canRead,
  type ExperienceFacts,
  experiencePolicy,
  isReviewerFor,
  seesWorkingCopy,
} from './experiences.policy.js';
import * as repo from './experiences.repository.js';

/**
 * The experience workflow, first half: who acts, loading with visibility, creating, autosaving
 * the working copy and reading (one experience, a version, my experiences, the review queue).
 * Submission, review and the rest: experiences.workflow.service.ts.
 */

/** Who makes a change: a signed-in user (with their roles) or the platform (seed, CLI) for a user. */
export interface Who {
  /** Null on the platform's own authority: no permission checks, every organisation visible. */
  actor: Actor | null;
  userId: string | null;
  requestId: string;
  /** When the change happens (the demo seed dates its history); defaults to the clock. */
  at?: Date;
}
export const whoOf = (ctx: RequestContext): Who => ({
  actor: ctx.actor,
  userId: ctx.userId,
  requestId: ctx.requestId,
});
export const platformWho = (userId: string | null, at?: Date): Who => ({
  actor: null,
  userId,
  requestId: 'platform',
  ...(at && { at }),
});
export const nowOf = (deps: AppDeps, who: Who) => who.at ?? deps.clock.now();

/** Visitors are asked to sign in before any change. */
export function requireSignedIn(who: Who) {
  if (who.actor && !who.actor.userId) throw unauthorized();
}

/** One entry on the experience's trail, filed under its organisation (so its owners read it). */
export async function auditExperience(
  ex: Executor,
  who: Who,
  action: string,
  e: { id: string; organisation_id: string },
  change: { before?: unknown; after?: unknown },
) {
  await recordAudit(ex, {
    actorId: who.userId,
    action,
    entityType: 'experience',
    entityId: e.id,
    organisationId: e.organisation_id,
    ...change,
    requestId: who.requestId,
  });
}

export const factsOf = (r: repo.ExperienceRecord): ExperienceFacts => ({
  organisationId: r.organisation_id,
  countryCode: r.org_country,
  authorId: r.author_id,
  status: r.status,
  publishedVersion: r.published_version,
  hasPendingEdits: r.has_pending_edits,
  submitted: r.submitted_at !== null,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** An experience the actor may read (the platform reads every one); else "not found". */
export async function readable(ex: Executor, actor: Actor | null, id: string, opts: { lock?: boolean } = {}) {
  const row = isUuid(id) ? await repo.findExperience(ex, id, opts) : undefined;
  if (!row || (actor && !canRead(actor, factsOf(row)))) throw notFound('errors:experiences.notFound');
  return row;
}

/** An experience the actor may read (else 404) and edit (else 401/403), locked for the change. */
export async function editable(ex: Executor, who: Who, id: string) {
  requireSignedIn(who);
  const row = await readable(ex, who.actor, id, { lock: true });
  if (who.actor) experiencePolicy.authorize(who.actor, 'experience.edit', factsOf(row));
  return row;
}

// Creating and autosaving ---------------------------------------------------------------------

interface CreateInput {
  organisationId: string;
  content: ExperienceDocument;
}

async function create(deps: AppDeps, who: Who, input: CreateInput, isDemo: boolean) {
  requireSignedIn(who);
  const at = nowOf(deps, who);
  return deps.db.transaction().execute(async (trx) => {
    const [org] = await repo.organisationsByIds(trx, [input.organisationId]);
    const seen =
      org &&
      (!who.actor ||
        canSee(who.actor, {
          visibility: org.visibility,
          organisationId: org.id,
          countryCode: org.country_code,
        }));
    if (!org || !seen) throw badRequest('errors:experiences.noSuchOrganisation', 'organisationId');
    if (who.actor && !canCreateIn(who.actor, { id: org.id, countryCode: org.country_code }))
      throw forbidden();
    await checkDocument(trx, input.content, who.actor);
    const id = await repo.insertExperience(trx, {
      organisationId: org.id,
      authorId: who.userId,
      content: input.content,
      at,
      isDemo,
    });
    const { after } = documentChanges(null, input.content);
    await auditExperience(
      trx,
      who,
      'experience.create',
      { id, organisation_id: org.id },
      {
        after: { organisationId: org.id, status: 'draft', ...after },
      },
    );
    return id;
  });
}

async function saveDraft(deps: AppDeps, who: Who, id: string, body: z.infer<typeof experienceDraftBody>) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await editable(trx, who, id);
    if (awaitingReview(factsOf(row))) throw conflict('errors:experiences.inReview');
    if (row.status === 'archived') throw conflict('errors:experiences.archived');
    if (body.baseUpdatedAt && new Date(body.baseUpdatedAt) < row.content_updated_at)
      throw conflict('errors:experiences.staleDraft', 'baseUpdatedAt');
    const before = asDocument(row.content);
    await checkDocument(trx, body.content, who.actor, before);
    const { count, ...change } = documentChanges(before, body.content);
    if (count === 0) return; // nothing changed: nothing to save or record
    const published = row.published_version
      ? await repo.findVersion(trx, id, row.published_version)
      : undefined;
    const pending = published ? !sameDocument(asDocument(published.content), body.content) : false;
    const at = nowOf(deps, who);
    await repo.updateExperience(trx, id, {
      content: body.content,
      content_updated_at: at,
      has_pending_edits: pending,
      updated_at: at,
    });
    await auditExperience(trx, who, 'experience.save_draft', row, change);
  });
}

/** Creates a draft in an organisation the caller may add experiences to; the caller is its author. */
export const createExperience = (deps: AppDeps, ctx: RequestContext, input: CreateInput) =>
  create(deps, whoOf(ctx), input, false);

/** Saves the working copy (autosave): incomplete is fine, unknown codes and stale copies are not. */
export const saveExperienceDraft = (
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof experienceDraftBody>,
) => saveDraft(deps, whoOf(ctx), id, body);

/** Creates a draft on the platform's authority (demo seed), written by `authorId`, optionally dated. */
export const createExperienceAsPlatform = (
  deps: AppDeps,
  input: CreateInput & { authorId: string | null; at?: Date },
  opts: { isDemo: boolean },
) => create(deps, platformWho(input.authorId, input.at), input, opts.isDemo);

/** Sets a demo experience's view count (demo seed only; not audited: views are not content). */
export const setViewCountAsPlatform = (deps: AppDeps, id: string, count: number) =>
  repo.setViewCount(deps.db, id, count);

// Reading -------------------------------------------------------------------------------------

/**
 * Everything an experience page shows, scoped to the caller: the working copy and the reviews
 * only for those who may edit or review it. With `countView` (a reader opening the page), a
 * published experience read by someone who cannot edit it counts one view. `justReviewed` is only
 * for answering a review the caller has just made (they were allowed to read it a moment ago).
 */
export async function getExperience(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  opts: { countView?: boolean; justReviewed?: boolean } = {},
) {
  // The answer to a reviewer's own decision shows them what they decided on, even once the
  // experience went back to its author as a draft (which they may no longer read afterwards).
  const row = await readable(deps.db, opts.justReviewed ? null : ctx.actor, id);
  const facts = factsOf(row);
  const mayEdit = canEdit(ctx.actor, facts);
  if (opts.countView && row.status === 'published' && !mayEdit) {
    await repo.countView(deps.db, id);
    row.view_count = Number(row.view_count) + 1;
  }
  const published = row.published_version
    ? await repo.findVersion(deps.db, id, row.published_version)
    : undefined;
  const reviewer = isReviewerFor(ctx.actor, facts);
  // The working copy (with the files added since the last version): its editors, and reviewers
  // while it waits for them; the decisions: both.
  const seesDraft = seesWorkingCopy(ctx.actor, facts) || (reviewer && !!opts.justReviewed);
  const seesReviews = mayEdit || reviewer;
  const docs = [
    ...(published ? [asDocument(published.content)] : []),
    ...(seesDraft ? [asDocument(row.content)] : []),
  ];
  const [versions, reviews, attachments, orgs] = await Promise.all([
    repo.listVersions(deps.db, id),
    seesReviews ? repo.listReviews(deps.db, id) : Promise.resolve([]),
    listAttachments(deps.db, id, { withPending: seesDraft }),
    repo.organisationsByIds(deps.db, [...new Set(docs.flatMap(organisationIdsOf))]),
  ]);
  return { row, published, versions, reviews, attachments, orgs, seesDraft, now: deps.clock.now() };
}
export type ExperienceData = Awaited<ReturnType<typeof getExperience>>;

/** One published version of an experience the caller may read. */
export async function getExperienceVersion(deps: AppDeps, ctx: RequestContext, id: string, version: number) {
  await readable(deps.db, ctx.actor, id);
  const v = await repo.findVersion(deps.db, id, version);
  if (!v) throw notFound('errors:experiences.versionNotFound', { version });
  return v;
}

/** The experiences the caller wrote or may edit as an administrator or editor of their organisation. */
export async function listMyExperiences(deps: AppDeps, ctx: RequestContext) {
  if (!ctx.userId) throw unauthorized();
  const editable = Object.entries(ctx.actor.memberships)
    .filter(([, role]) => role === 'org_admin' || role === 'editor')
    .map(([orgId]) => orgId);
  return { rows: await repo.listMine(deps.db, ctx.userId, editable), now: deps.clock.now() };
}

/** What waits for the caller's review (empty for those who review nothing). */
export async function reviewQueue(deps: AppDeps, ctx: RequestContext) {
  if (!ctx.userId) throw unauthorized();
  return { rows: await repo.listReviewQueue(deps.db, ctx.actor), now: deps.clock.now() };
}

/** The acceptance criteria a reviewer ticks, in the reader's language. */
export async function reviewCriteria(deps: AppDeps, ctx: RequestContext) {
  const rows = await repo.reviewCriteria(deps.db);
  return rows.map((r) => ({
    code: r.code,
    label: localized(r.label, ctx.locale) || r.code,
    definition: localized(r.definition, ctx.locale),
  }));
}

/** Published experiences, for the home page's counts. */
export const publishedCount = (deps: AppDeps) => repo.countPublished(deps.db);
