import { useTranslation } from 'react-i18next';
import { CountryChips } from '../../components/countries/CountryChips.js';

/** The countries a user coordinates: removable chips and a country picker to add one. */
export function CoordinatorEditor({
  codes,
  onChange,
}: {
  codes: string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <div className="field">
      <p className="field-label">{t('users.coordinatorOf')}</p>
      {codes.length === 0 ? <p className="muted">{t('users.noCountries')}</p> : null}
      <CountryChips
        codes={codes}
        onChange={onChange}
        labels={{
          remove: (country) => t('users.removeCountry', { country }),
          select: t('users.addCountryLabel'),
          choose: t('users.chooseCountry'),
          add: t('users.addCountry'),
        }}
      />
    </div>
  );
}
