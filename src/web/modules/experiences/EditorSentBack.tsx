import { useTranslation } from 'react-i18next';
import type { ExperienceReview } from '../../../shared/contracts/experiences.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { useReviewCriteria } from './editor-reference.js';

/**
 * Why the experience was sent back: the reviewer's comment first and in full, then the criteria
 * the reviewer did not tick. Shown at the top of the editor until the next decision.
 */
export function EditorSentBack({ review }: { review: ExperienceReview }) {
  const { t } = useTranslation('experience-editor');
  const formatDate = useDateFormat();
  const criteria = useReviewCriteria(useLocale());
  const unmet = criteria.items.filter((c) => review.checklist[c.code] === false);
  return (
    <section className="alert alert-warning sent-back" aria-labelledby="sent-back-title">
      <h2 id="sent-back-title" className="alert-title h3">
        {t('sentBack.title')}
      </h2>
      <p>
        {review.reviewer
          ? t('sentBack.byOn', { name: review.reviewer, date: formatDate(review.createdAt) })
          : t('sentBack.on', { date: formatDate(review.createdAt) })}
      </p>
      <blockquote className="review-comment">{review.comment || t('sentBack.noComment')}</blockquote>
      {unmet.length > 0 ? (
        <>
          <p>{t('sentBack.unmet')}</p>
          <ul>
            {unmet.map((c) => (
              <li key={c.code}>{c.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('sentBack.next')}</p>
    </section>
  );
}
