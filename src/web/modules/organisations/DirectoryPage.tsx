import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { DownloadLinks } from '../../components/lists/DownloadLinks.js';
import { PagedResults } from '../../components/lists/PagedResults.js';
import { LinkButton, Page } from '../../components/ui/index.js';
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
      <PagedResults
        heading={t('directory.results')}
        list={list}
        noneText={t('directory.none')}
        after={
          <DownloadLinks
            label={t('directory.download')}
            hrefOf={(format) => withQuery('/api/v1/organisations/export', { ...filters, locale, format })}
          />
        }
      >
        {list.items.map((organisation) => (
          <OrganisationListItem key={organisation.id} organisation={organisation} />
        ))}
      </PagedResults>
    </Page>
  );
}
