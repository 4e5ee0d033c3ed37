import type { Executor } from '../../db/executor.js';
import type { ExperienceAttachmentRow, LocaleMap } from '../../db/schema.js';
import type { ExperienceFacts as PolicyFacts } from './experiences.policy.js';

/**
 * An experience's files, oldest first. Without `withPending`, as readers see them: the files of
 * the published version (those added since are left out; those whose removal waits for the next
 * version stay in).
 */
export async function listAttachments(
  ex: Executor,
  experienceId: string,
  opts: { withPending: boolean },
): Promise<ExperienceAttachmentRow[]> {
  let q = ex.selectFrom('experience_attachments').selectAll().where('experience_id', '=', experienceId);
  if (!opts.withPending) q = q.where('pending', '=', false);
  return q.orderBy('created_at').orderBy('id').execute();
}

/** What the attachment rules need to know about an experience (the experience policy's facts). */
export interface ExperienceFacts extends PolicyFacts {
  id: string;
}

/** An experience's owner, author and workflow state; `lock` holds the row until the transaction ends. */
export async function findExperienceFacts(
  ex: Executor,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<ExperienceFacts | undefined> {
  let q = ex
    .selectFrom('experiences as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select((eb) => [
      'e.id',
      'e.organisation_id as organisationId',
      'o.country_code as countryCode',
      'e.author_id as authorId',
      'e.status',
      'e.published_version as publishedVersion',
      // The text's edits only: enough here, where no ability to submit is decided.
      'e.has_pending_edits as hasPendingEdits',
      eb('e.submitted_at', 'is not', null).$castTo<boolean>().as('submitted'),
    ])
    .where('e.id', '=', id);
  if (opts.lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

/** The files of an experience's next version (those marked for removal leave room). */
export async function countAttachments(ex: Executor, experienceId: string): Promise<number> {
  const row = await ex
    .selectFrom('experience_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('experience_id', '=', experienceId)
    .where('removal_pending', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many attachments (of any experience) use these bytes. */
export async function countBySha(ex: Executor, sha256: string): Promise<number> {
  const row = await ex
    .selectFrom('experience_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(
  ex: Executor,
  v: {
    experienceId: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    caption: LocaleMap;
    createdBy: string | null;
    now: Date;
    /** Added to a published experience: hidden from readers until the next version is published. */
    pending: boolean;
  },
): Promise<ExperienceAttachmentRow> {
  return ex
    .insertInto('experience_attachments')
    .values({
      experience_id: v.experienceId,
      file_name: v.fileName,
      media_type: v.mediaType,
      size_bytes: v.sizeBytes,
      sha256: v.sha256,
      caption: JSON.stringify(v.caption),
      created_by: v.createdBy,
      created_at: v.now,
      pending: v.pending,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One attachment of an experience; without `withPending`, only one readers may see. */
export async function findAttachment(
  ex: Executor,
  experienceId: string,
  attachmentId: string,
  opts: { withPending: boolean },
): Promise<ExperienceAttachmentRow | undefined> {
  let q = ex
    .selectFrom('experience_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('experience_id', '=', experienceId);
  if (!opts.withPending) q = q.where('pending', '=', false);
  return q.executeTakeFirst();
}

export async function deleteAttachment(ex: Executor, attachmentId: string): Promise<void> {
  await ex.deleteFrom('experience_attachments').where('id', '=', attachmentId).execute();
}

/** Marks (or unmarks) an attachment as removed from the next version. */
export async function setRemovalPending(
  ex: Executor,
  attachmentId: string,
  removalPending: boolean,
): Promise<ExperienceAttachmentRow> {
  return ex
    .updateTable('experience_attachments')
    .set({ removal_pending: removalPending })
    .where('id', '=', attachmentId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The attachment changes of a version being published: files added since the last version
 * become public, files removed since are deleted. Returns both (the removed rows' files are
 * released after the commit).
 */
export async function publishAttachmentChanges(
  ex: Executor,
  experienceId: string,
): Promise<{ published: ExperienceAttachmentRow[]; removed: ExperienceAttachmentRow[] }> {
  const published = await ex
    .updateTable('experience_attachments')
    .set({ pending: false })
    .where('experience_id', '=', experienceId)
    .where('pending', '=', true)
    .returningAll()
    .execute();
  const removed = await ex
    .deleteFrom('experience_attachments')
    .where('experience_id', '=', experienceId)
    .where('removal_pending', '=', true)
    .returningAll()
    .execute();
  return { published, removed };
}

/** The distinct files an experience's attachments use (before the experience is deleted). */
export async function shasOfExperience(ex: Executor, experienceId: string): Promise<string[]> {
  const rows = await ex
    .selectFrom('experience_attachments')
    .select('sha256')
    .distinct()
    .where('experience_id', '=', experienceId)
    .execute();
  return rows.map((r) => r.sha256);
}
