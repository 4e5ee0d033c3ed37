import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';

/** The countries a user coordinates: removable chips and a country picker to add one. */
export function CoordinatorEditor({
  codes,
  onChange,
}: {
  codes: string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation('admin');
  const locale = useLocale();
  const countries = useCountries(locale);
  const [choice, setChoice] = useState('');
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;

  return (
    <div className="field">
      <p className="field-label">{t('users.coordinatorOf')}</p>
      {codes.length === 0 ? <p className="muted">{t('users.noCountries')}</p> : null}
      <ul className="chips">
        {codes.map((code) => (
          <li key={code}>
            {nameOf(code)}
            <Button
              variant="quiet"
              aria-label={t('users.removeCountry', { country: nameOf(code) })}
              onClick={() => onChange(codes.filter((c) => c !== code))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <select
          aria-label={t('users.addCountryLabel')}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">{t('users.chooseCountry')}</option>
          {countries
            .filter((c) => !codes.includes(c.code))
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
        </select>
        <Button
          variant="secondary"
          onClick={() => {
            if (choice) onChange([...codes, choice]);
            setChoice('');
          }}
        >
          {t('users.addCountry')}
        </Button>
      </div>
    </div>
  );
}
