import type { Executor } from '../../db/executor.js';
import type { ExperienceAttachmentRow, ExperienceStatus, LocaleMap } from '../../db/schema.js';

/** The files attached to an experience, oldest first. */
export async function listAttachments(
  ex: Executor,
  experienceId: string,
): Promise<ExperienceAttachmentRow[]> {
  return ex
    .selectFrom('experience_attachments')
    .selectAll()
    .where('experience_id', '=', experienceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** What the attachment rules need to know about an experience. */
export interface ExperienceFacts {
  id: string;
  organisationId: string;
  countryCode: string | null;
  authorId: string | null;
  status: ExperienceStatus;
}

/** An experience's owner, author and status; `lock` holds the row until the transaction ends. */
export async function findExperienceFacts(
  ex: Executor,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<ExperienceFacts | undefined> {
  let q = ex
    .selectFrom('experiences as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select([
      'e.id',
      'e.organisation_id as organisationId',
      'o.country_code as countryCode',
      'e.author_id as authorId',
      'e.status',
    ])
    .where('e.id', '=', id);
  if (opts.lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

export async function countAttachments(ex: Executor, experienceId: string): Promise<number> {
  const row = await ex
    .selectFrom('experience_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('experience_id', '=', experienceId)
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
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findAttachment(
  ex: Executor,
  experienceId: string,
  attachmentId: string,
): Promise<ExperienceAttachmentRow | undefined> {
  return ex
    .selectFrom('experience_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('experience_id', '=', experienceId)
    .executeTakeFirst();
}

export async function deleteAttachment(ex: Executor, attachmentId: string): Promise<void> {
  await ex.deleteFrom('experience_attachments').where('id', '=', attachmentId).execute();
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
