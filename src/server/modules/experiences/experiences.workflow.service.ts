import type { z } from 'zod';
import type { reviewBody } from '../../../shared/contracts/experiences.js';
import { submitProblems } from '../../../shared/experience-rules.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Problem } from '../../platform/http/errors.js';
import { badRequest, badRequestAll, conflict, forbidden } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { publishAttachmentChanges, releaseFiles } from './attachments.review.service.js';
import { shasOfExperience } from './attachments.service.js';
import { asDocument, checkDocument } from './experiences.document.js';
import { indexExperience } from './experiences.indexer.js';
import { awaitingReview, canDelete, experiencePolicy } from './experiences.policy.js';
import * as repo from './experiences.repository.js';
import {
  auditExperience,
  editable,
  factsOf,
  nowOf,
  platformWho,
  readable,
  requireSignedIn,
  type Who,
  whoOf,
} from './experiences.service.js';

/**
 * The experience workflow, second half: submission, review (approve → the next numbered version;
 * changes requested → back to the author with the comment), verification, archive, restore and
 * deletion. Every change is audited in its transaction; publishing, archiving, restoring and
 * deleting re-index the experience for the library in the same transaction. Publishing also
 * publishes the attachment changes made since the last version (attachments.review.service.ts).
 */

type ReviewInput = z.infer<typeof reviewBody>;

async function submit(deps: AppDeps, who: Who, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await editable(trx, who, id);
    if (awaitingReview(factsOf(row))) throw conflict('errors:experiences.alreadySubmitted');
    if (row.status === 'archived') throw conflict('errors:experiences.archived');
    if (row.status === 'published' && !row.has_pending_edits)
      throw conflict('errors:experiences.nothingToSubmit');
    const doc = asDocument(row.content);
    const problems: Problem[] = submitProblems(doc).map((p) => ({ ...p, field: `content.${p.field}` }));
    const [first, ...rest] = problems;
    if (first) throw badRequestAll([first, ...rest]);
    // Codes are checked afresh, except those already published (retired since, still accepted).
    const published = row.published_version
      ? await repo.findVersion(trx, id, row.published_version)
      : undefined;
    await checkDocument(trx, doc, who.actor, published ? asDocument(published.content) : undefined);
    const at = nowOf(deps, who);
    // A published experience stays published (readers keep its version) while its edits wait.
    const status = row.status === 'published' ? 'published' : 'in_review';
    await repo.updateExperience(trx, id, { status, submitted_at: at, updated_at: at });
    await auditExperience(trx, who, 'experience.submit', row, {
      before: { status: row.status },
      after: { status, submittedAt: at.toISOString() },
    });
  });
}

async function review(deps: AppDeps, who: Who, id: string, body: ReviewInput) {
  requireSignedIn(who);
  const released = await deps.db.transaction().execute(async (trx): Promise<string[]> => {
    const row = await readable(trx, who.actor, id, { lock: true });
    const facts = factsOf(row);
    if (who.userId && who.userId === row.author_id) throw forbidden('errors:experiences.ownReview');
    if (who.actor) experiencePolicy.authorize(who.actor, 'experience.review', facts);
    if (!awaitingReview(facts)) throw conflict('errors:experiences.notInReview');

    const criteria = await repo.reviewCriteria(trx);
    const codes = new Set(criteria.map((c) => c.code));
    const unknown = Object.keys(body.checklist).find((code) => !codes.has(code));
    if (unknown !== undefined)
      throw badRequest('errors:experiences.unknownCriterion', `checklist.${unknown}`, { code: unknown });
    const checklist = Object.fromEntries(criteria.map((c) => [c.code, body.checklist[c.code] === true]));
    const at = nowOf(deps, who);

    if (body.decision === 'approved') {
      const unmet: Problem[] = criteria
        .filter((c) => !checklist[c.code])
        .map((c) => ({ field: `checklist.${c.code}`, key: 'errors:experiences.criterionUnmet' }));
      const [first, ...rest] = unmet;
      if (first) throw badRequestAll([first, ...rest]);
      const version = (row.published_version ?? 0) + 1;
      await repo.insertVersion(trx, {
        experienceId: id,
        version,
        content: asDocument(row.content),
        at,
        by: who.userId,
        note: body.comment,
      });
      await repo.updateExperience(trx, id, {
        status: 'published',
        published_version: version,
        published_at: at,
        reviewed_by: who.userId,
        reviewed_at: at,
        last_verified_at: at,
        reverify_reminded_at: null,
        has_pending_edits: false,
        submitted_at: null,
        updated_at: at,
      });
      const attachments = await publishAttachmentChanges(trx, id);
      await indexExperience(trx, id);
      await repo.insertReview(trx, {
        experienceId: id,
        reviewerId: who.userId,
        decision: 'approved',
        checklist,
        comment: body.comment,
        at,
      });
      await auditExperience(trx, who, 'experience.review', row, {
        before: { status: row.status, version: row.published_version },
        after: {
          decision: 'approved',
          status: 'published',
          version,
          checklist,
          comment: body.comment,
          attachments: attachments.audit,
        },
      });
      return attachments.released;
    }

    if (!body.comment) throw badRequest('errors:experiences.commentRequired', 'comment');
    // Back to the author: a draft again, or a published experience with its edits pending.
    const status = row.published_version ? 'published' : 'draft';
    await repo.updateExperience(trx, id, { status, submitted_at: null, updated_at: at });
    await repo.insertReview(trx, {
      experienceId: id,
      reviewerId: who.userId,
      decision: 'changes_requested',
      checklist,
      comment: body.comment,
      at,
    });
    await auditExperience(trx, who, 'experience.review', row, {
      before: { status: row.status },
      after: { decision: 'changes_requested', status, checklist, comment: body.comment },
    });
    return [];
  });
  // The files of attachments removed with this version, once no other attachment uses them.
  await releaseFiles(deps, released);
}

async function verify(deps: AppDeps, who: Who, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await editable(trx, who, id);
    if (row.status === 'archived') throw conflict('errors:experiences.archived');
    if (row.status !== 'published') throw conflict('errors:experiences.notPublished');
    const at = nowOf(deps, who);
    await repo.updateExperience(trx, id, {
      last_verified_at: at,
      reverify_reminded_at: null,
      updated_at: at,
    });
    await auditExperience(trx, who, 'experience.verify', row, {
      before: { lastVerifiedAt: row.last_verified_at?.toISOString() ?? null },
      after: { lastVerifiedAt: at.toISOString() },
    });
  });
}

async function archive(deps: AppDeps, who: Who, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await editable(trx, who, id);
    if (row.status === 'archived') throw conflict('errors:experiences.archived');
    if (row.status !== 'published') throw conflict('errors:experiences.notPublished');
    const at = nowOf(deps, who);
    // Archiving withdraws edits waiting for review; they stay in the working copy.
    await repo.updateExperience(trx, id, {
      status: 'archived',
      archived_at: at,
      submitted_at: null,
      updated_at: at,
    });
    await indexExperience(trx, id);
    await auditExperience(trx, who, 'experience.archive', row, {
      before: { status: row.status },
      after: { status: 'archived' },
    });
  });
}

async function restore(deps: AppDeps, who: Who, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await editable(trx, who, id);
    if (row.status !== 'archived') throw conflict('errors:experiences.notArchived');
    const status = row.published_version ? 'published' : 'draft';
    const at = nowOf(deps, who);
    await repo.updateExperience(trx, id, { status, archived_at: null, updated_at: at });
    await indexExperience(trx, id);
    await auditExperience(trx, who, 'experience.restore', row, {
      before: { status: 'archived' },
      after: { status },
    });
  });
}

async function remove(deps: AppDeps, who: Who, id: string) {
  requireSignedIn(who);
  // Its attachments go with it (cascade); their files once nothing else refers to them.
  const files = await deps.db.transaction().execute(async (trx) => {
    const row = await readable(trx, who.actor, id, { lock: true });
    if (who.actor && !canDelete(who.actor, factsOf(row)))
      throw row.published_version ? forbidden('errors:experiences.deletePublished') : forbidden();
    const doc = asDocument(row.content);
    const shas = await shasOfExperience(trx, id);
    await repo.deleteExperience(trx, id);
    await indexExperience(trx, id);
    await auditExperience(trx, who, 'experience.delete', row, {
      before: {
        organisationId: row.organisation_id,
        status: row.status,
        publishedVersion: row.published_version,
        title: doc.title,
      },
    });
    return shas;
  });
  await releaseFiles(deps, files);
}

// HTTP use cases --------------------------------------------------------------------------------

/** Submits the working copy for review (a draft, or the pending edits of a published experience). */
export const submitExperience = (deps: AppDeps, ctx: RequestContext, id: string) =>
  submit(deps, whoOf(ctx), id);

/** A reviewer's decision: approve (publishes the next version) or send back with a comment. */
export const reviewExperience = (deps: AppDeps, ctx: RequestContext, id: string, body: ReviewInput) =>
  review(deps, whoOf(ctx), id, body);

/** The owners confirm the published experience is still accurate (it is no longer stale). */
export const verifyExperience = (deps: AppDeps, ctx: RequestContext, id: string) =>
  verify(deps, whoOf(ctx), id);

export const archiveExperience = (deps: AppDeps, ctx: RequestContext, id: string) =>
  archive(deps, whoOf(ctx), id);

export const restoreExperience = (deps: AppDeps, ctx: RequestContext, id: string) =>
  restore(deps, whoOf(ctx), id);

export const deleteExperience = (deps: AppDeps, ctx: RequestContext, id: string) =>
  remove(deps, whoOf(ctx), id);

// Platform entry points (demo seed): no permission checks, attributed to a user, optionally dated --

type As = { by: string | null; at?: Date };

export const submitAsPlatform = (deps: AppDeps, id: string, as: As) =>
  submit(deps, platformWho(as.by, as.at), id);

/** Reviews on the platform's authority; an approval ticks every criterion unless told otherwise. */
export async function reviewAsPlatform(
  deps: AppDeps,
  id: string,
  as: As & { decision: ReviewInput['decision']; comment: string; checklist?: Record<string, boolean> },
) {
  const checklist =
    as.checklist ??
    (as.decision === 'approved'
      ? Object.fromEntries((await repo.reviewCriteria(deps.db)).map((c) => [c.code, true]))
      : {});
  await review(deps, platformWho(as.by, as.at), id, {
    decision: as.decision,
    checklist,
    comment: as.comment,
  });
}

export const verifyAsPlatform = (deps: AppDeps, id: string, as: As) =>
  verify(deps, platformWho(as.by, as.at), id);
export const archiveAsPlatform = (deps: AppDeps, id: string, as: As) =>
  archive(deps, platformWho(as.by, as.at), id);
