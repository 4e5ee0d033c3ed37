import { DEFAULT_LOCALE, isLocale, type Locale, RTL_LOCALES } from '../../shared/locales.js';

const STORAGE_KEY = 'kxhub.locale';

/** The language a signed-out visitor chose earlier, else the browser's best supported language. */
export function initialLocale(): Locale {
  const stored = readStored();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** Remembers a visitor's choice on this device (signed-in users keep it on their profile too). */
export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or full storage: the choice lasts for this visit only, which is acceptable.
  }
}

function readStored(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Sets `<html lang dir>` so screen readers pick the right voice and Arabic flows right to left. */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
