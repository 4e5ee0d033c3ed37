/** A facet's value with its count, as the search API returns them. */
export interface Bucket {
  code: string;
  label: string;
  count: number;
}

export interface FacetOption extends Bucket {
  checked: boolean;
}

/**
 * The options of one facet: the API's buckets (most frequent first, as sent), with every ticked
 * code kept even when the current filters leave it no results, so it can always be unticked.
 * `limit` keeps the first few, plus any ticked one further down; `hidden` says how many wait
 * behind a "show all".
 */
export function facetOptions(
  buckets: readonly Bucket[] | undefined,
  selected: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): { options: FacetOption[]; hidden: number } {
  const all: FacetOption[] = (buckets ?? []).map((b) => ({ ...b, checked: selected.includes(b.code) }));
  for (const code of selected) {
    if (!all.some((o) => o.code === code)) all.push({ code, label: code, count: 0, checked: true });
  }
  const options = all.filter((o, i) => i < limit || o.checked);
  return { options, hidden: all.length - options.length };
}

/** A period bucket of the year facet: its first and last year ("2010–2019" is 2010 to 2019). */
export interface YearSpan {
  start: number;
  end: number;
  label: string;
  count: number;
}

/**
 * The spans of the year facet, oldest first. A bucket's code is its first year; its label may
 * name a span ("2010–2019", decades) or a single year. Buckets that are not years are left out.
 */
export function yearSpans(buckets: readonly Bucket[] | undefined): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const b of buckets ?? []) {
    if (!/^\d{4}$/.test(b.code)) continue;
    const start = Number(b.code);
    const last = /^\D*(\d{4})\D+(\d{4})\D*$/.exec(b.label);
    const end = last && Number(last[1]) === start && Number(last[2]) >= start ? Number(last[2]) : start;
    spans.push({ start, end, label: b.label || b.code, count: b.count });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export interface YearOption {
  value: string;
  label: string;
  count: number | null;
}

/**
 * The choices of the "from" and "to" year lists: a span starts the range at its first year and
 * ends it at its last. A year from the URL that no span starts or ends stays choosable.
 */
export function yearOptions(
  spans: readonly YearSpan[],
  yearFrom: number | null,
  yearTo: number | null,
): { from: YearOption[]; to: YearOption[] } {
  const from: YearOption[] = spans.map((s) => ({ value: String(s.start), label: s.label, count: s.count }));
  const to: YearOption[] = spans.map((s) => ({ value: String(s.end), label: s.label, count: s.count }));
  const keep = (list: YearOption[], year: number | null) => {
    if (year === null || list.some((o) => o.value === String(year))) return;
    list.push({ value: String(year), label: String(year), count: null });
    list.sort((a, b) => Number(a.value) - Number(b.value));
  };
  keep(from, yearFrom);
  keep(to, yearTo);
  return { from, to };
}
