import fs from 'node:fs';
import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES } from '../../shared/locales.js';

/** Server-side translations (emails), from the same catalogues the web app uses. */
export interface ServerI18n {
  t(locale: string, key: string, vars?: Record<string, unknown>): string;
}

const CATALOGUE_DIR = new URL('../../shared/i18n/', import.meta.url);

/** Loads every catalogue from src/shared/i18n/<locale>/<namespace>.json. */
export async function createServerI18n(): Promise<ServerI18n> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const locale of LOCALES) {
    const dir = new URL(`${locale}/`, CATALOGUE_DIR);
    if (!fs.existsSync(dir)) continue;
    resources[locale] = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      resources[locale][file.replace(/\.json$/, '')] = JSON.parse(
        fs.readFileSync(new URL(file, dir), 'utf8'),
      );
    }
  }
  const instance: i18n = i18next.createInstance();
  await instance.init({
    resources,
    fallbackLng: DEFAULT_LOCALE,
    ns: ['mail', 'common'],
    defaultNS: 'mail',
    interpolation: { escapeValue: false }, // plain-text mail; HTML bodies escape separately
    initImmediate: false,
  } as Parameters<i18n['init']>[0]);
  const fixed = new Map<string, TFunction>();
  return {
    t(locale, key, vars) {
      let t = fixed.get(locale);
      if (!t) {
        t = instance.getFixedT(locale);
        fixed.set(locale, t);
      }
      return t(key, vars ?? {}) as string;
    },
  };
}
