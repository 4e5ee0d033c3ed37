import { useTranslation } from 'react-i18next';
import type { Need } from '../../../shared/contracts/marketplace.js';
import { MarketRecordLoader, MarketRecordPage } from './MarketRecord.js';
import { names, RecordFacts, RecordText, usePeriod, withNote } from './MarketRecordParts.js';

/** A need: the challenge and the change sought, every detail, and what matches it. */
export default function NeedPage() {
  return <MarketRecordLoader<Need> kind="need">{(need) => <NeedView need={need} />}</MarketRecordLoader>;
}

function NeedView({ need }: { need: Need }) {
  const { t } = useTranslation('market');
  const period = usePeriod();
  return (
    <MarketRecordPage
      kind="need"
      record={need}
      texts={[need.challenge, need.changeSought, need.contributionNote]}
    >
      {({ lang, pick }) => {
        const contributions = [
          need.contributesFunds ? t('contribution.funds') : '',
          need.contributesInKind ? t('contribution.inKind') : '',
        ].filter(Boolean);
        return (
          <>
            <RecordText
              id="challenge-heading"
              heading={t('need.text')}
              text={pick(need.challenge)}
              lang={lang}
            />
            <RecordText
              id="change-heading"
              heading={t('need.changeSought')}
              text={pick(need.changeSought)}
              lang={lang}
            />
            <RecordFacts
              record={need}
              own={[
                [t('fields.challengeArea'), need.challengeArea.name],
                [t('fields.outcomes'), names(need.outcomes)],
                [t('fields.deliveryMode'), need.deliveryMode?.name ?? t('fields.anyDeliveryMode')],
                [t('fields.timeframe'), period(need.timeframeFrom, need.timeframeTo) || t('period.none')],
                [
                  t('fields.contributions'),
                  withNote(
                    contributions.length > 0 ? contributions.join(', ') : t('contribution.none'),
                    pick(need.contributionNote),
                  ),
                ],
              ]}
            />
          </>
        );
      }}
    </MarketRecordPage>
  );
}
