import { isLocale, LOCALE_NAMES } from '../../../shared/locales.js';

/** A language's name for the "shown in X" marker: native name for our locales, else Intl's. */
export function languageName(code: string, uiLocale: string): string {
  if (isLocale(code)) return LOCALE_NAMES[code];
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
