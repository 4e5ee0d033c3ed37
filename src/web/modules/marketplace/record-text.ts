import type { LocaleMap } from '../../../shared/locale-map.js';

/**
 * Which language a need's or offer's texts are read in. The page shows the reader's language
 * (each text falling back on its own: the record's default, then English, then any); `?lang=es`
 * asks for another language the record is written in, so the choice is a shareable link.
 */
const LANG = /^[a-z]{2,3}$/;

/** The languages any of the texts are written in, the record's default language first. */
export function textLanguages(maps: readonly LocaleMap[], defaultLocale: string): string[] {
  const found = new Set<string>();
  for (const map of maps)
    for (const [locale, text] of Object.entries(map)) if (text && text.trim() !== '') found.add(locale);
  return [...found].sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b)));
}

/** The language asked for in the address (`?lang=`), if it is one the record is written in. */
export function askedLanguage(params: URLSearchParams, available: readonly string[]): string | null {
  const lang = params.get('lang') ?? '';
  return LANG.test(lang) && available.includes(lang) ? lang : null;
}

/** The address of the record's page showing its texts in `lang` (plain for the reader's own). */
export function languageHref(path: string, lang: string, uiLocale: string): string {
  return lang === uiLocale ? path : `${path}?lang=${encodeURIComponent(lang)}`;
}
