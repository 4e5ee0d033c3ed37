import i18next, { type BackendModule, type PostProcessorModule, type ReadCallback } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, RTL_LOCALES } from '../../shared/locales.js';
import { setRequestLocale } from '../api/client.js';
import { applyDocumentLocale } from './locale.js';

type Catalogue = { default: Record<string, unknown> };

// One lazy chunk per locale × namespace: only the active language (plus English, the fallback)
// is downloaded, and a namespace only when a page that uses it is opened. The mail, errors and
// dialogue-export namespaces are the server's (e-mails, API error messages, exported documents)
// and never shipped to browsers.
const catalogues = import.meta.glob<Catalogue>([
  '../../shared/i18n/*/*.json',
  '!../../shared/i18n/*/mail.json',
  '!../../shared/i18n/*/errors.json',
  '!../../shared/i18n/*/dialogue-export.json',
]);

const catalogue = (language: string, namespace: string) =>
  catalogues[`../../shared/i18n/${language}/${namespace}.json`];

const lazyCatalogues: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const own = catalogue(language, namespace);
    const english = language === DEFAULT_LOCALE ? undefined : catalogue(DEFAULT_LOCALE, namespace);
    Promise.all([own?.(), english?.()]).then(
      ([mine, fallback]) => {
        // react-i18next renders as soon as the requested language's bundle exists, so English
        // must be in the store first, or a partly translated language would flash raw keys.
        if (fallback && !i18next.hasResourceBundle(DEFAULT_LOCALE, namespace)) {
          i18next.addResourceBundle(DEFAULT_LOCALE, namespace, fallback.default);
        }
        // `false` (not `{}`) for a missing catalogue: an empty bundle would count as loaded.
        callback(null, mine ? (mine.default as never) : false);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

// A right-to-left language that is only partly translated shows some English. Wrapped in a
// first-strong isolate (U+2068 … U+2069), that English keeps its own direction, so its full
// stop stays at the end instead of jumping to the start of the line.
const isolateFallbacks: PostProcessorModule = {
  type: 'postProcessor',
  name: 'isolateFallbacks',
  process(value, key, options) {
    const lng = i18next.resolvedLanguage;
    if (!isLocale(lng) || !RTL_LOCALES.includes(lng) || !value) return value;
    const lookup = { ns: options.ns, count: options.count, context: options.context, lngs: [lng] } as never;
    return i18next.exists(key, lookup) ? value : `\u2068${value}\u2069`;
  },
};

/** Starts i18next in the given language and resolves once the common namespace is loaded. */
export async function startI18n(locale: Locale): Promise<void> {
  i18next.on('languageChanged', (lng) => {
    if (!isLocale(lng)) return;
    applyDocumentLocale(lng);
    setRequestLocale(lng);
  });
  applyDocumentLocale(locale);
  setRequestLocale(locale);
  await i18next
    .use(lazyCatalogues)
    .use(isolateFallbacks)
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
      postProcess: ['isolateFallbacks'],
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
