import { describe, expect, it } from 'vitest';
import { exportHref, filterParams, isFiltered, listPath, readFilters } from './filters.js';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('country list filters in the URL', () => {
  it('reads every filter', () => {
    expect(read('q=mex&region=419&incomeGroup=UM&role=dual&withProfile=true')).toEqual({
      q: 'mex',
      region: '419',
      incomeGroup: 'UM',
      role: 'dual',
      withProfile: 'true',
    });
  });

  it('treats missing, unknown and malformed values as not filtered', () => {
    expect(read('incomeGroup=XX&withProfile=yes&q=%20%20&other=1')).toEqual({
      q: '',
      region: '',
      incomeGroup: '',
      role: '',
      withProfile: '',
    });
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('withProfile=false'))).toBe(true);
  });

  it('writes only the filters that are set, so shared links stay short', () => {
    expect(filterParams({ q: ' chile ', region: '', incomeGroup: 'H', role: '', withProfile: '' })).toEqual({
      q: 'chile',
      incomeGroup: 'H',
    });
  });

  it('round-trips through the URL', () => {
    const filters = read('q=in&role=provider&withProfile=false');
    expect(read(new URLSearchParams(filterParams(filters)).toString())).toEqual(filters);
  });

  it('builds the API and export addresses with the same filters', () => {
    const filters = read('region=298&withProfile=true');
    expect(listPath(filters, 'fr')).toBe('/countries?region=298&withProfile=true&locale=fr');
    expect(exportHref(filters, 'es', 'csv')).toBe(
      '/api/v1/countries/export?region=298&withProfile=true&locale=es&format=csv',
    );
    expect(listPath(read(''), 'en')).toBe('/countries?locale=en');
  });
});
