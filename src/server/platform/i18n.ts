import fs from 'node:fs';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES } from '../../shared/locales.js';

/** Server-side translations (emails, API error messages), from the same catalogues the web app uses. */
export interface ServerI18n {
  t(locale: string, key: string, vars?: Record<string, unknown>): string;
}

const CATALOGUE_DIR = new URL('../../shared/i18n/', import.meta.url);

/** Reads every catalogue from src/shared/i18n/<locale>/<namespace>.json. */
function readCatalogues(): Resource {
  const resources: Resource = {};
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
  return resources;
}

function load(): ServerI18n {
  const instance: i18n = i18next.createInstance();
  // With the resources given inline and initAsync off, init finishes before it returns.
  void instance.init({
    resources: readCatalogues(),
    fallbackLng: DEFAULT_LOCALE,
    ns: ['mail', 'common', 'errors', 'matching'],
    defaultNS: 'mail',
    interpolation: { escapeValue: false }, // plain-text mail and JSON; HTML bodies escape separately
    initAsync: false,
  });
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

let shared: ServerI18n | undefined;

/**
 * The catalogues, loaded once per process on first use. Synchronous because an error's English
 * text (for logs and the CLI) is worded where it is thrown, outside any request.
 */
export function serverI18n(): ServerI18n {
  shared ??= load();
  return shared;
}

/** The server's translations, for the runtime's dependencies. */
export async function createServerI18n(): Promise<ServerI18n> {
  return serverI18n();
}
