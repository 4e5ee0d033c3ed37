import { useTranslation } from 'react-i18next';
import type { IntroductionSide } from '../../../shared/contracts/introductions.js';
import { partyName, proposerParty } from './pipeline-model.js';
import type { IntroductionSummary } from './types.js';

type Parties = Pick<IntroductionSummary, 'proposedAs' | 'seeker' | 'provider'>;

/** Words the introduction pages share: who proposed, a side's organisation. */
export function useIntroductionLabels() {
  const { t } = useTranslation('introductions');
  const sideName = (i: Parties, side: IntroductionSide) =>
    partyName(side === 'seeker' ? i.seeker : i.provider);
  return {
    sideName,
    /** "Ministry X (seeking side)", "a broker", "the platform". */
    proposer: (i: Parties) => {
      const party = proposerParty(i);
      return t(`proposer.${i.proposedAs}`, { organisation: party ? partyName(party) : '' });
    },
  };
}
