import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { LIMITS } from '../../../shared/limits.js';
import { Checkbox, Select, TextField } from '../../components/ui/index.js';
import { parseYear } from './editor-model.js';

/** One choice among a vocabulary's terms (or none yet), each with its definition beside it. */
export function TermRadios({
  legend,
  name,
  terms,
  value,
  error,
  onChange,
}: {
  legend: string;
  name: string;
  terms: readonly VocabularyItem[];
  value: string | null;
  error?: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation('countries');
  const errorId = useId();
  const shown = terms.filter((term) => term.active || term.code === value);
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <Radio
        name={name}
        label={t('editor.notStated')}
        checked={value === null}
        onChange={() => onChange(null)}
      />
      {shown.map((term) => (
        <Radio
          key={term.code}
          name={name}
          label={term.label}
          hint={term.definition}
          checked={value === term.code}
          onChange={() => onChange(term.code)}
        />
      ))}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}

/** Several of a vocabulary's terms, each with its definition beside it. */
export function TermCheckboxes({
  legend,
  terms,
  value,
  onChange,
}: {
  legend: string;
  terms: readonly VocabularyItem[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const shown = terms.filter((term) => term.active || value.includes(term.code));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {shown.map((term) => (
        <Checkbox
          key={term.code}
          label={term.label}
          hint={term.definition || undefined}
          checked={value.includes(term.code)}
          onChange={(e) =>
            onChange(e.target.checked ? [...value, term.code] : value.filter((c) => c !== term.code))
          }
        />
      ))}
    </fieldset>
  );
}

function Radio({
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: () => void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        type="radio"
        id={id}
        name={name}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Yes / no / not stated, as radio buttons: a checkbox could not say "not answered yet". */
export function YesNoField({
  legend,
  name,
  value,
  labels,
  onChange,
}: {
  legend: string;
  name: string;
  value: boolean | null;
  labels: (value: boolean | null) => string;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {([true, false, null] as const).map((choice) => (
        <Radio
          key={String(choice)}
          name={name}
          label={labels(choice)}
          checked={value === choice}
          onChange={() => onChange(choice)}
        />
      ))}
    </fieldset>
  );
}

/** What the single-value fields below take: a value that may be "not stated" (null). */
interface FieldProps<T> {
  label: string;
  name: string;
  value: T | null;
  error?: string | undefined;
  onChange: (value: T | null) => void;
}

/** A closed list of the contract (legal instrument, strategy status…), or not stated. */
export function EnumSelect({
  label,
  name,
  values,
  value,
  optionLabel,
  error,
  onChange,
}: FieldProps<string> & { values: readonly string[]; optionLabel: (value: string) => string }) {
  const { t } = useTranslation('countries');
  return (
    <Select
      label={label}
      name={name}
      value={value ?? ''}
      placeholder={t('editor.notStated')}
      options={values.map((v) => ({ value: v, label: optionLabel(v) }))}
      error={error}
      onChange={(e) => onChange(e.target.value || null)}
    />
  );
}

export function YearField({ label, name, value, error, onChange }: FieldProps<number>) {
  return (
    <TextField
      label={label}
      name={name}
      type="number"
      inputMode="numeric"
      min={1900}
      max={2100}
      step={1}
      value={value ?? ''}
      error={error}
      onChange={(e) => onChange(parseYear(e.target.value))}
    />
  );
}

export function UrlField({ label, name, value, error, onChange }: FieldProps<string>) {
  return (
    <TextField
      label={label}
      name={name}
      type="url"
      inputMode="url"
      dir="ltr"
      placeholder="https://"
      maxLength={LIMITS.urlMax}
      value={value ?? ''}
      error={error}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    />
  );
}
