import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/contracts/experiences.js';

/**
 * Where a file stands in the review of the next version: added (readers get it once the version
 * is published) or removed (readers keep it until then). Nothing for a file as published; the
 * server sends these flags only to those who see the working copy.
 */
export function AttachmentReviewNote({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation('experience-editor');
  if (attachment.pending) return <span className="badge">{t('attachments.pendingNote')}</span>;
  if (attachment.removalPending)
    return <span className="badge badge-warning">{t('attachments.removalNote')}</span>;
  return null;
}
