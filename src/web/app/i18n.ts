import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../shared/locales.js';
import { applyDocumentLocale } from './locale.js';

type Catalogue = { default: Record<string, unknown> };

// One lazy chunk per locale × namespace: only the active language (plus English, the fallback)
// is downloaded, and a namespace only when a page that uses it is opened. The mail namespace is
// for the server's e-mails and never shipped to browsers.
const catalogues = import.meta.glob<Catalogue>(['../../shared/i18n/*/*.json', '!../../shared/i18n/*/mail.json']);

const lazyCatalogues: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogues[`../../shared/i18n/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Starts i18next in the given language and resolves once the common namespace is loaded. */
export async function startI18n(locale: Locale): Promise<void> {
  i18next.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyDocumentLocale(lng);
  });
  applyDocumentLocale(locale);
  await i18next
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      ns: ['common'],
      defaultNS: 'common',
      // React already escapes text; escaping twice would show "&amp;" to readers.
      interpolation: { escapeValue: false },
      // A partly translated language may hold empty strings: show English rather than nothing.
      returnEmptyString: false,
      load: 'languageOnly',
      react: { useSuspense: true },
    });
}

/** The current interface language, always one of the supported locales. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

/** Switches the interface language, loading its catalogues first so nothing flashes untranslated. */
export function changeLocale(locale: Locale): Promise<unknown> {
  return i18next.changeLanguage(locale);
}
