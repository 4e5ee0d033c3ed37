import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { text } from '../../app/form-data.js';
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
 * The query parameters of a submitted filter form: its named filters in order, those left empty
 * or at their default left out (a short, shareable URL), after the parameters that are kept.
 */
function submittedParams(
  form: HTMLFormElement,
  names: readonly string[],
  defaults: Readonly<Record<string, string>> = {},
  kept: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const next: Record<string, string> = { ...kept };
  for (const name of names) {
    const value = text(form, name);
    if (value && value !== defaults[name]) next[name] = value;
  }
  return next;
}

/**
 * A list's search box and filters. They apply on submit, not on every keystroke or arrow press:
 * each change costs a request, and on a slow line a reader should decide when to pay for it. They
 * live in the URL, so a filtered list can be shared.
 */
export function FilterForm({
  labels,
  q,
  names,
  defaults,
  notFilters = [],
  optionLists,
  clearTo,
  children,
}: {
  labels: FilterFormLabels;
  /** The search box's current value (the field is named `q`). */
  q: string;
  /** The form's filters (`q` and the named fields among the children), in the URL's order. */
  names: readonly string[];
  /** A filter's default value, left out of the URL (a list's usual sort order). */
  defaults?: Readonly<Record<string, string>>;
  /** Query parameters that are not filters (a tab): kept on search, and no reason to offer "clear". */
  notFilters?: readonly string[];
  /** The option lists of the filters, which may arrive after the form is drawn. */
  optionLists: readonly (readonly unknown[])[];
  /** The unfiltered list's address. */
  clearTo: string;
  /** The filters after the search box: named fields with their current value as default. */
  children: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const kept = Object.fromEntries(notFilters.flatMap((name) => params.getAll(name).map((v) => [name, v])));
  const filtered = [...params.keys()].some((name) => !notFilters.includes(name));
  return (
    <search aria-label={labels.region}>
      <form
        key={params.toString() + optionLists.map((l) => l.length).join('')} // follow back/forward and late option lists
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(submittedParams(event.currentTarget, names, defaults, kept));
        }}
      >
        <TextField label={labels.q} name="q" type="search" defaultValue={q} hint={labels.qHint} />
        {children}
        <div className="button-row">
          <Button type="submit">{labels.apply}</Button>
          {filtered ? <Link to={clearTo}>{labels.clear}</Link> : null}
        </div>
      </form>
    </search>
  );
}
