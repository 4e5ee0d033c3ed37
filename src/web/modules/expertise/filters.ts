/** The catalogue's tabs and filters, read from and written to the URL so a search can be shared. */
export type Tab = 'capabilities' | 'experts';

export interface Filters {
  q: string;
  country: string;
  /** An organisation's id (links from its page); kept as a hidden field of the form. */
  organisation: string;
  sector: string;
  sdg: string;
  instrument: string;
  language: string;
  availability: string;
  sort: 'title' | 'newest';
}

export const FILTER_NAMES = [
  'q',
  'country',
  'organisation',
  'sector',
  'sdg',
  'instrument',
  'language',
  'availability',
  'sort',
] as const;

/** Which filters each tab's API takes. */
const APPLIES: Record<Tab, readonly (keyof Filters)[]> = {
  capabilities: ['q', 'country', 'organisation', 'sector', 'sdg', 'instrument', 'language', 'sort'],
  experts: ['q', 'country', 'organisation', 'sector', 'language', 'availability'],
};

export const readTab = (params: URLSearchParams): Tab =>
  params.get('tab') === 'experts' ? 'experts' : 'capabilities';

export function readFilters(params: URLSearchParams): Filters {
  const get = (name: string) => params.get(name) ?? '';
  return {
    q: get('q'),
    country: get('country'),
    organisation: get('organisation'),
    sector: get('sector'),
    sdg: get('sdg'),
    instrument: get('instrument'),
    language: get('language'),
    availability: get('availability'),
    sort: get('sort') === 'newest' ? 'newest' : 'title',
  };
}

/** The API query of a tab: its own filters only, defaults left out. */
export function apiQuery(tab: Tab, filters: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of APPLIES[tab]) {
    const value = filters[name];
    if (value && !(name === 'sort' && value === 'title')) out[name] = value;
  }
  return out;
}

/** Whether a filter is offered on a tab. */
export const appliesTo = (tab: Tab, name: keyof Filters) => APPLIES[tab].includes(name);

/** The catalogue URL for a tab with the given filters (defaults left out). */
export function catalogueUrl(tab: Tab, filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  if (tab === 'experts') params.set('tab', 'experts');
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value && !(name === 'sort' && value === 'title')) params.set(name, value);
  }
  const text = params.toString();
  return text ? `/expertise?${text}` : '/expertise';
}
