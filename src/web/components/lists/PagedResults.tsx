import type { ReactNode } from 'react';
import { PagedList, type PagedListState } from './PagedList.js';

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
  list: PagedListState;
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
      <PagedList list={list} noneText={noneText} className="result-list">
        {children}
      </PagedList>
      {after}
    </section>
  );
}
