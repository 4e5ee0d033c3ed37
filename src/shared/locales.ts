/** The interface languages. en/es/fr are complete (a check fails on a missing key); the rest fall back to English. */
export const LOCALES = ['en', 'es', 'fr', 'pt', 'zh', 'id', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const COMPLETE_LOCALES: readonly Locale[] = ['en', 'es', 'fr'];
export const RTL_LOCALES: readonly Locale[] = ['ar'];
export const DEFAULT_LOCALE: Locale = 'en';

/** Native names, shown in the language switcher so a reader finds their own language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
  zh: '中文',
  id: 'Bahasa Indonesia',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header value. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    // q=0 means "not acceptable" (RFC 9110); a malformed q (NaN) is ignored as well.
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.tag).find(isLocale) ?? DEFAULT_LOCALE;
}
