import type { ReactNode } from 'react';
import type { SubmitState } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Alert, Button } from '../ui/index.js';

export interface DraftFormProps {
  /** The form's submission (useSubmit). */
  form: SubmitState;
  /** The form's kept draft (useDraft): whether it was restored, and how to throw it away. */
  draft: { restored: boolean; discard: () => void };
  /** The API fields the form shows beside its controls (for the error summary). */
  fields: readonly string[];
  submitLabel: string;
  /** In the form's own words: that a draft was restored, and the button that discards it. */
  restoredText: string;
  discardLabel: string;
  children: ReactNode;
}

/**
 * The frame of a create/edit form kept as a local draft until saved: the notice that a draft was
 * restored, the error summary, the controls, then the submit button and, for a restored draft,
 * the button that discards it.
 */
export function DraftForm({
  form,
  draft,
  fields,
  submitLabel,
  restoredText,
  discardLabel,
  children,
}: DraftFormProps) {
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {draft.restored ? (
        <Alert tone="info">
          <p>{restoredText}</p>
        </Alert>
      ) : null}
      <ApiErrorAlert error={form.error} fields={fields} />
      {children}
      <div className="button-row">
        <Button type="submit" busy={form.pending}>
          {submitLabel}
        </Button>
        {draft.restored ? (
          <Button variant="quiet" onClick={draft.discard}>
            {discardLabel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
