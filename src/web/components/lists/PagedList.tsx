import type { ReactNode } from 'react';
import type { PagedState } from '../../api/use-paged.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { LoadMore } from '../ui/index.js';

/** What a "load more" list needs to know of its loading (usePaged, useFacetedSearch). */
export type PagedListState = Pick<
  PagedState<unknown>,
  'items' | 'hasMore' | 'loading' | 'error' | 'loadMore'
>;

/**
 * A list that loads page by page: the API's error, "none found" once the first page is in and
 * empty (not while it loads, nor after a failure, which says so itself), the items, "load more".
 */
export function PagedList({
  list,
  noneText,
  as: List = 'ul',
  className,
  testIds = {},
  children,
}: {
  list: PagedListState;
  noneText: string;
  /** `ol` where the order means something (a history). */
  as?: 'ul' | 'ol';
  className?: string;
  /** Hooks for end-to-end tests on the list and on its "none found". */
  testIds?: { list?: string; none?: string };
  /** The items, each an `li`. */
  children: ReactNode;
}) {
  return (
    <>
      <ApiErrorAlert error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <p data-testid={testIds.none}>{noneText}</p>
      ) : null}
      <List className={className} data-testid={testIds.list}>
        {children}
      </List>
      <LoadMore
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.loading}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
