import { describe, expect, it } from 'vitest';
import { changeRows } from './change-rows.js';

describe('rows of the "what changed" table', () => {
  it('ties each change to its field, and per-language changes to their language', () => {
    const rows = changeRows([
      { path: 'strategy.status', before: 'in_preparation', after: 'adopted' },
      { path: 'history.es', before: null, after: 'Desde 2011' },
      { path: 'legalBasis.title.en', before: 'Old', after: 'New' },
      { path: 'bodies', before: [], after: [{ organisationId: null }] },
      { path: 'defaultLocale', before: 'en', after: 'es' },
      { path: 'somethingNew', before: 1, after: 2 },
    ]);
    expect(rows.map((r) => [r.path, r.field?.path ?? null, r.lang])).toEqual([
      ['strategy.status', 'strategy.status', null],
      ['history.es', 'history', 'es'],
      ['legalBasis.title.en', 'legalBasis.title', 'en'],
      ['bodies', 'bodies', null],
      ['defaultLocale', null, null],
      ['somethingNew', null, null],
    ]);
    expect(rows[1]?.after).toBe('Desde 2011');
  });
});
