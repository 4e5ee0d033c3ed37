import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../shared/contracts/reference.js';
import { CountryChipList } from '../../components/countries/CountryChips.js';
import { Button, Select } from '../../components/ui/index.js';
import { COMPARE_MAX } from './compare-codes.js';

interface Props {
  codes: readonly string[];
  countries: readonly Country[];
  nameOf: (code: string) => string;
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}

/** The countries in the comparison, each removable, and a country list to add another (up to five). */
export function ComparePicker({ codes, countries, nameOf, onAdd, onRemove }: Props) {
  const { t } = useTranslation('countries');
  const [choice, setChoice] = useState('');
  const full = codes.length >= COMPARE_MAX;

  return (
    <section className="section" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{t('compare.countries')}</h2>
      {codes.length > 0 ? (
        <CountryChipList
          codes={codes}
          nameOf={nameOf}
          removeLabel={(name) => t('compare.removeNamed', { name })}
          onRemove={onRemove}
        />
      ) : null}
      {full ? (
        <p className="muted">{t('compare.full', { max: COMPARE_MAX })}</p>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) onAdd(choice);
            setChoice('');
          }}
        >
          <Select
            label={t('compare.add')}
            name="country"
            value={choice}
            placeholder={t('compare.choose')}
            options={countries
              .filter((c) => !codes.includes(c.code))
              .map((c) => ({ value: c.code, label: c.name }))}
            onChange={(e) => setChoice(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('compare.addButton')}
          </Button>
        </form>
      )}
    </section>
  );
}
