import { useCallback } from 'react';
import { type LocaleMap, type LocalizedText, pickLocale } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';

/**
 * A dialogue's multilingual texts in the reader's language, else the dialogue's own, else any;
 * with the language really shown (for `lang`, so screen readers pick the right voice).
 */
export function useDialogueText(defaultLocale: string): (map: LocaleMap) => LocalizedText | null {
  const locale = useLocale();
  return useCallback((map: LocaleMap) => pickLocale(map, locale, defaultLocale), [locale, defaultLocale]);
}
