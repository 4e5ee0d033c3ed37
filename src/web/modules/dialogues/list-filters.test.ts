import { describe, expect, it } from 'vitest';
import { readListFilters } from './list-filters.js';
import { isLinkFiltered, listApiPath, listPageHref } from './list-paths.js';

const ORG = '0b6f4c3e-8d2a-4c1b-9e5f-1a2b3c4d5e6f';
const SERIES = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const read = (query: string) => readListFilters(new URLSearchParams(query));

describe('readListFilters', () => {
  it('reads a series, an organisation and a country, normalising their case', () => {
    expect(read(`series=${SERIES}&organisation=${ORG.toUpperCase()}&country=sn`)).toEqual({
      series: SERIES,
      organisation: ORG,
      country: 'SN',
    });
  });

  it('drops malformed values rather than asking the API for an error', () => {
    expect(read('series=x&organisation=123&country=SEN')).toEqual({
      series: null,
      organisation: null,
      country: null,
    });
    expect(read('')).toEqual({ series: null, organisation: null, country: null });
  });
});

describe('isLinkFiltered', () => {
  it('is true for an organisation or a country, not for a series alone', () => {
    expect(isLinkFiltered(read(`series=${SERIES}`))).toBe(false);
    expect(isLinkFiltered(read(`organisation=${ORG}`))).toBe(true);
    expect(isLinkFiltered(read('country=CO'))).toBe(true);
  });
});

describe('list addresses', () => {
  it('keeps one order of the filters and leaves out those not in use', () => {
    expect(listPageHref({ country: 'CO', organisation: ORG, series: null })).toBe(
      `/dialogues?organisation=${ORG}&country=CO`,
    );
    expect(listPageHref({})).toBe('/dialogues');
  });

  it('asks the API for one group, with the filters, the language and a page size', () => {
    expect(listApiPath({ country: 'SN' }, 'upcoming', 'fr', 3)).toBe(
      '/dialogues?country=SN&when=upcoming&locale=fr&limit=3',
    );
    expect(listApiPath(read(`series=${SERIES}`), 'past', 'en')).toBe(
      `/dialogues?series=${SERIES}&when=past&locale=en`,
    );
  });
});
