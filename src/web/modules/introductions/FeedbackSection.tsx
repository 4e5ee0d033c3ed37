import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format.js';
import type { ActionProps } from './AnswerPanel.js';
import { FeedbackForm } from './FeedbackForm.js';
import { useIntroductionLabels } from './labels.js';

/** The feedback each side gave after agreeing, and the form for a side that has not yet. */
export function FeedbackSection({ i, onDone }: ActionProps) {
  const { t } = useTranslation('introductions');
  const formatDate = useDateFormat();
  const { sideName } = useIntroductionLabels();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('feedback.title')}</h2>
      {i.feedback.length === 0 ? (
        <p className="muted">{t('feedback.none')}</p>
      ) : (
        <ul className="intro-list">
          {i.feedback.map((f) => (
            <li key={f.side}>
              <p>
                {t('feedback.given', { organisation: sideName(i, f.side), usefulness: f.usefulness })}{' '}
                <time dateTime={f.createdAt} className="muted">
                  {formatDate(f.createdAt)}
                </time>
              </p>
              {f.comment ? <p className="intro-quote">{f.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {i.abilities.giveFeedback ? (
        <>
          <h3>{t('feedback.yours')}</h3>
          <FeedbackForm i={i} onDone={onDone} />
        </>
      ) : null}
    </section>
  );
}
