import type { LocaleMap } from '../../../shared/locale-map.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import { FallbackMarker } from '../../components/multilingual/FallbackMarker.js';

/**
 * A multilingual text in the reader's language, else the profile's own language, else any; when
 * it is shown in another language a visible marker says which. Nothing when there is no text.
 */
export function LocalText({
  map,
  defaultLocale,
  inline = false,
}: {
  map: LocaleMap | null | undefined;
  defaultLocale?: string | undefined;
  /** A short text (a title) inside a line, rather than paragraphs. */
  inline?: boolean;
}) {
  const locale = useLocale();
  const picked = pickLocale(map, locale, defaultLocale);
  if (!picked) return null;
  return (
    <>
      <FallbackMarker shownIn={picked.locale} />
      {inline ? (
        <span lang={picked.locale} dir="auto">
          {picked.text}
        </span>
      ) : (
        <p lang={picked.locale} dir="auto" className="prose">
          {picked.text}
        </p>
      )}
    </>
  );
}

/** True when a locale map holds some non-blank text. */
export function hasText(map: LocaleMap | null | undefined): boolean {
  return Object.values(map ?? {}).some((v) => !!v && v.trim() !== '');
}
