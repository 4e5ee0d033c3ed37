import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../app/format.js';
import { useIntroductionLabels } from './labels.js';
import type { IntroductionSummary } from './types.js';

type Fact = [label: string, value: ReactNode];

/**
 * The facts an introduction shows alike in the pipeline and on its own page: the offer (none
 * when a provider was introduced without one) and who proposed it, when.
 */
export function useIntroductionFacts() {
  const { t } = useTranslation('introductions');
  const formatDate = useDateFormat();
  const { proposer } = useIntroductionLabels();
  return {
    offer: (i: IntroductionSummary): Fact => [
      t('fields.offer'),
      i.offer ? (
        <Link key="offer" to={`/offers/${i.offer.id}`}>
          {i.offer.title}
        </Link>
      ) : null,
    ],
    proposed: (i: IntroductionSummary): Fact => [
      t('fields.proposed'),
      <time key="proposed" dateTime={i.createdAt}>
        {t('pipeline.proposedBy', { date: formatDate(i.createdAt), who: proposer(i) })}
      </time>,
    ],
  };
}
