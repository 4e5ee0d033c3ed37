import type { ReactNode } from 'react';
import { Checkbox } from '../../components/ui/index.js';

interface Props {
  legend: string;
  hint: string;
  /** The form field the boxes send (one value per ticked box). */
  name: string;
  options: readonly { value: string; label: string }[];
  /** The ticked values, in the order they were ticked. */
  value: string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
  /** Shown between the hint and the boxes (for instance, why there are none). */
  children?: ReactNode;
}

/** A set of checkboxes choosing several values, with its legend, hint and announced error. */
export function CheckboxGroup({ legend, hint, name, options, value, onChange, error, children }: Props) {
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'}>
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {children}
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          name={name}
          value={o.value}
          checked={value.includes(o.value)}
          onChange={(event) =>
            onChange(event.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
          }
        />
      ))}
      <p className="field-error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
