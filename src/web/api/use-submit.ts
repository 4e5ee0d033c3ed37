import { type FormEvent, useCallback, useState } from 'react';
import { ApiError } from './client.js';

export interface SubmitState {
  pending: boolean;
  error: ApiError | undefined;
  /** The API's message for one field, to show next to it. */
  fieldError: (field: string) => string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  clearError: () => void;
}

/**
 * Runs a form's action once at a time and keeps the API error. After a failure, focus moves to
 * the first field marked invalid (or to the error summary) so keyboard and screen-reader users
 * land where the problem is; what was typed stays in the form.
 */
export function useSubmit(action: (form: HTMLFormElement) => Promise<void>): SubmitState {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      if (pending) return;
      setPending(true);
      setError(undefined);
      action(form)
        .catch((reason: unknown) => {
          const apiError = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
          setError(apiError);
          requestAnimationFrame(() => focusProblem(form));
        })
        .finally(() => setPending(false));
    },
    [action, pending],
  );

  const fieldError = useCallback((field: string) => error?.fields[field], [error]);
  const clearError = useCallback(() => setError(undefined), []);
  return { pending, error, fieldError, onSubmit, clearError };
}

function focusProblem(form: HTMLFormElement): void {
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[data-error-summary]');
  target?.focus();
}
