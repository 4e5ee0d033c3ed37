import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PEER_GROUPS } from '../../../shared/contracts/assessments.js';
import { CountryChips } from '../../components/countries/CountryChips.js';
import { MAX_CUSTOM_PEERS, type PeerChoice } from './peer-query.js';

interface Props {
  countryCode: string;
  countryName: string;
  /** False when the World Bank gives the country no income group (the income group is then empty). */
  hasIncomeGroup: boolean;
  choice: PeerChoice;
  onChange: (choice: PeerChoice) => void;
}

/** Region, income group or hand-picked countries: native radios and a country list. */
export function PeerSelector({ countryCode, countryName, hasIncomeGroup, choice, onChange }: Props) {
  const { t } = useTranslation('assessments');
  const name = useId();

  return (
    <fieldset className="ax-peers">
      <legend>{t('peers.legend')}</legend>
      <div className="radio-row">
        {PEER_GROUPS.map((group) => (
          <label key={group} className="ax-radio">
            <input
              type="radio"
              name={name}
              value={group}
              checked={choice.peers === group}
              onChange={() => onChange({ ...choice, peers: group })}
            />
            {t(`peers.${group}`)}
          </label>
        ))}
      </div>
      {choice.peers === 'income' && !hasIncomeGroup ? (
        <p className="field-hint">{t('peers.noIncome', { country: countryName })}</p>
      ) : null}
      {choice.peers === 'custom' ? (
        <div>
          {choice.codes.length === 0 ? <p className="field-hint">{t('peers.noneChosen')}</p> : null}
          <CountryChips
            codes={choice.codes}
            onChange={(codes) => onChange({ ...choice, codes })}
            exclude={countryCode}
            max={MAX_CUSTOM_PEERS}
            labels={{
              remove: (country) => t('peers.remove', { name: country }),
              select: t('peers.countryToAdd'),
              choose: t('peers.chooseCountry'),
              add: t('peers.add'),
            }}
          />
          <p className="field-hint">{t('peers.max')}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
