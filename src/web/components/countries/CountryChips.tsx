import { useState } from 'react';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../ui/index.js';

export interface CountryChipsLabels {
  /** The remove button's accessible name, for a country's name. */
  remove: (name: string) => string;
  /** The accessible name of the country list. */
  select: string;
  /** The list's empty first choice. */
  choose: string;
  add: string;
}

/** Countries as chips, each with a button to remove it. */
export function CountryChipList({
  codes,
  nameOf,
  removeLabel,
  onRemove,
}: {
  codes: readonly string[];
  nameOf: (code: string) => string;
  /** The remove button's accessible name, for a country's name. */
  removeLabel: (name: string) => string;
  onRemove: (code: string) => void;
}) {
  return (
    <ul className="chips">
      {codes.map((code) => (
        <li key={code}>
          <span>{nameOf(code)}</span>
          <Button variant="quiet" aria-label={removeLabel(nameOf(code))} onClick={() => onRemove(code)}>
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A list of countries as removable chips, with a country list and a button to add one. Countries
 * already chosen or in `exclude` are not offered; the adder is gone once `max` are chosen.
 */
export function CountryChips({
  codes,
  onChange,
  labels,
  exclude,
  max = Number.POSITIVE_INFINITY,
}: {
  codes: readonly string[];
  onChange: (codes: string[]) => void;
  labels: CountryChipsLabels;
  exclude?: string;
  max?: number;
}) {
  const locale = useLocale();
  const countries = useCountries(locale);
  const [toAdd, setToAdd] = useState('');
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const addable = countries.filter((c) => c.code !== exclude && !codes.includes(c.code));

  return (
    <>
      <CountryChipList
        codes={codes}
        nameOf={nameOf}
        removeLabel={labels.remove}
        onRemove={(code) => onChange(codes.filter((c) => c !== code))}
      />
      {codes.length < max ? (
        <div className="inline-form">
          <select aria-label={labels.select} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
            <option value="">{labels.choose}</option>
            {addable.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            onClick={() => {
              if (toAdd) onChange([...codes, toAdd]);
              setToAdd('');
            }}
          >
            {labels.add}
          </Button>
        </div>
      ) : null}
    </>
  );
}
