import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { Radio } from '../../components/editor/ChoiceFields.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { Select, TextField } from '../../components/ui/index.js';

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

/** The year of a law or a strategy. */
export function YearField(props: FieldProps<number>) {
  return <NumberField {...props} min={1900} max={2100} />;
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
