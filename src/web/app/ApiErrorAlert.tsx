import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { Alert } from '../components/ui/index.js';

// Codes whose meaning is the same whatever the request: the interface's own wording reads better.
const GENERIC = new Set([
  'network',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'csrf_failed',
  'internal',
]);

/** True when a form shows this API field next to one of its controls (`name` covers `name.es`). */
export function isShown(field: string, shown: readonly string[]): boolean {
  return shown.some((s) => field === s || field.startsWith(`${s}.`));
}

/** The reader-facing message for an API error, in the interface language where we can. */
export function useErrorMessage(): (error: ApiError, shown?: readonly string[]) => string {
  const { t } = useTranslation();
  return (error, shown = []) => {
    if (Object.keys(error.fields).some((f) => isShown(f, shown))) return t('errors.checkFields');
    if (GENERIC.has(error.code)) return t(`errors.${error.code}`);
    if (error.status >= 500) return t('errors.internal');
    return error.message || t('errors.unknown');
  };
}

export interface ApiErrorAlertProps {
  error: ApiError | undefined;
  /** The API fields the form shows beside its controls; the summary then points to them. */
  fields?: readonly string[];
}

/** The error summary of a form or page, announced and focusable. */
export function ApiErrorAlert({ error, fields = [] }: ApiErrorAlertProps) {
  const message = useErrorMessage();
  if (!error) return null;
  const elsewhere = Object.entries(error.fields).filter(([field]) => !isShown(field, fields));
  const summary = message(error, fields);
  return (
    <Alert tone="error" focusTarget>
      <p>{summary}</p>
      {summary === error.message || elsewhere.length === 0 ? null : (
        <ul>
          {elsewhere.map(([field, text]) => (
            <li key={field}>{text}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
