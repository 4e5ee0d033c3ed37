import type { ReactNode } from 'react';

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
