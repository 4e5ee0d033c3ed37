import { describe, expect, it } from 'vitest';
import { changedFields, draftLanguages, onlyFilled } from './draft-model.js';

describe('draft model', () => {
  it('keeps the trimmed texts of the record’s languages only', () => {
    expect(onlyFilled({ en: ' Water ', es: '  ', fr: 'Eau' }, ['en', 'es'])).toEqual({ en: 'Water' });
  });

  it('starts an edit with the default language, those written in, then the reader’s', () => {
    expect(draftLanguages('es', [{ en: 'a', es: 'b' }, { fr: 'c' }], 'pt')).toEqual(['es', 'en', 'fr', 'pt']);
    expect(draftLanguages('en', [{ en: 'a' }], 'en')).toEqual(['en']);
  });

  it('sends only the fields an edit changed, whatever the order of a locale map’s keys', () => {
    const before = { title: { en: 'A', es: 'B' }, sectors: ['11110'], capacity: 3 };
    const after = { title: { es: 'B', en: 'A' }, sectors: ['11110', '12110'], capacity: 3 };
    expect(changedFields(before, after)).toEqual({ sectors: ['11110', '12110'] });
  });
});
