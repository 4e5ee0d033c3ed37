import type { ReactNode } from 'react';
import type { PagedState } from '../../api/use-paged.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { LoadMore } from '../ui/index.js';

/**
 * The results of a searchable list (usePaged): a heading for screen readers, the API's error,
 * "none found", the items, "load more", then what follows the list (its downloads).
 */
export function PagedResults({
  heading,
  list,
  noneText,
  before,
  after,
  children,
}: {
  heading: string;
  list: Pick<PagedState<unknown>, 'items' | 'hasMore' | 'loading' | 'error' | 'loadMore'>;
  noneText: string;
  /** A notice above the results. */
  before?: ReactNode;
  after?: ReactNode;
  /** The items, each an `li`. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        {heading}
      </h2>
      {before}
      <ApiErrorAlert error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 ? <p>{noneText}</p> : null}
      <ul className="result-list">{children}</ul>
      <LoadMore
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.loading}
        onLoadMore={list.loadMore}
      />
      {after}
    </section>
  );
}
