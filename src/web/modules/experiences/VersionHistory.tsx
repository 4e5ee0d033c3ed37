import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { Table } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';

type Version = Experience['versions'][number];

/**
 * Every published version, newest first, with its date and change note; each older one opens in
 * place (`?version=N`), the one being read is marked.
 */
export function VersionHistory({
  id,
  versions,
  current,
  shown,
  linkFor,
}: {
  id: string;
  versions: Version[];
  /** The version readers get now. */
  current: number | null;
  /** The version on screen. */
  shown: number | null;
  /** The address of a version (keeps the content language). */
  linkFor: (version: number | null) => string;
}) {
  const { t } = useTranslation('experiences');
  const formatDay = useDayFormat();
  if (versions.length === 0) return null;
  const rows = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="section" aria-labelledby={`history-${id}`}>
      <h2 id={`history-${id}`}>{t('history.heading')}</h2>
      <Table
        caption={t('history.caption')}
        captionHidden
        rows={rows}
        rowKey={(v) => String(v.version)}
        columns={[
          {
            key: 'version',
            header: t('history.version'),
            rowHeader: true,
            render: (v) => t('history.versionNumber', { version: v.version }),
          },
          { key: 'date', header: t('history.published'), render: (v) => formatDay(v.publishedAt) },
          {
            key: 'note',
            header: t('history.note'),
            render: (v) =>
              v.changeNote ? <span dir="auto">{v.changeNote}</span> : <span className="muted">—</span>,
          },
          {
            key: 'open',
            header: t('history.open'),
            render: (v) =>
              v.version === shown ? (
                <span aria-current="page">{t('history.reading')}</span>
              ) : (
                <Link to={linkFor(v.version === current ? null : v.version)}>
                  {v.version === current
                    ? t('history.readCurrent')
                    : t('history.read', { version: v.version })}
                </Link>
              ),
          },
        ]}
      />
    </section>
  );
}
