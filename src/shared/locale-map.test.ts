import { describe, expect, it } from 'vitest';
import { localized, pickLocale } from './locale-map.js';

describe('pickLocale', () => {
  const full = { en: 'Agency', es: 'Agencia', fr: 'Agence' };

  it('returns the requested language, not marked as a fallback', () => {
    expect(pickLocale(full, 'es', 'fr')).toEqual({ text: 'Agencia', locale: 'es', fallback: false });
  });

  it('falls back to the record’s default language before English', () => {
    expect(pickLocale(full, 'pt', 'fr')).toEqual({ text: 'Agence', locale: 'fr', fallback: true });
  });

  it('falls back to English when the record default is missing or absent', () => {
    expect(pickLocale(full, 'pt')).toEqual({ text: 'Agency', locale: 'en', fallback: true });
    expect(pickLocale({ en: 'Agency', es: 'Agencia' }, 'pt', 'fr')).toEqual({
      text: 'Agency',
      locale: 'en',
      fallback: true,
    });
  });

  it('falls back to any language when neither the default nor English exists', () => {
    expect(pickLocale({ zh: '机构' }, 'es', 'fr')).toEqual({ text: '机构', locale: 'zh', fallback: true });
  });

  it('takes the first language in the map’s order when several are left', () => {
    expect(pickLocale({ pt: 'Agência', ar: 'وكالة' }, 'es')).toMatchObject({ locale: 'pt', fallback: true });
  });

  it('treats empty and blank texts as missing', () => {
    expect(pickLocale({ es: '', fr: '   ', en: 'Agency' }, 'es', 'fr')).toEqual({
      text: 'Agency',
      locale: 'en',
      fallback: true,
    });
  });

  it('is not a fallback when the requested language is also the default', () => {
    expect(pickLocale(full, 'fr', 'fr')?.fallback).toBe(false);
  });

  it('returns null for no map, an empty map or a map of blanks', () => {
    expect(pickLocale(null, 'en')).toBeNull();
    expect(pickLocale(undefined, 'en')).toBeNull();
    expect(pickLocale({}, 'en')).toBeNull();
    expect(pickLocale({ en: ' ', es: '' }, 'en')).toBeNull();
  });
});

describe('localized', () => {
  it('is the text of pickLocale, or an empty string', () => {
    expect(localized({ en: 'Agency', es: 'Agencia' }, 'es')).toBe('Agencia');
    expect(localized({ es: 'Agencia' }, 'fr', 'es')).toBe('Agencia');
    expect(localized(null, 'es')).toBe('');
    expect(localized({}, 'es')).toBe('');
  });
});
