import { type LocaleMap, localized } from '../../../shared/locale-map.js';

/**
 * A notification's parameters are stored language-free (names and titles as locale maps), so
 * each reader's words are made when shown or mailed: this turns them into that reader's text.
 */
export function wordsFor(params: Record<string, unknown>, locale: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (value && typeof value === 'object') out[key] = localized(value as LocaleMap, locale) || '—';
    else out[key] = '';
  }
  return out;
}
