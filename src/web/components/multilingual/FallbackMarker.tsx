import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { languageName } from './language-name.js';

/** Says that a text is shown in another language because none exists in the reader's. */
export function FallbackMarker({ shownIn }: { shownIn: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (shownIn === locale) return null;
  return <p className="badge">{t('multilingual.fallback', { language: languageName(shownIn, locale) })}</p>;
}
