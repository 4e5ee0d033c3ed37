import type { Attachment } from '../../../shared/contracts/experiences.js';
import type { ExperienceAttachmentRow } from '../../db/schema.js';

/** Where an attachment is downloaded from. */
export const attachmentUrl = (experienceId: string, attachmentId: string) =>
  `/api/v1/experiences/${experienceId}/attachments/${attachmentId}`;

/**
 * An attachment row as the API shows it (by allow-list: never the hash or the uploader). Where
 * it stands in the review only for those who see the working copy (`withReview`): readers get
 * the published files, and are not told which of them are about to go.
 */
export function toAttachment(row: ExperienceAttachmentRow, withReview: boolean): Attachment {
  const caption = Object.fromEntries(
    Object.entries(row.caption ?? {}).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !!e[1],
    ),
  );
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    caption,
    url: attachmentUrl(row.experience_id, row.id),
    createdAt: row.created_at.toISOString(),
    pending: withReview && row.pending,
    removalPending: withReview && row.removal_pending,
  };
}
