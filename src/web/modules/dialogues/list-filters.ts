import { isUuid } from '../experiences/editor-model.js';
import type { ListFilters } from './list-paths.js';

const COUNTRY = /^[A-Za-z]{2}$/;

/**
 * The dialogue list's filters (see list-paths.ts) read from the page's query string; malformed
 * values (a hand-edited link) count as "not filtered" rather than an error from the API.
 */
export function readListFilters(params: URLSearchParams): ListFilters {
  const id = (name: 'series' | 'organisation') => {
    const value = params.get(name) ?? '';
    return isUuid(value) ? value.toLowerCase() : null;
  };
  const country = params.get('country') ?? '';
  return {
    series: id('series'),
    organisation: id('organisation'),
    country: COUNTRY.test(country) ? country.toUpperCase() : null,
  };
}
