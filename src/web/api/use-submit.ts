import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
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
  const form = useRef<HTMLFormElement | null>(null);

  // After the render that marked the fields, not before: only then do they carry aria-invalid.
  useEffect(() => {
    if (!error || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  }, [error]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (pending) return;
      form.current = event.currentTarget;
      setPending(true);
      setError(undefined);
      action(event.currentTarget)
        .catch((reason: unknown) => {
          setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
        })
        .finally(() => setPending(false));
    },
    [action, pending],
  );

  const fieldError = useCallback((field: string) => error?.fields[field], [error]);
  const clearError = useCallback(() => setError(undefined), []);
  return { pending, error, fieldError, onSubmit, clearError };
}
