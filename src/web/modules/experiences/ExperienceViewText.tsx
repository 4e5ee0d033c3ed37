import { useTranslation } from 'react-i18next';
import type { LocaleMap } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { type ContentLanguage, type ShownText, shownText } from './library-content.js';

/** Says a field is shown in another language than the page, and whether that is a machine translation. */
export function TextMarkers({ shown }: { shown: ShownText }) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  if (!shown.fallback) return null;
  return (
    <span className="text-markers">
      <span className="badge badge-quiet">
        {t('language.fieldFallback', { language: languageName(shown.locale, locale) })}
      </span>
      {shown.machine ? <span className="badge">{t('language.machine')}</span> : null}
    </span>
  );
}

/**
 * One multilingual text of the story in the page language, or the best other one with a visible
 * marker. Rendered as text (never HTML); line breaks kept. Nothing when the field is empty.
 */
export function StoryText({
  map,
  lang,
  inline = false,
}: {
  map: LocaleMap | null | undefined;
  lang: ContentLanguage;
  inline?: boolean;
}) {
  const shown = shownText(map, lang);
  if (!shown) return null;
  return inline ? (
    <>
      <span lang={shown.locale} dir="auto">
        {shown.text}
      </span>{' '}
      <TextMarkers shown={shown} />
    </>
  ) : (
    <>
      {shown.fallback ? (
        <p>
          <TextMarkers shown={shown} />
        </p>
      ) : null}
      <p lang={shown.locale} dir="auto" className="prose">
        {shown.text}
      </p>
    </>
  );
}
