import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, type FieldChrome, useFieldIds } from './Field.js';

export type TextFieldProps = FieldChrome & InputHTMLAttributes<HTMLInputElement> & { name: string };

/** A labelled text input with optional hint and an error shown and announced beside it. */
export function TextField({ label, hint, error, required, ...input }: TextFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <Field {...ids} label={label} hint={hint} error={error} required={required}>
      <input
        type="text"
        {...input}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Field>
  );
}

export type TextAreaProps = FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string };

/** A labelled multi-line text input. */
export function TextArea({ label, hint, error, required, rows = 5, ...input }: TextAreaProps) {
  const ids = useFieldIds(error, hint);
  return (
    <Field {...ids} label={label} hint={hint} error={error} required={required}>
      <textarea
        rows={rows}
        {...input}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Field>
  );
}
