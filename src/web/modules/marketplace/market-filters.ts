import { LIVE_STATUSES, MARKET_STATUSES } from '../../../shared/contracts/marketplace.js';
import { withQuery } from '../../api/client.js';
import { codeListParams, isCode, readable, readCodeLists } from '../../components/filters/code-lists.js';

/**
 * The needs and offers lists' search, filters, sort and paging as the page's URL holds them
 * (`/needs?q=water&country=KE,MX&status=open&sort=expiring&page=2`), so a list is a link to
 * share and back/forward retrace it. The same names and values go to the API
 * (GET /needs, /offers and their /export), whose contract is `marketListQuery`.
 */
export type MarketKind = 'need' | 'offer';

/** Filters that are sets of codes (comma-separated in the URL: OR within, AND across). */
export const LIST_FILTERS = [
  'status',
  'challengeArea',
  'country',
  'region',
  'sector',
  'sdg',
  'instrument',
  'language',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** The facets the API counts, in the order the panel shows them (region is a filter only). */
export const FACETS = [
  'status',
  'challengeArea',
  'country',
  'sector',
  'sdg',
  'instrument',
  'language',
] as const satisfies readonly ListFilter[];
export type Facet = (typeof FACETS)[number];

export const SORTS = ['newest', 'expiring', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];
const DEFAULT_SORT: Sort = 'newest';

/** Results per page; the URL's `page` says how many pages are shown (the API gives ≤ 100 at once). */
export const PAGE_SIZE = 20;
export const MAX_PAGES = 5;

export interface MarketFilters {
  q: string;
  lists: Record<ListFilter, string[]>;
  /** One organisation's needs or offers (a link from its page). */
  organisation: string | null;
  sort: Sort;
  /** How many pages of results are shown ("load more" adds one). */
  pages: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly string[] = MARKET_STATUSES;

/** Statuses are the contract's; other lists take any well-formed code. */
const validFor = (name: ListFilter) =>
  name === 'status' ? (code: string) => STATUSES.includes(code) : isCode;

function readPages(value: string | null): number {
  const n = value && /^\d{1,3}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(n, 1), MAX_PAGES);
}

/** Reads the filters from the page's query string; unknown or malformed values count as "not filtered". */
export function readFilters(params: URLSearchParams): MarketFilters {
  const sort = params.get('sort') ?? '';
  const organisation = params.get('organisation') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    lists: readCodeLists(params, LIST_FILTERS, validFor),
    organisation: UUID.test(organisation) ? organisation.toLowerCase() : null,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : DEFAULT_SORT,
    pages: readPages(params.get('page')),
  };
}

/** The filters (not the paging) as query parameters, in a fixed order, leaving out empty ones and the default sort. */
export function filterParams(filters: MarketFilters): Record<string, string> {
  const out: Record<string, string> = {
    ...(filters.q ? { q: filters.q } : {}),
    ...codeListParams(LIST_FILTERS, filters.lists),
  };
  if (filters.organisation) out.organisation = filters.organisation;
  if (filters.sort !== DEFAULT_SORT) out.sort = filters.sort;
  return out;
}

/** True when a search or a filter narrows the list (the sort and paging do not). */
export function isFiltered(filters: MarketFilters): boolean {
  const { sort: _sort, ...rest } = filterParams(filters);
  return Object.keys(rest).length > 0;
}

/** How many filters are set (the search words not counted), for the phone's "Filters (2 set)". */
export function activeCount(filters: MarketFilters): number {
  return LIST_FILTERS.reduce((n, name) => n + filters.lists[name].length, filters.organisation ? 1 : 0);
}

const listPath = (kind: MarketKind) => (kind === 'need' ? '/needs' : '/offers');

/** The list page's address for the given filters (and pages shown). */
export function marketUrl(kind: MarketKind, filters: MarketFilters): string {
  const page = filters.pages > 1 ? { page: String(filters.pages) } : {};
  return readable(withQuery(listPath(kind), { ...filterParams(filters), ...page }));
}

/** The filters changed in some way: a new list, so back to its first page. */
export function refine(filters: MarketFilters, change: Partial<Omit<MarketFilters, 'pages'>>): MarketFilters {
  return { ...filters, ...change, pages: 1 };
}

/**
 * The statuses listed: the URL's, else the API's default (open and in discussion). The status
 * boxes show these ticked, so the reader sees why closed ones are missing.
 */
export function shownStatuses(filters: MarketFilters): readonly string[] {
  return filters.lists.status.length > 0 ? filters.lists.status : LIVE_STATUSES;
}

/** The filters with one code of a list ticked or unticked (statuses start from those shown). */
export function toggleCode(filters: MarketFilters, name: ListFilter, code: string): MarketFilters {
  const codes = name === 'status' ? shownStatuses(filters) : filters.lists[name];
  let next = codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
  // Back at the API's default: leave the parameter out, so the link stays short.
  if (name === 'status' && sameSet(next, LIVE_STATUSES)) next = [];
  return refine(filters, { lists: { ...filters.lists, [name]: next } });
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** The filters emptied, keeping the sort (a "clear filters" link). */
export function cleared(filters: MarketFilters): MarketFilters {
  return { ...readFilters(new URLSearchParams()), sort: filters.sort };
}

/** The sorts worth offering: "best match" only when there are words to match. */
export function sortsFor(filters: MarketFilters): readonly Sort[] {
  return filters.q ? SORTS : SORTS.filter((s) => s !== 'relevance');
}

/** The sort the list is in: "best match" without words falls back to newest, as the API does. */
export function shownSort(filters: MarketFilters): Sort {
  return filters.sort === 'relevance' && !filters.q ? DEFAULT_SORT : filters.sort;
}

/**
 * The API path of the results: `pages` pages at once (a shared link or "back" shows as many
 * as were shown), without the facet counts, which come from a second, small request.
 */
export function searchPath(kind: MarketKind, filters: MarketFilters, locale: string, pages = 1): string {
  return readable(
    withQuery(listPath(kind), {
      ...filterParams(filters),
      facets: 'false',
      limit: String(PAGE_SIZE * Math.min(pages, MAX_PAGES)),
      locale,
    }),
  );
}

/** The API path of the facet counts for the same filters (one result row, which is ignored). */
export function facetsPath(kind: MarketKind, filters: MarketFilters, locale: string): string {
  return readable(
    withQuery(listPath(kind), { ...filterParams(filters), facets: 'true', limit: '1', locale }),
  );
}

/** The download link of the same list as CSV or XLSX. */
export function exportHref(
  kind: MarketKind,
  filters: MarketFilters,
  locale: string,
  format: 'csv' | 'xlsx',
): string {
  return readable(withQuery(`/api/v1${listPath(kind)}/export`, { ...filterParams(filters), locale, format }));
}

/** The pages a list of `shown` results fills (what the URL's `page` should say after "load more"). */
export function pagesShown(shown: number): number {
  return Math.min(Math.max(Math.ceil(shown / PAGE_SIZE), 1), MAX_PAGES);
}
