import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, withQuery } from './client.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedState<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  replace: (item: T, match: (existing: T) => boolean) => void;
}

/**
 * Cursor pagination with "load more": the first page reloads whenever the query path changes,
 * later pages are appended so a reader on a slow line never re-downloads what they have.
 */
export function usePaged<T>(path: string | null): PagedState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const current = useRef(path);

  const fetchPage = useCallback(async (base: string, after: string | null, append: boolean) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<Page<T>>(after ? addCursor(base, after) : base);
      if (current.current !== base) return; // the filters changed while this page was on its way
      setItems((prev) => (append ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (reason) {
      if (current.current === base) setError(reason instanceof ApiError ? reason : undefined);
    } finally {
      if (current.current === base) setLoading(false);
    }
  }, []);

  useEffect(() => {
    current.current = path;
    setItems([]);
    setCursor(null);
    if (path !== null) void fetchPage(path, null, false);
  }, [path, fetchPage]);

  const loadMore = useCallback(() => {
    if (path !== null && cursor) void fetchPage(path, cursor, true);
  }, [path, cursor, fetchPage]);

  const replace = useCallback((item: T, match: (existing: T) => boolean) => {
    setItems((prev) => prev.map((existing) => (match(existing) ? item : existing)));
  }, []);

  return { items, hasMore: cursor !== null, loading, error, loadMore, replace };
}

function addCursor(path: string, cursor: string): string {
  const [base = '', query = ''] = path.split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  return withQuery(base, { ...params, cursor });
}
