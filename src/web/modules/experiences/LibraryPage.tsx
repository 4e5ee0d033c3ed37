import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLocale } from '../../app/i18n.js';
import { Page } from '../../components/ui/index.js';
import { FacetedResults, FacetedSearchBox } from './FacetedList.js';
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
      <FacetedSearchBox
        labels={{
          region: t('library.searchLabel'),
          q: t('library.q'),
          qHint: t('library.qHint'),
          search: t('library.search'),
        }}
        q={filters.q}
        onSearch={(q) => go({ ...filters, q })}
      />

      <div className="library-layout">
        <FacetPanel
          filters={filters}
          facets={search.facets}
          error={search.facetsError}
          approximate={search.facetsApproximate}
          activeCount={activeCount}
          onChange={go}
        />

        <FacetedResults
          heading={
            search.total === null
              ? t('library.results')
              : isFiltered(filters)
                ? t(search.approximate ? 'library.foundAbout' : 'library.found', { count: search.total })
                : t('library.all', { count: search.total })
          }
          sort={{
            label: t('sort.label'),
            value: filters.sort,
            options: SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) })),
            onChange: (sort) => go({ ...filters, sort }),
          }}
          chips={<LibraryActiveFilters filters={filters} facets={search.facets} />}
          list={search}
          noneText={isFiltered(filters) ? t('library.noneFiltered') : t('library.none')}
          className="result-list library-list"
          download={{
            label: t('library.download'),
            hrefOf: (format) => exportHref(filters, locale, format),
          }}
        >
          {search.items.map((item) => (
            <LibraryResultItem key={item.id} item={item} countryName={countryName} />
          ))}
        </FacetedResults>
      </div>
    </Page>
  );
}
