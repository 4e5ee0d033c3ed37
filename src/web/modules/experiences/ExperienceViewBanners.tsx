import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { Alert } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';

/**
 * What a reader should know before reading: that the story is archived, a draft or in review
 * (to those who see the working copy, with the way to the editor), that edits await review,
 * that a reviewer sent it back and why, or that nobody has confirmed it for over a year.
 */
export function ExperienceViewBanners({ experience: e }: { experience: Experience }) {
  const { t } = useTranslation('experiences');
  const formatDay = useDayFormat();
  const editTo = `/experiences/${e.id}/edit`;
  const canEdit = e.abilities.edit === true;
  const pending = e.hasPendingEdits && !!e.published;
  const lastReview = [...e.reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const sentBack = lastReview?.decision === 'changes_requested' && e.status !== 'in_review' && !!e.draft;

  return (
    <>
      {e.status === 'archived' ? (
        <Alert tone="warning" title={t('banner.archivedTitle')}>
          <p>{t('banner.archived')}</p>
        </Alert>
      ) : null}
      {e.draft && e.status === 'draft' && !e.published ? (
        <Alert tone="info" title={t('banner.draftTitle')}>
          <p>{t('banner.draft', { date: formatDay(e.draft.updatedAt) })}</p>
          {canEdit ? (
            <p>
              <Link to={editTo}>{t('banner.continue')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {e.draft && e.status === 'in_review' ? (
        <Alert tone="info" title={t('banner.inReviewTitle')}>
          <p>
            {e.submittedAt ? `${t('banner.submitted', { date: formatDay(e.submittedAt) })} ` : null}
            {e.published ? t('banner.inReviewEdits') : t('banner.inReview')}
          </p>
          {e.abilities.review ? (
            <p>
              <Link to={`/experiences/${e.id}/review`}>{t('banner.review')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {pending && e.status !== 'in_review' ? (
        <Alert tone="info" title={t('banner.pendingTitle')}>
          <p>{t('banner.pending', { version: e.published?.version ?? 0 })}</p>
          {canEdit ? (
            <p>
              <Link to={editTo}>{t('banner.continue')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {sentBack && lastReview ? (
        <Alert tone="warning" title={t('banner.sentBackTitle')}>
          <p>
            {t('banner.sentBack', {
              reviewer: lastReview.reviewer ?? t('banner.aReviewer'),
              date: formatDay(lastReview.createdAt),
            })}
          </p>
          {lastReview.comment ? (
            <blockquote className="review-comment prose" dir="auto">
              {lastReview.comment}
            </blockquote>
          ) : null}
        </Alert>
      ) : null}
      {e.stale && e.status === 'published' ? (
        <Alert tone="warning" title={t('stale.title')}>
          <p>
            {e.lastVerifiedAt ? t('stale.text', { date: formatDay(e.lastVerifiedAt) }) : t('stale.textNever')}
            {e.abilities.verify ? ` ${t('stale.verifyHint')}` : null}
          </p>
        </Alert>
      ) : null}
    </>
  );
}
