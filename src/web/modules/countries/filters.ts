import { withQuery } from '../../api/client.js';

export const INCOME_GROUPS = ['L', 'LM', 'UM', 'H'] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/** The country list's filters, as the URL holds them ('' = not filtered). */
export interface CountryFilters {
  q: string;
  region: string;
  incomeGroup: IncomeGroup | '';
  role: string;
  withProfile: 'true' | 'false' | '';
}

const FILTER_NAMES = ['q', 'region', 'incomeGroup', 'role', 'withProfile'] as const;

/** Reads the filters from the query string; unknown or malformed values count as "not filtered". */
export function readFilters(params: URLSearchParams): CountryFilters {
  const income = params.get('incomeGroup') ?? '';
  const withProfile = params.get('withProfile') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    region: params.get('region') ?? '',
    incomeGroup: (INCOME_GROUPS as readonly string[]).includes(income) ? (income as IncomeGroup) : '',
    role: params.get('role') ?? '',
    withProfile: withProfile === 'true' || withProfile === 'false' ? withProfile : '',
  };
}

/** The filters as query parameters, leaving out the empty ones (a clean, shareable URL). */
export function filterParams(filters: Partial<CountryFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/** True when at least one filter is set. */
export function isFiltered(filters: CountryFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}

/** The API path of the filtered list, in the reader's language. */
export function listPath(filters: CountryFilters, locale: string): string {
  return withQuery('/countries', { ...filterParams(filters), locale });
}

/** The download link of the filtered list (same filters as the table). */
export function exportHref(filters: CountryFilters, locale: string, format: 'csv' | 'xlsx'): string {
  return withQuery('/api/v1/countries/export', { ...filterParams(filters), locale, format });
}
