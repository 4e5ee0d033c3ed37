import { type ReactNode, useId } from 'react';

export interface FieldChrome {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** Ids that tie a control to its hint and error, so assistive technology reads them with the label. */
export function useFieldIds(error?: string, hint?: string) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** Label, hint and error around one control; the error is announced when it appears. */
export function Field({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  children,
}: FieldChrome & {
  id: string;
  hintId?: string | undefined;
  errorId?: string | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      {/* The asterisk sits outside the label: the control's name stays exactly the label's words,
          and `required` on the control already tells assistive technology. */}
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
