import { type ReactNode, useId } from 'react';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { Checkbox } from '../ui/index.js';
import './editor.css';

/** What both groups of a vocabulary's terms take. */
interface TermGroupProps {
  /** The group's anchor, for links from a problem list (it then takes focus). */
  id?: string | undefined;
  legend: string;
  terms: readonly VocabularyItem[];
  error?: string | undefined;
  /** Lays the terms out in columns, for long vocabularies. */
  columns?: boolean | undefined;
}

/** The frame of a group of terms: legend, hint, the choices, and an error announced when it appears. */
function TermGroup({
  id,
  legend,
  hint,
  error,
  columns,
  children,
}: Omit<TermGroupProps, 'terms'> & { hint?: string | undefined; children: ReactNode }) {
  const errorId = useId();
  const hintId = useId();
  return (
    <fieldset
      id={id}
      tabIndex={id ? -1 : undefined}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className={columns ? 'term-grid' : undefined}>{children}</div>
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}

/** Several terms of a vocabulary, each with its definition; retired terms only while chosen. */
export function TermChecks({
  terms,
  value,
  onChange,
  ...group
}: TermGroupProps & {
  hint?: string | undefined;
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const shown = terms.filter((term) => term.active || value.includes(term.code));
  return (
    <TermGroup {...group}>
      {shown.map((term) => (
        <Checkbox
          key={term.code}
          label={term.label}
          hint={term.definition || undefined}
          checked={value.includes(term.code)}
          aria-invalid={group.error ? true : undefined}
          onChange={(e) =>
            onChange(e.target.checked ? [...value, term.code] : value.filter((c) => c !== term.code))
          }
        />
      ))}
    </TermGroup>
  );
}

/** One term of a vocabulary (or none yet), as radio buttons with each term's definition. */
export function TermRadios({
  name,
  notStated,
  terms,
  value,
  onChange,
  ...group
}: TermGroupProps & {
  name: string;
  /** The label of the first choice, "not stated". */
  notStated: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const shown = terms.filter((term) => term.active || term.code === value);
  const invalid = !!group.error;
  return (
    <TermGroup {...group}>
      <Radio
        name={name}
        label={notStated}
        checked={value === null}
        invalid={invalid}
        onChange={() => onChange(null)}
      />
      {shown.map((term) => (
        <Radio
          key={term.code}
          name={name}
          label={term.label}
          hint={term.definition || undefined}
          checked={value === term.code}
          invalid={invalid}
          onChange={() => onChange(term.code)}
        />
      ))}
    </TermGroup>
  );
}

/** A radio button with its label after it and an optional hint, laid out like a checkbox. */
export function Radio({
  name,
  label,
  hint,
  checked,
  invalid,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  invalid?: boolean | undefined;
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
        aria-invalid={invalid || undefined}
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
