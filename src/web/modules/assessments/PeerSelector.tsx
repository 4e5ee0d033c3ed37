import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PEER_GROUPS } from '../../../shared/contracts/assessments.js';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';
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
  const locale = useLocale();
  const countries = useCountries(locale);
  const [toAdd, setToAdd] = useState('');
  const name = useId();
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const addable = countries.filter((c) => c.code !== countryCode && !choice.codes.includes(c.code));

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
          <ul className="chips">
            {choice.codes.map((code) => (
              <li key={code}>
                <span>{nameOf(code)}</span>
                <Button
                  variant="quiet"
                  aria-label={t('peers.remove', { name: nameOf(code) })}
                  onClick={() => onChange({ ...choice, codes: choice.codes.filter((c) => c !== code) })}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
          {choice.codes.length < MAX_CUSTOM_PEERS ? (
            <div className="inline-form">
              <select
                aria-label={t('peers.countryToAdd')}
                value={toAdd}
                onChange={(e) => setToAdd(e.target.value)}
              >
                <option value="">{t('peers.chooseCountry')}</option>
                {addable.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              <Button
                variant="secondary"
                onClick={() => {
                  if (toAdd) onChange({ ...choice, codes: [...choice.codes, toAdd] });
                  setToAdd('');
                }}
              >
                {t('peers.add')}
              </Button>
            </div>
          ) : null}
          <p className="field-hint">{t('peers.max')}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
