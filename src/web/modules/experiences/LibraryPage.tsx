import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, LoadMore, Page, Select, TextField } from '../../components/ui/index.js';
import { FacetPanel } from './FacetPanel.js';
import { LibraryActiveFilters } from './LibraryActiveFilters.js';
import { LibraryResultItem } from './LibraryResultItem.js';
import {
  exportHref,
  facetsPath,
  filterParams,
  isFiltered,
  type LibraryFilters,
  libraryUrl,
  readFilters,
  SORTS,
  type Sort,
  searchPath,
} from './library-filters.js';
import { useCountryNames } from './library-labels.js';
import { useLibrarySearch } from './library-search.js';
import './library.css';

/**
 * The experience library: full-text search, facets with counts, sort, and "load more". Every
 * choice lives in the URL, so a result list is a link to share, and back/forward retrace it.
 * The results load first and the facet counts after them, which keeps a slow phone responsive.
 */
export default function LibraryPage() {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const search = useLibrarySearch(searchPath(filters, locale), facetsPath(filters, locale));
  const countryName = useCountryNames(
    locale,
    search.items.some((i) => i.countryCodes.length > 0),
  );
  const go = (next: LibraryFilters) => navigate(libraryUrl(next));
  const activeCount = Object.keys(filterParams({ ...filters, q: '', sort: 'relevance' })).length;

  return (
    <Page title={t('library.title')} intro={<p>{t('library.intro')}</p>}>
      <search aria-label={t('library.searchLabel')}>
        <form
          key={params.toString()}
          className="library-search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
            go({ ...filters, q });
          }}
        >
          <TextField
            label={t('library.q')}
            hint={t('library.qHint')}
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={200}
          />
          <Button type="submit">{t('library.search')}</Button>
        </form>
      </search>

      <div className="library-layout">
        <FacetPanel
          filters={filters}
          facets={search.facets}
          error={search.facetsError}
          approximate={search.facetsApproximate}
          activeCount={activeCount}
          onChange={go}
        />

        <section className="library-results" aria-labelledby="results-heading">
          <div className="library-results-head">
            <h2 id="results-heading" aria-live="polite">
              {search.total === null
                ? t('library.results')
                : isFiltered(filters)
                  ? t(search.approximate ? 'library.foundAbout' : 'library.found', { count: search.total })
                  : t('library.all', { count: search.total })}
            </h2>
            <Select
              label={t('sort.label')}
              name="sort"
              value={filters.sort}
              onChange={(e) => go({ ...filters, sort: e.target.value as Sort })}
              options={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
            />
          </div>
          <LibraryActiveFilters filters={filters} facets={search.facets} />
          <ApiErrorAlert error={search.error} />
          {!search.loading && !search.error && search.items.length === 0 ? (
            <p>{isFiltered(filters) ? t('library.noneFiltered') : t('library.none')}</p>
          ) : null}
          <ul className="result-list library-list">
            {search.items.map((item) => (
              <LibraryResultItem key={item.id} item={item} countryName={countryName} />
            ))}
          </ul>
          <LoadMore
            shown={search.items.length}
            hasMore={search.hasMore}
            loading={search.loading}
            onLoadMore={search.loadMore}
          />
          {search.items.length > 0 ? (
            <p className="export-links">
              {t('library.download')}{' '}
              {(['xlsx', 'csv'] as const).map((format) => (
                <a key={format} href={exportHref(filters, locale, format)} download>
                  {format.toUpperCase()}
                </a>
              ))}
            </p>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
