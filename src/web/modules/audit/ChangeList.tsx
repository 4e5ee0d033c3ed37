import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contracts/audit.js';

/** Audit values are any JSON: text as is, texts by language as "en: …; es: …", nothing as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(show).join(', ') || '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, v]) => typeof v === 'string'))
      return entries.map(([k, v]) => `${k}: ${v}`).join('; ') || '—';
  }
  return JSON.stringify(value);
}

/** The field-level changes of one audit entry, before → after. */
export function ChangeList({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation('audit');
  if (changes.length === 0) return null;
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{t(`fields.${change.field}`, { defaultValue: change.field })}</strong>
          {': '}
          <span className="visually-hidden">{t('before')} </span>
          <del className="change-before">{show(change.before)}</del>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t('after')} </span>
          <ins className="change-after">{show(change.after)}</ins>
        </li>
      ))}
    </ul>
  );
}
