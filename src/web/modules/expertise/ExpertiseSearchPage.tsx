import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CapabilitySummary, ExpertSummary } from '../../../shared/contracts/expertise.js';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { DownloadLinks } from '../../components/lists/DownloadLinks.js';
import { PagedResults } from '../../components/lists/PagedResults.js';
import { Alert, Page, TabLinks } from '../../components/ui/index.js';
import { CapabilityListItem } from './CapabilityListItem.js';
import { CatalogueFilters } from './CatalogueFilters.js';
import { ExpertListItem } from './ExpertListItem.js';
import { apiQuery, catalogueUrl, readFilters, readTab, type Tab } from './filters.js';

/**
 * The expertise catalogue: capabilities and experts as two tabs, with search, filters and the
 * tab in the URL so any result list can be shared, and CSV/XLSX downloads of the same list.
 */
export default function ExpertiseSearchPage() {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const { user } = useSession();
  const [params] = useSearchParams();
  const tab = readTab(params);
  const filters = readFilters(params);
  const query = { ...apiQuery(tab, filters), locale };
  const capabilities = usePaged<CapabilitySummary>(
    tab === 'capabilities' ? withQuery('/capabilities', query) : null,
  );
  const experts = usePaged<ExpertSummary>(tab === 'experts' ? withQuery('/experts', query) : null);
  const list = tab === 'capabilities' ? capabilities : experts;

  const tabLink = (target: Tab) => ({
    key: target,
    to: catalogueUrl(target, filters),
    label: t(`${target}.title`),
    current: tab === target,
  });

  return (
    <Page title={t('search.title')} intro={<p>{t('search.intro')}</p>}>
      <TabLinks label={t('search.tabs')} tabs={[tabLink('capabilities'), tabLink('experts')]} />
      <CatalogueFilters key={params.toString()} tab={tab} filters={filters} />
      <PagedResults
        heading={t('search.results')}
        list={list}
        noneText={tab === 'capabilities' ? t('capabilities.none') : t('experts.none')}
        before={
          tab === 'experts' && !user ? (
            <Alert tone="info">
              <p>
                {t('experts.privacyNote')}{' '}
                <Link to={`/login?next=${encodeURIComponent(`/expertise?${params.toString()}`)}`}>
                  {t('experts.signIn')}
                </Link>
              </p>
            </Alert>
          ) : null
        }
        after={
          <DownloadLinks
            label={t('search.download')}
            hrefOf={(format) => withQuery(`/api/v1/${tab}/export`, { ...query, format })}
          />
        }
      >
        {tab === 'capabilities'
          ? capabilities.items.map((c) => <CapabilityListItem key={c.id} capability={c} />)
          : experts.items.map((e) => <ExpertListItem key={e.id} expert={e} />)}
      </PagedResults>
    </Page>
  );
}
