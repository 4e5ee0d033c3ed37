import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { isShown, useErrorMessage } from '../../app/ApiErrorAlert.js';
import { focusField } from '../experiences/EditorProblems.js';
import { fieldOf } from './market-form-choices.js';

interface Props {
  error: ApiError | undefined;
  /** The API fields the form shows (each inside an Anchor), which the summary links to. */
  fields: readonly string[];
}

/**
 * The error summary of a need or offer form: the problem, then every field message as a link
 * that moves focus to the field, where the same message stands beside it.
 */
export function MarketFormErrors({ error, fields }: Props) {
  const { t } = useTranslation('market-form');
  const message = useErrorMessage();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!error) return;
    // useSubmit (a parent's effect, run after this one) first moves focus to the first invalid
    // field; the summary takes it afterwards so every problem is heard before the reader moves on.
    const timer = window.setTimeout(() => box.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [error]);

  if (!error) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    focusField(`field-${field}`);
  };
  const entries = Object.entries(error.fields);

  return (
    <div ref={box} className="alert alert-error" role="alert" tabIndex={-1} data-error-summary>
      <p className="alert-title">{t('form.errorsTitle')}</p>
      <p>{message(error, fields)}</p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([path, text]) => {
            const field = fieldOf(path);
            const label = t(`fields.${field}`, { defaultValue: path });
            return (
              <li key={path}>
                {isShown(path, fields) ? (
                  <a href={`#field-${field}`} onClick={(e) => go(e, field)}>
                    {label}
                  </a>
                ) : (
                  <strong>{label}</strong>
                )}
                {': '}
                {text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
