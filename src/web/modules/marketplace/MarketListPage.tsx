import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LinkButton, Page, TabLinks } from '../../components/ui/index.js';
import { FacetedResults, FacetedSearchBox } from '../experiences/FacetedList.js';
import { MarketActiveFilters } from './MarketActiveFilters.js';
import { MarketFacetPanel } from './MarketFacetPanel.js';
import { MarketListItem } from './MarketListItem.js';
import {
  activeCount,
  exportHref,
  isFiltered,
  type MarketFilters,
  type MarketKind,
  marketUrl,
  pagesShown,
  readFilters,
  refine,
  shownSort,
  sortsFor,
} from './market-filters.js';
import { useMarketSearch } from './use-market-search.js';
import '../experiences/library.css';
import './market.css';

/**
 * The needs or the offers: search, facets with counts, sort and "load more", all in the URL
 * (a list is a link to share; back and forward retrace it). Built like the experience library,
 * from its facet parts.
 */
export default function MarketListPage({ kind }: { kind: MarketKind }) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  const navigate = useNavigate();
  const { can } = useSession();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const search = useMarketSearch(kind, filters, locale);
  const go = (next: MarketFilters) => navigate(marketUrl(kind, next));

  // "Load more" shows another page: the URL says so (replacing, not adding, a history entry),
  // so a shared link or "back" from a need shows as many.
  const shownPages = pagesShown(search.items.length);
  useEffect(() => {
    if (shownPages > filters.pages)
      navigate(marketUrl(kind, { ...filters, pages: shownPages }), {
        replace: true,
        preventScrollReset: true,
      });
  }, [shownPages, filters, kind, navigate]);

  const tab = (target: MarketKind) => ({
    key: target,
    to: marketUrl(target, refine(filters, {})),
    label: t(`kind.${target}s`),
    current: kind === target,
  });

  return (
    <Page
      title={t(`${kind}.listTitle`)}
      intro={<p>{t(`${kind}.listIntro`)}</p>}
      actions={can('market.post') ? <LinkButton to={`/${kind}s/new`}>{t(`${kind}.post`)}</LinkButton> : null}
    >
      <TabLinks label={t('list.tabs')} tabs={[tab('need'), tab('offer')]} />
      <FacetedSearchBox
        labels={{
          region: t(`${kind}.searchLabel`),
          q: t('list.q'),
          qHint: t('list.qHint'),
          search: t('list.search'),
        }}
        q={filters.q}
        onSearch={(q) => go(refine(filters, { q }))}
      />

      <div className="library-layout">
        <MarketFacetPanel
          filters={filters}
          facets={search.facets}
          error={search.facetsError}
          activeCount={activeCount(filters)}
          onChange={go}
        />
        <FacetedResults
          heading={
            search.total === null
              ? t('list.results')
              : t(isFiltered(filters) ? `${kind}.found` : `${kind}.all`, { count: search.total })
          }
          sort={{
            label: t('sort.label'),
            value: shownSort(filters),
            options: sortsFor(filters).map((s) => ({ value: s, label: t(`sort.${s}`) })),
            onChange: (sort) => go(refine(filters, { sort })),
          }}
          busy={search.loading}
          chips={
            <MarketActiveFilters kind={kind} filters={filters} facets={search.facets} items={search.items} />
          }
          list={search}
          noneText={t(isFiltered(filters) ? `${kind}.noneFiltered` : `${kind}.none`)}
          className="result-list market-list"
          testIds={{ list: 'market-results', none: 'market-empty' }}
          download={{
            label: t(`${kind}.download`),
            hrefOf: (format) => exportHref(kind, filters, locale, format),
          }}
        >
          {search.items.map((item) => (
            <MarketListItem key={item.id} kind={kind} item={item} />
          ))}
        </FacetedResults>
      </div>
    </Page>
  );
}
