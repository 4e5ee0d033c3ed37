import type { DialogueListWhen } from '../../../shared/contracts/dialogues.js';
import { withQuery } from '../../api/client.js';

/**
 * The filters of the dialogue list, kept in the page's address so a link can carry them (an
 * organisation's or a country's page links to its dialogues): a series; an organisation, that
 * convenes the dialogue or hosts one of its sites; a country, with a site there or a convener
 * from there. The API applies them all together. (Reading them from an address is
 * list-filters.ts, which the sections on other pages do not need.)
 */
export interface ListFilters {
  series: string | null;
  organisation: string | null;
  country: string | null;
}

/** The dialogues of one organisation or of one country: what their pages' sections list. */
export type DialogueLink = { organisation: string } | { country: string };

const FILTERS = ['series', 'organisation', 'country'] as const;

/** True when the list is narrowed to an organisation's or a country's dialogues. */
export const isLinkFiltered = (f: ListFilters) => f.organisation !== null || f.country !== null;

/** The filters in use as query parameters, in a fixed order (one address per list). */
export function listParams(f: Partial<ListFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = f[name];
    if (value) out[name] = value;
  }
  return out;
}

/** The list page's address with these filters. */
export const listPageHref = (f: Partial<ListFilters>) => withQuery('/dialogues', listParams(f));

/** The API path of one group of the list (upcoming, planning, past) with these filters. */
export const listApiPath = (
  f: Partial<ListFilters>,
  when: DialogueListWhen,
  locale: string,
  limit?: number,
) => withQuery('/dialogues', { ...listParams(f), when, locale, limit });
