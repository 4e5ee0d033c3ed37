import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LinkButton, LoadMore, Page } from '../../components/ui/index.js';
import { DirectoryFilters, readFilters } from './DirectoryFilters.js';
import { OrganisationListItem } from './OrganisationListItem.js';

/** The organisation directory; search, filters and sort live in the URL so a result list can be shared. */
export default function DirectoryPage() {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const { can } = useSession();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const list = usePaged<OrganisationSummary>(withQuery('/organisations', { ...filters, locale }));

  return (
    <Page
      title={t('directory.title')}
      intro={<p>{t('directory.intro')}</p>}
      actions={
        can('organisation.create') ? (
          <LinkButton to="/organisations/new">{t('directory.new')}</LinkButton>
        ) : null
      }
    >
      <DirectoryFilters filters={filters} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          {t('directory.results')}
        </h2>
        <ApiErrorAlert error={list.error} />
        {!list.loading && !list.error && list.items.length === 0 ? <p>{t('directory.none')}</p> : null}
        <ul className="result-list">
          {list.items.map((organisation) => (
            <OrganisationListItem key={organisation.id} organisation={organisation} />
          ))}
        </ul>
        <LoadMore
          shown={list.items.length}
          hasMore={list.hasMore}
          loading={list.loading}
          onLoadMore={list.loadMore}
        />
        <p className="export-links">
          {t('directory.download')}{' '}
          {(['xlsx', 'csv'] as const).map((format) => (
            <a
              key={format}
              href={withQuery('/api/v1/organisations/export', { ...filters, locale, format })}
              download
            >
              {format.toUpperCase()}
            </a>
          ))}
        </p>
      </section>
    </Page>
  );
}
