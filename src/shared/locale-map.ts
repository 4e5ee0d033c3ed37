/**
 * Multilingual user content is a locale map `{ en: "...", es: "..." }`. Readers get their
 * language, else the record's default language, else any language, and are told which one
 * they got so the UI can mark the fallback.
 */
export type LocaleMap = Partial<Record<string, string>>;

export interface LocalizedText {
  text: string;
  locale: string;
  /** True when the text is not in the requested language. */
  fallback: boolean;
}

/** Resolves a locale map for a reader (requested → record default → English → any). */
export function pickLocale(
  map: LocaleMap | null | undefined,
  requested: string,
  recordDefault?: string,
): LocalizedText | null {
  if (!map) return null;
  const order = [requested, recordDefault, 'en', ...Object.keys(map)];
  for (const locale of order) {
    const text = locale ? map[locale] : undefined;
    if (locale && text && text.trim() !== '') return { text, locale, fallback: locale !== requested };
  }
  return null;
}

/** Plain-string form of pickLocale, for lists, exports and sorting. */
export function localized(
  map: LocaleMap | null | undefined,
  requested: string,
  recordDefault?: string,
): string {
  return pickLocale(map, requested, recordDefault)?.text ?? '';
}
