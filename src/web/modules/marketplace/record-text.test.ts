import { describe, expect, it } from 'vitest';
import { askedLanguage, languageHref, textLanguages } from './record-text.js';

describe('the languages of a need’s or offer’s texts', () => {
  it('lists every language any text is written in, the default first', () => {
    expect(
      textLanguages(
        [
          { fr: 'Eau', en: 'Water', es: ' ' },
          { pt: 'Água', en: 'Water supply' },
        ],
        'fr',
      ),
    ).toEqual(['fr', 'en', 'pt']);
    expect(textLanguages([{}], 'en')).toEqual([]);
  });

  it('reads only a language the record has from the address', () => {
    const has = ['en', 'es'];
    expect(askedLanguage(new URLSearchParams('lang=es'), has)).toBe('es');
    expect(askedLanguage(new URLSearchParams('lang=fr'), has)).toBeNull();
    expect(askedLanguage(new URLSearchParams('lang=<b>'), has)).toBeNull();
    expect(askedLanguage(new URLSearchParams(''), has)).toBeNull();
  });

  it('links to the page in a language, plainly for the reader’s own', () => {
    expect(languageHref('/needs/n1', 'es', 'en')).toBe('/needs/n1?lang=es');
    expect(languageHref('/needs/n1', 'en', 'en')).toBe('/needs/n1');
  });
});
