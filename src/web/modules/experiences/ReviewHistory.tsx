import { useTranslation } from 'react-i18next';
import type { ExperienceReview } from '../../../shared/contracts/experiences.js';
import { useDateFormat } from '../../app/format.js';
import { useFieldLabels } from './editor-labels.js';

/** Earlier decisions on this experience, newest first, so a reviewer sees what was asked before. */
export function ReviewHistory({ reviews }: { reviews: ExperienceReview[] }) {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const formatDate = useDateFormat();
  if (reviews.length === 0) return null;
  const ordered = [...reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="review-history" className="review-section">
      <h2 id="review-history">{t('review.history')}</h2>
      <ul className="plain-list">
        {ordered.map((r) => (
          <li key={r.id}>
            <p>
              <strong>{labels.decision(r.decision)}</strong> ·{' '}
              {r.reviewer
                ? t('sentBack.byOn', { name: r.reviewer, date: formatDate(r.createdAt) })
                : t('sentBack.on', { date: formatDate(r.createdAt) })}
            </p>
            {r.comment ? <blockquote className="review-comment">{r.comment}</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
