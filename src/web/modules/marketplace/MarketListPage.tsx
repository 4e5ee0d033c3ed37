import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { DownloadLinks } from '../../components/lists/DownloadLinks.js';
import { Button, LinkButton, LoadMore, Page, Select, TextField } from '../../components/ui/index.js';
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
  type Sort,
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

  const tab = (target: MarketKind) => (
    <li>
      <Link to={marketUrl(target, refine(filters, {}))} aria-current={kind === target ? 'page' : undefined}>
        {t(`kind.${target}s`)}
      </Link>
    </li>
  );

  return (
    <Page
      title={t(`${kind}.listTitle`)}
      intro={<p>{t(`${kind}.listIntro`)}</p>}
      actions={can('market.post') ? <LinkButton to={`/${kind}s/new`}>{t(`${kind}.post`)}</LinkButton> : null}
    >
      <nav aria-label={t('list.tabs')}>
        <ul className="tabs">
          {tab('need')}
          {tab('offer')}
        </ul>
      </nav>
      <search aria-label={t(`${kind}.searchLabel`)}>
        <form
          key={params.toString()}
          className="library-search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
            go(refine(filters, { q }));
          }}
        >
          <TextField
            label={t('list.q')}
            hint={t('list.qHint')}
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={200}
          />
          <Button type="submit">{t('list.search')}</Button>
        </form>
      </search>

      <div className="library-layout">
        <MarketFacetPanel
          filters={filters}
          facets={search.facets}
          error={search.facetsError}
          activeCount={activeCount(filters)}
          onChange={go}
        />
        <section className="library-results" aria-labelledby="results-heading" aria-busy={search.loading}>
          <div className="library-results-head">
            <h2 id="results-heading" aria-live="polite">
              {search.total === null
                ? t('list.results')
                : t(isFiltered(filters) ? `${kind}.found` : `${kind}.all`, { count: search.total })}
            </h2>
            <Select
              label={t('sort.label')}
              name="sort"
              value={shownSort(filters)}
              onChange={(e) => go(refine(filters, { sort: e.target.value as Sort }))}
              options={sortsFor(filters).map((s) => ({ value: s, label: t(`sort.${s}`) }))}
            />
          </div>
          <MarketActiveFilters kind={kind} filters={filters} facets={search.facets} items={search.items} />
          <ApiErrorAlert error={search.error} />
          {!search.loading && !search.error && search.items.length === 0 ? (
            <p data-testid="market-empty">
              {t(isFiltered(filters) ? `${kind}.noneFiltered` : `${kind}.none`)}
            </p>
          ) : null}
          <ul className="result-list market-list" data-testid="market-results">
            {search.items.map((item) => (
              <MarketListItem key={item.id} kind={kind} item={item} />
            ))}
          </ul>
          <LoadMore
            shown={search.items.length}
            hasMore={search.hasMore}
            loading={search.loading}
            onLoadMore={search.loadMore}
          />
          {search.items.length > 0 ? (
            <DownloadLinks
              label={t(`${kind}.download`)}
              hrefOf={(format) => exportHref(kind, filters, locale, format)}
            />
          ) : null}
        </section>
      </div>
    </Page>
  );
}
