/**
 * Checks the interface catalogues in src/shared/i18n/<locale>/<namespace>.json.
 *
 * Usage: npx tsx scripts/check-i18n.ts
 *
 * Fails (exit 1) when:
 * - a key of English is missing or empty in a complete locale (en, es, fr);
 * - a locale holds a key English does not have (a typo, or a key left behind);
 * - a translation's {{variables}} differ from English's (a renamed variable shows raw braces);
 * - a complete locale lacks a plural form its language needs (French needs _many, say);
 * - code in src/web calls t('literal.key') for a key English does not have.
 * Other locales (pt, zh, id, ar) may hold a subset and fall back to English at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPLETE_LOCALES, DEFAULT_LOCALE, LOCALES } from '../src/shared/locales.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const catalogueRoot = join(repoRoot, 'src/shared/i18n');
const webRoot = join(repoRoot, 'src/web');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;
const errors: string[] = [];
const warnings: string[] = [];

function flatten(value: unknown, where: string, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, where, prefix ? `${prefix}.${key}` : key, out);
  } else {
    errors.push(`${where}: "${prefix}" must be a string or an object of strings`);
  }
  return out;
}

function load(locale: string, namespace: string): Flat | null {
  const file = join(catalogueRoot, locale, `${namespace}.json`);
  if (!existsSync(file)) return null;
  try {
    return flatten(JSON.parse(readFileSync(file, 'utf8')), `${locale}/${namespace}`);
  } catch (error) {
    errors.push(`${locale}/${namespace}: not valid JSON (${(error as Error).message})`);
    return new Map();
  }
}

/** The interpolation variables of a text, sorted: "{{name}} and {{ count }}" → count,name. */
function variables(text: string): string {
  const names = [...text.matchAll(/{{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]);
  return [...new Set(names)].sort().join(',');
}

const pluralBase = (key: string) => key.replace(PLURAL, '');
const categories = (locale: string) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

function compare(locale: string, namespace: string, en: Flat, other: Flat, complete: boolean): void {
  const where = `${locale}/${namespace}`;
  const enPluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(pluralBase));
  const needed = categories(locale);

  for (const [key, enText] of en) {
    if (PLURAL.test(key)) continue; // plural groups are checked as a whole below
    const text = other.get(key);
    if (text === undefined || text.trim() === '') {
      if (complete) errors.push(`${where}: missing or empty key "${key}"`);
    } else if (variables(text) !== variables(enText)) {
      errors.push(`${where}: "${key}" uses {{${variables(text)}}} but English uses {{${variables(enText)}}}`);
    }
  }

  for (const base of enPluralBases) {
    const enVars = variables(en.get(`${base}_other`) ?? '');
    for (const category of needed) {
      const text = other.get(`${base}_${category}`);
      if (text === undefined || text.trim() === '') {
        if (complete)
          errors.push(
            `${where}: missing plural form "${base}_${category}" (${locale} needs ${needed.join(', ')})`,
          );
      } else if (
        ![enVars, enVars.replace(/(^|,)count(,|$)/, '$1$2').replace(/^,|,$/g, '')].includes(variables(text))
      ) {
        errors.push(
          `${where}: "${base}_${category}" uses {{${variables(text)}}} but English uses {{${enVars}}}`,
        );
      }
    }
  }

  for (const key of other.keys()) {
    if (en.has(key)) continue;
    if (PLURAL.test(key) && enPluralBases.has(pluralBase(key))) {
      const category = key.match(PLURAL)?.[1] ?? '';
      if (!needed.includes(category))
        warnings.push(`${where}: plural form "${key}" is never used in ${locale}`);
      continue;
    }
    errors.push(`${where}: key "${key}" is not in English`);
  }
}

function checkCatalogues(): Map<string, Flat> {
  const english = new Map<string, Flat>();
  const namespaces = readdirSync(join(catalogueRoot, DEFAULT_LOCALE))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  for (const ns of namespaces) english.set(ns, load(DEFAULT_LOCALE, ns) ?? new Map());

  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const complete = COMPLETE_LOCALES.includes(locale);
    const dir = join(catalogueRoot, locale);
    const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    for (const file of present) {
      const ns = file.slice(0, -5);
      if (!english.has(ns)) errors.push(`${locale}/${ns}: namespace does not exist in English`);
    }
    for (const [ns, en] of english) {
      const other = load(locale, ns);
      if (other) compare(locale, ns, en, other, complete);
      else if (complete) errors.push(`${locale}/${ns}: namespace file is missing`);
    }
  }
  return english;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Literal t('key') calls must name an English key; dynamic keys (`t(\`x.${y}\`)`) cannot be checked. */
function checkUsages(english: Map<string, Flat>): number {
  let checked = 0;
  for (const file of sourceFiles(webRoot)) {
    const source = readFileSync(file, 'utf8');
    const declared = [...source.matchAll(/useTranslation\(\s*(?:\[\s*)?(?:'([\w-]+)')?/g)].map(
      (m) => m[1] ?? 'common',
    );
    const namespaces = new Set(declared);
    if (namespaces.size > 1) {
      warnings.push(`${relative(repoRoot, file)}: several namespaces in one file; its keys are not checked`);
      continue;
    }
    const fileNs = declared[0] ?? 'common';
    for (const match of source.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
      const raw = match[1] ?? '';
      const [ns, key] = raw.includes(':') ? (raw.split(':', 2) as [string, string]) : [fileNs, raw];
      const catalogue = english.get(ns);
      checked++;
      const known = catalogue?.has(key) || catalogue?.has(`${key}_other`);
      if (!known) errors.push(`${relative(repoRoot, file)}: t('${raw}') has no English text in ${ns}.json`);
    }
  }
  return checked;
}

const english = checkCatalogues();
const usages = checkUsages(english);
const keyCount = [...english.values()].reduce((n, flat) => n + flat.size, 0);

for (const warning of warnings) console.warn(`warning: ${warning}`);
if (errors.length > 0) {
  for (const error of errors) console.error(`error: ${error}`);
  console.error(`\ni18n check failed: ${errors.length} problem(s).`);
  process.exit(1);
}
console.log(
  `i18n check passed: ${english.size} namespaces, ${keyCount} English keys, ${LOCALES.length} locales, ${usages} literal t() calls checked.`,
);
