import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperienceSearchResult, ExperienceSummary } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';

export type Facets = NonNullable<ExperienceSearchResult['facets']>;

/** What a faceted list API answers (the library's, the marketplace's): a page, a total, facet counts. */
export interface FacetedPage<Item, F> {
  items: Item[];
  nextCursor: string | null;
  total: number;
  facets: F | null;
  approximate?: boolean;
}

export interface FacetedSearch<Item, F> {
  items: Item[];
  total: number | null;
  /** The total is an estimate (a search matching a large share of the library). */
  approximate: boolean;
  hasMore: boolean;
  loading: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  /** The facet counts of the current filters; null until they arrive. */
  facets: F | null;
  facetsError: ApiError | undefined;
  /** The facet counts are estimated from a sample. */
  facetsApproximate: boolean;
}

export type LibrarySearch = FacetedSearch<ExperienceSummary, Facets>;

const asApiError = (reason: unknown) =>
  reason instanceof ApiError ? reason : new ApiError(0, 'network', String(reason));

/** The path with `cursor` added: the next page of the same list. */
export function withCursor(path: string, cursor: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
}

/**
 * The results first, the facet counts after: the list a reader came for is not held up by the
 * (slower) counting, and on a slow line the two answers do not compete for the connection.
 * "Load more" appends the next page. Answers for filters no longer shown are dropped.
 */
export function useLibrarySearch(resultsPath: string, facetsPath: string): LibrarySearch {
  return useFacetedSearch<ExperienceSummary, Facets>(resultsPath, facetsPath);
}

/**
 * The hook behind useLibrarySearch, for any faceted list. `morePath` builds the address of the
 * page after a cursor (by default the results' own address with the cursor added).
 */
export function useFacetedSearch<Item extends { id: string }, F extends object>(
  resultsPath: string,
  facetsPath: string,
  morePath: (cursor: string) => string = (cursor) => withCursor(resultsPath, cursor),
): FacetedSearch<Item, F> {
  const [items, setItems] = useState<Item[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [approximate, setApproximate] = useState(false);
  const [facetsApproximate, setFacetsApproximate] = useState(false);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const [facets, setFacets] = useState<F | null>(null);
  const [facetsError, setFacetsError] = useState<ApiError>();
  const current = useRef(resultsPath);

  useEffect(() => {
    current.current = resultsPath;
    const controller = new AbortController();
    setItems([]);
    setCursor(null);
    setTotal(null);
    setLoading(true);
    setError(undefined);
    setFacetsError(undefined);
    // The previous counts stay visible (dimmed by the page) until the new ones arrive.
    const fetchFacets = () =>
      api.get<FacetedPage<Item, F>>(facetsPath, controller.signal).then(
        (page) => {
          setFacets(page.facets ?? ({} as F));
          setFacetsApproximate(page.approximate === true);
        },
        (reason: unknown) => {
          if (!controller.signal.aborted) setFacetsError(asApiError(reason));
        },
      );
    api.get<FacetedPage<Item, F>>(resultsPath, controller.signal).then(
      (page) => {
        setItems(page.items);
        setTotal(page.total);
        setApproximate(page.approximate === true);
        setCursor(page.nextCursor);
        setLoading(false);
        void fetchFacets();
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(asApiError(reason));
        setLoading(false);
        void fetchFacets();
      },
    );
    return () => controller.abort();
  }, [resultsPath, facetsPath]);

  const loadMore = useCallback(() => {
    if (!cursor || loading) return;
    const base = resultsPath;
    setLoading(true);
    setError(undefined);
    api.get<FacetedPage<Item, F>>(morePath(cursor)).then(
      (page) => {
        if (current.current !== base) return;
        setItems((prev) => [...prev, ...page.items.filter((i) => !prev.some((p) => p.id === i.id))]);
        setTotal(page.total);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (reason: unknown) => {
        if (current.current !== base) return;
        setError(asApiError(reason));
        setLoading(false);
      },
    );
  }, [cursor, loading, resultsPath, morePath]);

  return {
    items,
    total,
    approximate,
    hasMore: cursor !== null,
    loading,
    error,
    loadMore,
    facets,
    facetsError,
    facetsApproximate,
  };
}
