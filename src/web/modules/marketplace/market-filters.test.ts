import { describe, expect, it } from 'vitest';
import {
  activeCount,
  cleared,
  exportHref,
  facetsPath,
  isFiltered,
  MAX_PAGES,
  marketUrl,
  pagesShown,
  readFilters,
  refine,
  searchPath,
  shownSort,
  shownStatuses,
  sortsFor,
  toggleCode,
} from './market-filters.js';

const read = (query: string) => readFilters(new URLSearchParams(query));
const ORG = '0b9f3c1e-5a4d-4c7e-9f0a-2d3b4c5d6e7f';

describe('market list filters in the URL', () => {
  it('reads an empty query as the default list', () => {
    const f = read('');
    expect(f.q).toBe('');
    expect(f.sort).toBe('newest');
    expect(f.pages).toBe(1);
    expect(f.organisation).toBeNull();
    expect(Object.values(f.lists).every((l) => l.length === 0)).toBe(true);
    expect(isFiltered(f)).toBe(false);
    expect(marketUrl('need', f)).toBe('/needs');
  });

  it('round-trips search, lists, organisation, sort and pages', () => {
    const query = `q=water&status=open,closed&challengeArea=health&country=KE,MX&sector=120&sdg=6.1&instrument=peer_visit&language=es&organisation=${ORG}&sort=expiring&page=3`;
    const f = read(query);
    expect(f.lists.country).toEqual(['KE', 'MX']);
    expect(f.lists.status).toEqual(['open', 'closed']);
    expect(f.pages).toBe(3);
    expect(marketUrl('offer', f)).toBe(`/offers?${query}`);
    expect(readFilters(new URLSearchParams(marketUrl('offer', f).split('?')[1]))).toEqual(f);
  });

  it('drops malformed codes, unknown statuses and sorts, and repeated values', () => {
    const f = read(
      'country=KE&country=KE,%3Cscript%3E&status=open,bogus&sort=views&organisation=nope&page=x',
    );
    expect(f.lists.country).toEqual(['KE']);
    expect(f.lists.status).toEqual(['open']);
    expect(f.sort).toBe('newest');
    expect(f.organisation).toBeNull();
    expect(f.pages).toBe(1);
  });

  it('bounds the pages shown at once', () => {
    expect(read('page=0').pages).toBe(1);
    expect(read('page=99').pages).toBe(MAX_PAGES);
    expect(pagesShown(0)).toBe(1);
    expect(pagesShown(21)).toBe(2);
    expect(pagesShown(1000)).toBe(MAX_PAGES);
  });

  it('goes back to the first page whenever the filters change', () => {
    const f = read('country=KE&page=3');
    expect(toggleCode(f, 'country', 'MX').pages).toBe(1);
    expect(refine(f, { q: 'x' }).pages).toBe(1);
    expect(marketUrl('need', refine(f, { sort: 'expiring' }))).toBe('/needs?country=KE&sort=expiring');
  });

  it('toggles codes in and out of a list', () => {
    const f = toggleCode(read(''), 'sector', '120');
    expect(f.lists.sector).toEqual(['120']);
    expect(toggleCode(f, 'sector', '120').lists.sector).toEqual([]);
  });

  it('shows the default statuses ticked and starts a status change from them', () => {
    const f = read('');
    expect(shownStatuses(f)).toEqual(['open', 'in_discussion']);
    const withClosed = toggleCode(f, 'status', 'closed');
    expect(withClosed.lists.status).toEqual(['open', 'in_discussion', 'closed']);
    const openOnly = toggleCode(f, 'status', 'in_discussion');
    expect(openOnly.lists.status).toEqual(['open']);
    // Back at the default: the parameter disappears.
    expect(toggleCode(openOnly, 'status', 'in_discussion').lists.status).toEqual([]);
  });

  it('counts the filters set and clears them keeping the sort', () => {
    const f = read(`q=a&country=KE,MX&status=open&organisation=${ORG}&sort=expiring`);
    expect(activeCount(f)).toBe(4);
    expect(cleared(f)).toEqual(read('sort=expiring'));
    expect(isFiltered(read('sort=expiring'))).toBe(false);
  });

  it('offers "best match" only with words to match', () => {
    expect(sortsFor(read(''))).toEqual(['newest', 'expiring']);
    expect(sortsFor(read('q=x'))).toEqual(['newest', 'expiring', 'relevance']);
    expect(shownSort(read('sort=relevance'))).toBe('newest');
    expect(shownSort(read('q=x&sort=relevance'))).toBe('relevance');
  });

  it('builds the API paths and the export links from the same filters', () => {
    const f = read('q=water&country=KE,MX&page=2');
    expect(searchPath('need', f, 'es', f.pages)).toBe(
      '/needs?q=water&country=KE,MX&facets=false&limit=40&locale=es',
    );
    expect(searchPath('need', f, 'es')).toBe('/needs?q=water&country=KE,MX&facets=false&limit=20&locale=es');
    expect(facetsPath('offer', f, 'fr')).toBe('/offers?q=water&country=KE,MX&facets=true&limit=1&locale=fr');
    expect(exportHref('need', f, 'en', 'csv')).toBe(
      '/api/v1/needs/export?q=water&country=KE,MX&locale=en&format=csv',
    );
  });
});
