import { useCallback, useState } from 'react';
import type { NeedSummary, OfferSummary } from '../../../shared/contracts/marketplace.js';
import type { Bucket } from '../experiences/library-facets.js';
import { type FacetedSearch, useFacetedSearch, withCursor } from '../experiences/library-search.js';
import { facetsPath, type MarketFilters, type MarketKind, searchPath } from './market-filters.js';

export type MarketFacets = Record<string, Bucket[]>;
export type MarketItem = NeedSummary | OfferSummary;

/**
 * The needs or offers for the URL's filters: results first, facet counts after, "load more".
 * A list opened from a link (or by "back") shows as many pages as the URL says at once; the
 * pages that "load more" adds later do not reload the list when the URL catches up with them.
 */
export function useMarketSearch(
  kind: MarketKind,
  filters: MarketFilters,
  locale: string,
): FacetedSearch<MarketItem, MarketFacets> {
  // The list's identity: the same filters in the same language, whatever the page count says.
  const key = searchPath(kind, filters, locale);
  const [opened, setOpened] = useState({ key, pages: filters.pages });
  // A new list (other filters, or back/forward to one): take its page count from the URL.
  if (opened.key !== key) setOpened({ key, pages: filters.pages });
  const pages = opened.key === key ? opened.pages : filters.pages;
  const more = useCallback((cursor: string) => withCursor(key, cursor), [key]);
  return useFacetedSearch<MarketItem, MarketFacets>(
    searchPath(kind, filters, locale, pages),
    facetsPath(kind, filters, locale),
    more,
  );
}
