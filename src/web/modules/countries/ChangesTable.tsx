import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { type Column, Table } from '../../components/ui/index.js';
import { type ChangeRow, changeRows } from './change-rows.js';
import { FieldValue } from './FieldValue.js';
import { useProfileLabels } from './use-profile-labels.js';
import { idsOfBodies, useValueContext } from './value-context.js';

interface Props {
  caption: string;
  changes: readonly { path: string; before: unknown; after: unknown }[];
}

/** What changed between two versions, field by field: label, before, after. */
export function ChangesTable({ caption, changes }: Props) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  const locale = useLocale();
  const rows = changeRows(changes);
  const ids = rows.flatMap((r) => {
    if (r.field?.kind === 'bodies') return [...idsOfBodies(r.before), ...idsOfBodies(r.after)];
    if (r.field?.kind === 'organisations')
      return [r.before, r.after].flatMap((v) => (Array.isArray(v) ? (v as string[]) : []));
    return [];
  });
  const ctx = useValueContext(ids);

  const label = (row: ChangeRow) => {
    if (row.path === 'defaultLocale') return t('history.defaultLocale');
    if (!row.field) return row.path;
    const name = labels.field(row.field.path);
    return row.lang
      ? t('history.inLanguage', { field: name, language: languageName(row.lang, locale) })
      : name;
  };
  const value = (row: ChangeRow, v: unknown) => {
    if (row.path === 'defaultLocale')
      return typeof v === 'string' ? (
        languageName(v, locale)
      ) : (
        <span className="muted">{t('value.none')}</span>
      );
    if (!row.field) return v === null || v === undefined ? '' : JSON.stringify(v);
    return <FieldValue field={row.field} value={v} ctx={ctx} lang={row.lang ?? undefined} />;
  };

  const columns: Column<ChangeRow>[] = [
    { key: 'field', header: t('history.field'), rowHeader: true, render: label },
    { key: 'before', header: t('history.before'), render: (r) => value(r, r.before) },
    { key: 'after', header: t('history.after'), render: (r) => value(r, r.after) },
  ];
  if (rows.length === 0) return <p>{t('history.noChanges')}</p>;
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(r) => r.path} />;
}
