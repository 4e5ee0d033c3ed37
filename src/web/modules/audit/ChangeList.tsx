import type { AuditEntry } from '../../../shared/contracts/audit.js';
import { useTranslation } from 'react-i18next';

/** Audit values are any JSON: short text as is, structures compactly, nothing as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
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
