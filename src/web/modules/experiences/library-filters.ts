import type { FACET_NAMES } from '../../../shared/contracts/experiences.js';
import { withQuery } from '../../api/client.js';
import { codeListParams, readable, readCodeLists } from '../../components/filters/code-lists.js';

/**
 * The library's search, filters and sort, as the page's URL holds them: every filter a query
 * parameter, lists comma-separated (`?country=MX,BR&sdg=16`), so any result list is a link.
 * The same names and values go to the API (GET /experiences, /experiences/export).
 */
export type FacetName = (typeof FACET_NAMES)[number];

/** The facets that are sets of codes (checkbox groups); `year` is a range instead. */
export const LIST_FILTERS = [
  'country',
  'region',
  'sector',
  'sdg',
  'modality',
  'instrument',
  'mode',
  'outcome',
  'language',
  // Not a facet: set by links from elsewhere (an assessment dimension's "experiences about this").
  'dimension',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const SORTS = ['relevance', 'newest', 'views'] as const;
export type Sort = (typeof SORTS)[number];

export interface LibraryFilters {
  q: string;
  lists: Record<ListFilter, string[]>;
  yearFrom: number | null;
  yearTo: number | null;
  sort: Sort;
}

const YEAR_MIN = 1950;
const YEAR_MAX = 2100;

function readYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

/** Reads the filters from the page's query string; unknown or malformed values count as "not filtered". */
export function readFilters(params: URLSearchParams): LibraryFilters {
  const sort = params.get('sort') ?? '';
  const lists = readCodeLists(params, LIST_FILTERS);
  let yearFrom = readYear(params.get('yearFrom'));
  let yearTo = readYear(params.get('yearTo'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    lists,
    yearFrom,
    yearTo,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'relevance',
  };
}

/** The filters as query parameters, in a fixed order, leaving out empty ones and the default sort. */
export function filterParams(filters: LibraryFilters): Record<string, string> {
  const out: Record<string, string> = {
    ...(filters.q ? { q: filters.q } : {}),
    ...codeListParams(LIST_FILTERS, filters.lists),
  };
  if (filters.yearFrom !== null) out.yearFrom = String(filters.yearFrom);
  if (filters.yearTo !== null) out.yearTo = String(filters.yearTo);
  if (filters.sort !== 'relevance') out.sort = filters.sort;
  return out;
}

/** True when a search or a filter narrows the list (the sort alone does not). */
export function isFiltered(filters: LibraryFilters): boolean {
  const { sort: _sort, ...rest } = filterParams(filters);
  return Object.keys(rest).length > 0;
}

/** The library page's address for the given filters. */
export function libraryUrl(filters: LibraryFilters): string {
  return readable(withQuery('/experiences', filterParams(filters)));
}

/** The filters with one code of a list ticked or unticked. */
export function toggleCode(filters: LibraryFilters, name: ListFilter, code: string): LibraryFilters {
  const codes = filters.lists[name];
  const next = codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
  return { ...filters, lists: { ...filters.lists, [name]: next } };
}

/** The filters with a new year range (either end may be open). */
export function withYears(filters: LibraryFilters, yearFrom: number | null, yearTo: number | null) {
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return { ...filters, yearFrom, yearTo };
}

/** The filters emptied, keeping the sort (a "clear filters" link). */
export function cleared(filters: LibraryFilters): LibraryFilters {
  return readFilters(new URLSearchParams(filters.sort === 'relevance' ? '' : `sort=${filters.sort}`));
}

/**
 * The API path of a results page. `facets` false asks for the list alone (fast); the facet
 * counts then come from a second, small request (`facetsPath`) once the results are shown.
 */
export function searchPath(filters: LibraryFilters, locale: string, limit = 20): string {
  return readable(
    withQuery('/experiences', { ...filterParams(filters), facets: 'false', limit: String(limit), locale }),
  );
}

/** The API path of the facet counts for the same filters (one result row, which is ignored). */
export function facetsPath(filters: LibraryFilters, locale: string): string {
  return readable(
    withQuery('/experiences', { ...filterParams(filters), facets: 'true', limit: '1', locale }),
  );
}

/** The download link of the same list as CSV or XLSX. */
export function exportHref(filters: LibraryFilters, locale: string, format: 'csv' | 'xlsx'): string {
  return readable(withQuery('/api/v1/experiences/export', { ...filterParams(filters), locale, format }));
}

/** The URL parameter a facet filters by (`year` is the yearFrom/yearTo range). */
export function facetFilter(facet: FacetName): ListFilter | null {
  return facet === 'year' ? null : facet;
}

/** How one experience is opened: in a chosen content language, at an older version, or for print. */
export interface StoryView {
  /** The content language the reader picked (none: the interface language). */
  lang: string | null;
  /** An older published version (none: the current one). */
  version: number | null;
}

const LANG = /^[a-z]{2,3}$/;

/** Reads `?lang=es&version=2` of an experience page; malformed values are ignored. */
export function readStoryView(params: URLSearchParams): StoryView {
  const lang = params.get('lang') ?? '';
  const version = params.get('version') ?? '';
  return {
    lang: LANG.test(lang) ? lang : null,
    version: /^[1-9]\d{0,5}$/.test(version) ? Number(version) : null,
  };
}

/** The address of an experience page (or its print view) for the given view. */
export function storyHref(id: string, view: StoryView, print = false): string {
  return withQuery(`/experiences/${encodeURIComponent(id)}${print ? '/print' : ''}`, {
    lang: view.lang,
    version: view.version,
  });
}
