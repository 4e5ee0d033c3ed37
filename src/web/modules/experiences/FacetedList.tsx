import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { DownloadLinks, type ExportFormat } from '../../components/lists/DownloadLinks.js';
import { PagedList, type PagedListState } from '../../components/lists/PagedList.js';
import { Button, type Option, Select, TextField } from '../../components/ui/index.js';

/*
 * The parts of a faceted list page (the library's, the needs' and offers'), around its facet
 * panel (FacetFold). Styled by library.css, which the pages import.
 */

/**
 * The words search of a faceted list. It applies on submit (the facets apply at once); the form
 * is drawn again for each address, so back and forward show the words of the list they return to.
 */
export function FacetedSearchBox({
  labels,
  q,
  onSearch,
}: {
  /** The region's name, the field's label and hint, and the button. */
  labels: { region: string; q: string; qHint: string; search: string };
  q: string;
  onSearch: (q: string) => void;
}) {
  const [params] = useSearchParams();
  return (
    <search aria-label={labels.region}>
      <form
        key={params.toString()}
        className="library-search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
        }}
      >
        <TextField
          label={labels.q}
          hint={labels.qHint}
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
        />
        <Button type="submit">{labels.search}</Button>
      </form>
    </search>
  );
}

/**
 * The results of a faceted list: a heading that announces the count, the sort, the filters in
 * use (`chips`), the items with "load more", and, once there is something to download, the links
 * to download the same list.
 */
export function FacetedResults<S extends string>({
  heading,
  sort,
  busy,
  chips,
  list,
  noneText,
  className,
  testIds,
  download,
  children,
}: {
  heading: string;
  sort: { label: string; value: S; options: readonly (Option & { value: S })[]; onChange: (sort: S) => void };
  /** Marks the section busy while it loads (left out: not marked). */
  busy?: boolean;
  chips: ReactNode;
  list: PagedListState;
  noneText: string;
  /** The list's classes. */
  className: string;
  testIds?: { list?: string; none?: string };
  download: { label: string; hrefOf: (format: ExportFormat) => string };
  /** The items, each an `li`. */
  children: ReactNode;
}) {
  return (
    <section className="library-results" aria-labelledby="results-heading" aria-busy={busy}>
      <div className="library-results-head">
        <h2 id="results-heading" aria-live="polite">
          {heading}
        </h2>
        <Select
          label={sort.label}
          name="sort"
          value={sort.value}
          onChange={(e) => sort.onChange(e.target.value as S)}
          options={sort.options}
        />
      </div>
      {chips}
      <PagedList list={list} noneText={noneText} className={className} {...(testIds ? { testIds } : {})}>
        {children}
      </PagedList>
      {list.items.length > 0 ? <DownloadLinks {...download} /> : null}
    </section>
  );
}
