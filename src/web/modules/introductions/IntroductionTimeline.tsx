import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../app/format.js';
import { useIntroductionLabels } from './labels.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';
import type { Introduction } from './types.js';

/** What happened, oldest first: the proposal, each answer with its reason, agreement or expiry, feedback. */
export function IntroductionTimeline({ i }: { i: Introduction }) {
  const { t } = useTranslation('introductions');
  const formatDate = useDateFormat();
  const { proposer, sideName } = useIntroductionLabels();
  const headingId = useId();

  const describeEvent = (e: TimelineEvent): { text: string; detail?: string } => {
    switch (e.kind) {
      case 'suggested':
      case 'proposed':
        return { text: t(`timeline.${e.kind}`, { who: proposer(i) }) };
      case 'answered':
        return {
          text: t(`timeline.${e.answer}`, { organisation: sideName(i, e.side) }),
          ...(e.reason ? { detail: t('timeline.reason', { reason: e.reason }) } : {}),
        };
      case 'feedback':
        // The comment itself is in the feedback section, not told twice.
        return {
          text: t('timeline.feedback', { organisation: sideName(i, e.side), usefulness: e.usefulness }),
        };
      default:
        return { text: t(`timeline.${e.kind}`) };
    }
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('timeline.title')}</h2>
      <ol className="intro-timeline">
        {buildTimeline(i).map((e) => {
          const { text, detail } = describeEvent(e);
          return (
            <li key={`${e.kind}-${e.at}-${'side' in e ? e.side : ''}`}>
              <time dateTime={e.at} className="muted">
                {formatDate(e.at)}
              </time>
              <p>{text}</p>
              {detail ? <p className="intro-quote">{detail}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
