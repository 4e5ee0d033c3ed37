import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, negotiateLocale } from './locales.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['fr-CA', 'fr'],
    ['PT-br', 'pt'],
    ['de', 'en'],
    ['*', 'en'],
    ['de-DE,de;q=0.9,es;q=0.5', 'es'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en;q=0.1, es;q=0.9', 'es'],
    ['en;q=0.5,fr;q=0.5,es;q=0.4', 'en'],
    ['fr;q=0.5,en;q=0.5', 'fr'],
    ['zh-Hans-CN, ar;q=0.8', 'zh'],
    ['id ; q=0.3, xx', 'id'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('never picks a language the client refused with q=0', () => {
    expect(negotiateLocale('es;q=0')).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale('es;q=0, fr;q=0.1')).toBe('fr');
  });

  it('ignores entries whose q-value is not a number', () => {
    expect(negotiateLocale('es;q=abc, fr;q=0.2')).toBe('fr');
  });
});

describe('locales', () => {
  it('recognises exactly the supported locales', () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(1)).toBe(false);
  });

  it('names every locale in its own language', () => {
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...LOCALES].sort());
    expect(LOCALE_NAMES.es).toBe('Español');
  });
});
