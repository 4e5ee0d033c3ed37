import { describe, expect, it } from 'vitest';
import {
  cleared,
  exportHref,
  facetsPath,
  filterParams,
  isFiltered,
  libraryUrl,
  readFilters,
  readStoryView,
  searchPath,
  storyHref,
  toggleCode,
  withYears,
} from './library-filters.js';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('library filters in the URL', () => {
  it('reads the search, every list filter, the years and the sort', () => {
    const f = read(
      'q=+tax+reform+&country=MX,BR&region=419&sector=15111&sdg=16.6,17&modality=technical&instrument=peer_learning' +
        '&mode=transfer&outcome=policy_change&language=es&dimension=financing&yearFrom=2015&yearTo=2019&sort=views',
    );
    expect(f).toEqual({
      q: 'tax reform',
      lists: {
        country: ['MX', 'BR'],
        region: ['419'],
        sector: ['15111'],
        sdg: ['16.6', '17'],
        modality: ['technical'],
        instrument: ['peer_learning'],
        mode: ['transfer'],
        outcome: ['policy_change'],
        language: ['es'],
        dimension: ['financing'],
      },
      yearFrom: 2015,
      yearTo: 2019,
      sort: 'views',
    });
  });

  it('accepts repeated parameters and drops duplicates, blanks and malformed codes', () => {
    const f = read('country=MX&country=BR,MX,,%20CO%20&sector=<script>&sdg=16.6;drop');
    expect(f.lists.country).toEqual(['MX', 'BR', 'CO']);
    expect(f.lists.sector).toEqual([]);
    expect(f.lists.sdg).toEqual([]);
  });

  it('treats missing, unknown and out-of-range values as not filtered', () => {
    const f = read('sort=random&yearFrom=19&yearTo=3000&other=1');
    expect(f.sort).toBe('relevance');
    expect(f.yearFrom).toBeNull();
    expect(f.yearTo).toBeNull();
    expect(isFiltered(f)).toBe(false);
    expect(isFiltered(read('sort=newest'))).toBe(false);
    expect(isFiltered(read('language=fr'))).toBe(true);
    expect(isFiltered(read('yearTo=2020'))).toBe(true);
  });

  it('puts a reversed year range the right way round', () => {
    expect(read('yearFrom=2020&yearTo=2012')).toMatchObject({ yearFrom: 2012, yearTo: 2020 });
    expect(withYears(read(''), 2021, 2018)).toMatchObject({ yearFrom: 2018, yearTo: 2021 });
  });

  it('caps the number of codes a link can carry', () => {
    const many = Array.from({ length: 40 }, (_, i) => `C${i}`).join(',');
    expect(read(`country=${many}`).lists.country).toHaveLength(20);
  });

  it('writes only what is set, in a fixed order, with readable commas', () => {
    const f = read('sort=newest&language=es&country=MX,BR&q=agua');
    expect(filterParams(f)).toEqual({ q: 'agua', country: 'MX,BR', language: 'es', sort: 'newest' });
    expect(libraryUrl(f)).toBe('/experiences?q=agua&country=MX,BR&language=es&sort=newest');
    expect(libraryUrl(read(''))).toBe('/experiences');
  });

  it('round-trips through the URL', () => {
    const f = read('q=salud+rural&sdg=3.8,3&instrument=study_visit&yearFrom=2010&sort=views');
    expect(read(libraryUrl(f).split('?')[1] ?? '')).toEqual(f);
  });

  it('ticks and unticks a code, and clears every filter but the sort', () => {
    const f = read('country=MX&sort=newest');
    const more = toggleCode(f, 'country', 'BR');
    expect(more.lists.country).toEqual(['MX', 'BR']);
    expect(f.lists.country).toEqual(['MX']); // the original is not changed
    expect(toggleCode(more, 'country', 'MX').lists.country).toEqual(['BR']);
    expect(libraryUrl(cleared(read('q=x&country=MX&yearFrom=2001&sort=newest')))).toBe(
      '/experiences?sort=newest',
    );
  });

  it('builds the API, facet and export addresses with the same filters', () => {
    const f = read('q=tax&country=MX,BR&sort=newest');
    expect(searchPath(f, 'es')).toBe(
      '/experiences?q=tax&country=MX,BR&sort=newest&facets=false&limit=20&locale=es',
    );
    expect(facetsPath(f, 'es')).toBe(
      '/experiences?q=tax&country=MX,BR&sort=newest&facets=true&limit=1&locale=es',
    );
    expect(exportHref(f, 'fr', 'csv')).toBe(
      '/api/v1/experiences/export?q=tax&country=MX,BR&sort=newest&locale=fr&format=csv',
    );
    expect(searchPath(read(''), 'en')).toBe('/experiences?facets=false&limit=20&locale=en');
  });

  it('escapes what must be escaped in a search', () => {
    expect(libraryUrl(read('q=a%26b%3Dc'))).toBe('/experiences?q=a%26b%3Dc');
  });
});

describe('the experience page address', () => {
  const id = '00000000-0000-4000-8000-000000000001';

  it('reads the content language and the version', () => {
    expect(readStoryView(new URLSearchParams('lang=es&version=3'))).toEqual({ lang: 'es', version: 3 });
    expect(readStoryView(new URLSearchParams('lang=Español&version=0'))).toEqual({
      lang: null,
      version: null,
    });
    expect(readStoryView(new URLSearchParams('version=2x'))).toEqual({ lang: null, version: null });
  });

  it('builds the page and print addresses', () => {
    expect(storyHref(id, { lang: null, version: null })).toBe(`/experiences/${id}`);
    expect(storyHref(id, { lang: 'fr', version: 2 })).toBe(`/experiences/${id}?lang=fr&version=2`);
    expect(storyHref(id, { lang: 'zh', version: null }, true)).toBe(`/experiences/${id}/print?lang=zh`);
  });
});
