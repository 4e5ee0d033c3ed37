import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldChrome, useFieldIds } from './Field.js';

export interface Option {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page (e.g. native language names). */
  lang?: string;
}

export type SelectProps = FieldChrome &
  SelectHTMLAttributes<HTMLSelectElement> & {
    name: string;
    options: readonly Option[];
    /** Text of an empty first choice ("Any country"); leave out to force a choice. */
    placeholder?: string;
  };

/** A labelled native select: the most robust choice on phones and with screen readers. */
export function Select({ label, hint, error, required, options, placeholder, ...select }: SelectProps) {
  const ids = useFieldIds(error, hint);
  return (
    <Field {...ids} label={label} hint={hint} error={error} required={required}>
      <select
        {...select}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
