import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { Checkbox, TextField } from '../../components/ui/index.js';
import { parseNumber } from './editor-model.js';

/** The error line of a group, announced when it appears; its id ties it to the group. */
function GroupError({ id, error }: { id: string; error: string | undefined }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {error}
    </p>
  );
}

/** Several terms of a vocabulary, each with its definition; retired terms only while chosen. */
export function TermChecks({
  id,
  legend,
  hint,
  terms,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  terms: readonly VocabularyItem[];
  value: readonly string[];
  error?: string | undefined;
  onChange: (value: string[]) => void;
}) {
  const errorId = useId();
  const hintId = useId();
  const shown = terms.filter((term) => term.active || value.includes(term.code));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="term-grid">
        {shown.map((term) => (
          <Checkbox
            key={term.code}
            label={term.label}
            hint={term.definition || undefined}
            checked={value.includes(term.code)}
            aria-invalid={error ? true : undefined}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, term.code] : value.filter((c) => c !== term.code))
            }
          />
        ))}
      </div>
      <GroupError id={errorId} error={error} />
    </fieldset>
  );
}

/** One term of a vocabulary (or none yet), as radio buttons with each term's definition. */
export function TermRadios({
  id,
  legend,
  name,
  terms,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  name: string;
  terms: readonly VocabularyItem[];
  value: string | null;
  error?: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation('experience-editor');
  const errorId = useId();
  const shown = terms.filter((term) => term.active || term.code === value);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="term-grid">
        <Radio
          name={name}
          label={t('field.notStated')}
          checked={value === null}
          invalid={!!error}
          onChange={() => onChange(null)}
        />
        {shown.map((term) => (
          <Radio
            key={term.code}
            name={name}
            label={term.label}
            hint={term.definition || undefined}
            checked={value === term.code}
            invalid={!!error}
            onChange={() => onChange(term.code)}
          />
        ))}
      </div>
      <GroupError id={errorId} error={error} />
    </fieldset>
  );
}

function Radio({
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
  invalid: boolean;
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

/** A whole number (years, months) or an amount; empty means "not stated". */
export function NumberField({
  label,
  name,
  hint,
  value,
  error,
  min,
  max,
  step = 1,
  onChange,
}: {
  label: string;
  name: string;
  hint?: string | undefined;
  value: number | null;
  error?: string | undefined;
  min: number;
  max: number;
  step?: number | 'any';
  onChange: (value: number | null) => void;
}) {
  return (
    <TextField
      label={label}
      name={name}
      hint={hint}
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={value ?? ''}
      error={error}
      onChange={(e) => onChange(parseNumber(e.target.value))}
    />
  );
}

/** A section of the form: a fieldset with a visible legend, anchored for links from the problem list. */
export function Section({
  id,
  legend,
  hint,
  children,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset id={`section-${id}`} className="editor-section">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/** The anchor around a field the problem summary links to (focus goes to its first control). */
export function Anchor({ field, children }: { field: string; children: ReactNode }) {
  return (
    <div id={`field-${field}`} className="field-anchor">
      {children}
    </div>
  );
}
