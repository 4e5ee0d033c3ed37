import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { LinkButton, Loading, Page } from '../../components/ui/index.js';
import { AnswerPanel } from './AnswerPanel.js';
import { FeedbackSection } from './FeedbackSection.js';
import { introductionPath } from './forms-model.js';
import { IntroductionSummary } from './IntroductionSummary.js';
import { IntroductionTimeline } from './IntroductionTimeline.js';
import { SendPanel } from './SendPanel.js';
import { TermsSection } from './TermsSection.js';
import type { Introduction } from './types.js';
import './introductions.css';

/**
 * `/introductions/:id`: the need and offer, both sides, what happened, and what the reader may do
 * now — shown from the abilities the API returns alone (answer for a side, send a suggestion,
 * write the terms, give feedback).
 */
export default function IntroductionPage() {
  const { t } = useTranslation('introductions');
  const { id = '' } = useParams();
  const locale = useLocale();
  const state = useApi<Introduction>(introductionPath(id, locale));
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLDivElement>(null);
  const actionsId = useId();
  const { setData } = state;

  // Another introduction opened from here starts without the previous one's outcome.
  // biome-ignore lint/correctness/useExhaustiveDependencies: id is the trigger
  useEffect(() => setNotice(''), [id]);
  // The panel acted on may be gone after the update: focus goes to the announced outcome instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const onDone = useCallback(
    (updated: Introduction, text: string) => {
      setData(updated);
      setNotice(text);
    },
    [setData],
  );

  const i = state.data;
  if (!i) {
    return (
      <Page title={t('detail.loadingTitle')}>
        {state.error ? <ApiErrorAlert error={state.error} /> : <Loading />}
      </Page>
    );
  }
  const a = i.abilities;
  const sides = (['seeker', 'provider'] as const).filter((s) =>
    s === 'seeker' ? a.answerAsSeeker : a.answerAsProvider,
  );
  const props = { i, onDone };

  return (
    <Page
      title={t('detail.title', { need: i.need.title })}
      before={
        <Link className="back-link" to="/market/mine">
          {t('detail.back')}
        </Link>
      }
      actions={
        a.audit ? (
          <LinkButton variant="secondary" to={`/audit/introduction/${i.id}`}>
            {t('detail.history')}
          </LinkButton>
        ) : null
      }
    >
      <div ref={noticeRef} tabIndex={-1} role="status" className="intro-notice">
        {notice ? <p>{notice}</p> : null}
      </div>
      <IntroductionSummary i={i} />
      {sides.length > 0 || a.send ? (
        <section aria-labelledby={actionsId} className="section">
          <h2 id={actionsId}>{t('detail.actions')}</h2>
          {sides.map((side) => (
            <AnswerPanel key={side} side={side} {...props} />
          ))}
          {a.send ? <SendPanel {...props} /> : null}
        </section>
      ) : null}
      <IntroductionTimeline i={i} />
      {i.state === 'agreed' ? (
        <>
          <TermsSection {...props} />
          <FeedbackSection {...props} />
        </>
      ) : null}
    </Page>
  );
}
