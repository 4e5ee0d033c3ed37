import type { Executor } from '../../db/executor.js';
import type { ExperienceAttachmentRow } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { conflict, notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './attachments.repository.js';
import { auditView, authorizeChange, loadVisible, MAX_ATTACHMENTS } from './attachments.service.js';
import { attachmentStore } from './attachments.storage.js';

/**
 * Attachments under review, like the text: once an experience has a published version, what
 * readers see changes only when a reviewer publishes the next one. A file added since is
 * pending (attachments.service.ts); a file removed since is marked and stays public until then.
 */

type Change = { ctx: RequestContext; facts: repo.ExperienceFacts };

/** The audit entry of a change to one attachment (`after` null: deleted). */
const auditChange = (
  trx: Executor,
  { ctx, facts }: Change,
  action: string,
  before: ExperienceAttachmentRow,
  after: ExperienceAttachmentRow | null,
) =>
  recordAudit(trx, {
    actorId: ctx.userId,
    action,
    entityType: 'experience',
    entityId: facts.id,
    organisationId: facts.organisationId,
    before: auditView(before),
    after: after ? auditView(after) : null,
    requestId: ctx.requestId,
  });

/** The attachment to change, once the caller may change the experience's files. */
async function loadForChange(
  deps: AppDeps,
  ctx: RequestContext,
  trx: Executor,
  experienceId: string,
  attachmentId: string,
) {
  const facts = await loadVisible(deps, ctx, experienceId, trx, true);
  authorizeChange(ctx, facts);
  const row = await repo.findAttachment(trx, experienceId, attachmentId, { withPending: true });
  if (!row) throw notFound('errors:attachments.notFound');
  return { change: { ctx, facts }, row };
}

/**
 * Removes an attachment. A file readers have (the experience has a published version and the
 * file is in it) stays theirs until the next version is published: it is only marked, and
 * returned. Otherwise it is deleted at once (null), its file too when no other attachment uses
 * the bytes. Removing a file already marked changes nothing.
 */
export async function removeAttachment(
  deps: AppDeps,
  ctx: RequestContext,
  experienceId: string,
  attachmentId: string,
): Promise<ExperienceAttachmentRow | null> {
  if (!ctx.userId) throw unauthorized();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const { change, row } = await loadForChange(deps, ctx, trx, experienceId, attachmentId);
    if (row.removal_pending) return { kept: row, deleted: null };
    if (row.pending || change.facts.publishedVersion === null) {
      await repo.deleteAttachment(trx, row.id);
      await auditChange(trx, change, 'experience.attachment_remove', row, null);
      return { kept: null, deleted: row };
    }
    const kept = await repo.setRemovalPending(trx, row.id, true);
    await auditChange(trx, change, 'experience.attachment_remove', row, kept);
    return { kept, deleted: null };
  });
  if (outcome.deleted) await releaseFiles(deps, [outcome.deleted.sha256]);
  return outcome.kept;
}

/**
 * Takes back the removal of a published file: readers keep it in the next version too (if the
 * next version has room for it).
 */
export async function keepAttachment(
  deps: AppDeps,
  ctx: RequestContext,
  experienceId: string,
  attachmentId: string,
): Promise<ExperienceAttachmentRow> {
  if (!ctx.userId) throw unauthorized();
  return deps.db.transaction().execute(async (trx) => {
    const { change, row } = await loadForChange(deps, ctx, trx, experienceId, attachmentId);
    if (!row.removal_pending) return row;
    if ((await repo.countAttachments(trx, experienceId)) >= MAX_ATTACHMENTS)
      throw conflict('errors:attachments.tooMany', 'file', { max: MAX_ATTACHMENTS });
    const kept = await repo.setRemovalPending(trx, row.id, false);
    await auditChange(trx, change, 'experience.attachment_keep', row, kept);
    return kept;
  });
}

/**
 * For the approval that publishes the next version, in its transaction: files added since the
 * last version become public, files removed since are deleted. Returns what changed, for the
 * approval's audit entry; pass `released` to `releaseFiles` after the commit.
 */
export async function publishAttachmentChanges(trx: Executor, experienceId: string) {
  const { published, removed } = await repo.publishAttachmentChanges(trx, experienceId);
  return {
    audit: {
      published: published.map((r) => ({ id: r.id, fileName: r.file_name })),
      removed: removed.map((r) => ({ id: r.id, fileName: r.file_name })),
    },
    released: removed.map((r) => r.sha256),
  };
}

/**
 * Deletes the files no attachment refers to any more. For the experience's own deletion: read
 * `shasOfExperience` before deleting it, call this after the commit.
 */
export async function releaseFiles(deps: AppDeps, sha256s: readonly string[]): Promise<void> {
  const store = attachmentStore(deps.config.DATA_DIR);
  for (const sha of new Set(sha256s)) {
    await store.exclusive(sha, async () => {
      if ((await repo.countBySha(deps.db, sha)) === 0) await store.remove(sha);
    });
  }
}
