import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CountryPage, ProfileDiff, VersionSummary } from '../../../shared/contracts/country-profiles.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Button, type Column, Loading, Page, Select, Table } from '../../components/ui/index.js';
import { ChangesTable } from './ChangesTable.js';
import { useDayFormat } from './format.js';
import './countries.css';

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * The published versions of a profile and what changed between any two of them ("what changed
 * since 2024"); the chosen pair is in the URL, so a comparison of versions can be shared.
 */
export default function ProfileHistoryPage() {
  const { t } = useTranslation('countries');
  const code = (useParams().code ?? '').toUpperCase();
  const locale = useLocale();
  const formatDay = useDayFormat();
  const [params, setParams] = useSearchParams();
  const valid = /^[A-Z]{2}$/.test(code);
  const page = useApi<CountryPage>(valid ? `/countries/${code}?locale=${locale}` : null);
  const versions = useApi<{ items: VersionSummary[] }>(valid ? `/countries/${code}/profile/versions` : null);
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);
  const latest = items[0]?.version ?? 0;
  const to = positive(params.get('to')) ?? (latest > 1 ? latest : null);
  const from = positive(params.get('from')) ?? (to && to > 1 ? to - 1 : null);
  const diff = useApi<ProfileDiff>(
    from && to ? withQuery(`/countries/${code}/profile/diff`, { from, to, locale }) : null,
  );

  if (!valid || page.error?.status === 404) return <NotFoundPage />;
  if (!page.data) return page.loading ? <Loading /> : <ApiErrorAlert error={page.error} />;
  const { country } = page.data;

  const options = items.map((v) => ({
    value: String(v.version),
    label: t('history.versionOption', { version: v.version, date: formatDay(v.publishedAt) }),
  }));
  const columns: Column<VersionSummary>[] = [
    { key: 'version', header: t('history.version'), rowHeader: true, render: (v) => v.version },
    { key: 'date', header: t('history.published'), render: (v) => formatDay(v.publishedAt) },
    { key: 'by', header: t('history.by'), render: (v) => v.publishedBy ?? '' },
    { key: 'note', header: t('history.note'), render: (v) => <span dir="auto">{v.changeNote}</span> },
    {
      key: 'changes',
      header: t('history.changes'),
      render: (v) =>
        v.version > 1 ? (
          <Link to={`?from=${v.version - 1}&to=${v.version}`}>
            {t('history.changesIn', { version: v.version })}
          </Link>
        ) : (
          <span className="muted">{t('history.first')}</span>
        ),
    },
  ];

  return (
    <Page
      title={t('history.title', { name: country.name })}
      before={
        <Link className="back-link" to={`/countries/${code}`}>
          {t('history.back', { name: country.name })}
        </Link>
      }
    >
      <ApiErrorAlert error={versions.error} />
      {versions.loading ? <Loading /> : null}
      {versions.data && items.length === 0 ? <p>{t('history.none')}</p> : null}
      {items.length > 0 ? (
        <section className="section" aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('history.versions')}</h2>
          <Table
            caption={t('history.versionsCaption')}
            captionHidden
            columns={columns}
            rows={items}
            rowKey={(v) => String(v.version)}
          />
        </section>
      ) : null}

      {items.length > 1 ? (
        <section className="section" aria-labelledby="diff-heading">
          <h2 id="diff-heading">{t('history.compareHeading')}</h2>
          <form
            key={params.toString()}
            className="filters"
            onSubmit={(event) => {
              event.preventDefault();
              setParams({ from: text(event.currentTarget, 'from'), to: text(event.currentTarget, 'to') });
            }}
          >
            <Select
              label={t('history.from')}
              name="from"
              defaultValue={String(from ?? '')}
              options={options}
            />
            <Select label={t('history.to')} name="to" defaultValue={String(to ?? '')} options={options} />
            <div className="button-row">
              <Button type="submit">{t('history.show')}</Button>
            </div>
          </form>
          <ApiErrorAlert error={diff.error} />
          {diff.loading ? <Loading /> : null}
          {diff.data && !diff.loading ? (
            <ChangesTable
              caption={t('history.diffCaption', {
                from: diff.data.from.version,
                fromDate: formatDay(diff.data.from.publishedAt),
                to: diff.data.to.version,
                toDate: formatDay(diff.data.to.publishedAt),
              })}
              changes={diff.data.changes}
            />
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
