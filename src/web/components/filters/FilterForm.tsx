import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, TextField } from '../ui/index.js';

export interface FilterFormLabels {
  /** The accessible name of the search region. */
  region: string;
  q: string;
  qHint: string;
  apply: string;
  clear: string;
}

/**
 * A list's search box and filters. They apply on submit, not on every keystroke or arrow press:
 * each change costs a request, and on a slow line a reader should decide when to pay for it. They
 * live in the URL, so a filtered list can be shared.
 */
export function FilterForm({
  labels,
  q,
  optionLists,
  clearTo,
  toParams,
  children,
}: {
  labels: FilterFormLabels;
  /** The search box's current value (the field is named `q`). */
  q: string;
  /** The option lists of the filters, which may arrive after the form is drawn. */
  optionLists: readonly (readonly unknown[])[];
  /** The unfiltered list's address. */
  clearTo: string;
  /** The query parameters of the submitted form. */
  toParams: (form: HTMLFormElement) => Record<string, string>;
  /** The filters after the search box: named fields with their current value as default. */
  children: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  return (
    <search aria-label={labels.region}>
      <form
        key={params.toString() + optionLists.map((l) => l.length).join('')} // follow back/forward and late option lists
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(toParams(event.currentTarget));
        }}
      >
        <TextField label={labels.q} name="q" type="search" defaultValue={q} hint={labels.qHint} />
        {children}
        <div className="button-row">
          <Button type="submit">{labels.apply}</Button>
          {params.toString() ? <Link to={clearTo}>{labels.clear}</Link> : null}
        </div>
      </form>
    </search>
  );
}
