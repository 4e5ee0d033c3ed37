import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ExperienceSummary } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, type Column, Loading, Page, Table } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';
import { useFieldLabels } from './editor-labels.js';
import type { ReviewedNotice } from './ReviewForm.js';
import './editor-styles.css';

type Item = ExperienceSummary;

/** `/experiences/review`: experiences waiting for the user's review, the longest waiting first. */
export default function ReviewQueuePage() {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const locale = useLocale();
  const formatDay = useDayFormat();
  const location = useLocation();
  const queue = useApi<{ items: Item[] }>(`/experiences/review-queue?locale=${locale}`);
  const notice = location.state as ReviewedNotice | null;
  const items = queue.data?.items ?? [];

  const columns: Column<Item>[] = [
    {
      key: 'title',
      header: t('queue.columns.title'),
      rowHeader: true,
      render: (item) => (
        <Link to={`/experiences/${item.id}/review`} lang={item.titleLocale}>
          {item.title || t('untitled')}
        </Link>
      ),
    },
    { key: 'organisation', header: labels.meta('organisation'), render: (item) => item.organisation.name },
    {
      key: 'kind',
      header: t('queue.columns.kind'),
      render: (item) => (item.status === 'published' ? t('queue.changes') : t('queue.first')),
    },
    {
      key: 'submitted',
      header: t('queue.columns.submitted'),
      render: (item) => formatDay(item.submittedAt ?? null) || '—',
    },
    {
      key: 'languages',
      header: labels.field('languages'),
      render: (item) => item.languages.map((l) => labels.language(l)).join(', '),
    },
  ];

  return (
    <Page title={t('queue.title')} intro={<p>{t('queue.intro')}</p>}>
      {notice?.reviewed ? (
        <Alert tone="success">
          <p>
            {notice.reviewed === 'approved'
              ? t('queue.approved', { title: notice.title })
              : t('queue.sentBack', { title: notice.title })}
          </p>
        </Alert>
      ) : null}
      {queue.error ? <ApiErrorAlert error={queue.error} /> : null}
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.data && items.length === 0 ? <p>{t('queue.empty')}</p> : null}
      {items.length > 0 ? (
        <Table
          caption={t('queue.caption', { count: items.length })}
          columns={columns}
          rows={items}
          rowKey={(i) => i.id}
        />
      ) : null}
    </Page>
  );
}
