/**
 * Dev-time generator for the committed reference data in src/server/db/reference/data/.
 *
 * Usage: npx tsx scripts/build-reference-data.ts [path/to/iati]
 * (default: ../shared/data/iati beside the repository root; the folder holding codelists/ and SOURCE.md)
 *
 * The product never reads the IATI XML at run time: this script turns it into JSON once, and the
 * JSON is committed. Country/language/currency names come from the ICU data of the Node that runs
 * this script, so the CLDR version used is written into ATTRIBUTION.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { CODELIST_NAMES, REFERENCE_LOCALES } from '../src/server/db/reference/reference-data.js';

type LocaleMap = Record<string, string>;

interface RawItem {
  code: string;
  status: 'active' | 'withdrawn';
  name: LocaleMap;
  description: LocaleMap;
  category?: string;
  url?: string;
}

// Continental "regional" codes of the DAC Region list that country-regions.json may use.
const CONTINENT_REGION_CODES = new Set(['89', '298', '498', '589', '798', '889', '998']);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const iatiDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data', 'iati'));
const codelistDir = join(iatiDir, 'codelists');
const outDir = join(repoRoot, 'src', 'server', 'db', 'reference', 'data');

/** Collapses layout whitespace from the XML while keeping paragraph breaks. */
function normaliseText(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/** Parses one IATI codelist XML file into its items (metadata is skipped). */
function parseCodelist(listName: string): RawItem[] {
  // The largest list is ~0.5 MB, so reading it whole and feeding saxes once is simplest.
  const xml = readFileSync(join(codelistDir, `${listName}.xml`), 'utf8');
  const parser = new SaxesParser();
  const stack: string[] = [];
  const items: RawItem[] = [];
  let item: RawItem | undefined;
  let text = '';
  let lang = 'en';
  let declaredName: string | undefined;

  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    if (tag.name === 'codelist') {
      declaredName = String(tag.attributes.name ?? '');
    } else if (tag.name === 'codelist-item') {
      const status = tag.attributes.status === 'withdrawn' ? 'withdrawn' : 'active';
      item = { code: '', status, name: {}, description: {} };
    } else if (tag.name === 'narrative') {
      // A narrative without xml:lang is in the list's default language, English for all IATI lists.
      lang = String(tag.attributes['xml:lang'] ?? 'en');
    }
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    const parent = stack[stack.length - 2];
    const grandparent = stack[stack.length - 3];
    if (item && tag.name === 'codelist-item') {
      items.push(item);
      item = undefined;
    } else if (item && parent === 'codelist-item') {
      if (tag.name === 'code') item.code = text.trim();
      else if (tag.name === 'category') item.category = text.trim();
      else if (tag.name === 'url') item.url = text.trim();
    } else if (item && tag.name === 'narrative' && grandparent === 'codelist-item') {
      const target = parent === 'name' ? item.name : parent === 'description' ? item.description : undefined;
      const value = normaliseText(text);
      if (target && value) target[lang] = value;
    }
    stack.pop();
    text = '';
  });
  parser.write(xml).close();

  if (declaredName !== listName) throw new Error(`${listName}.xml declares codelist "${declaredName}"`);
  for (const it of items) {
    if (!it.code) throw new Error(`${listName}: item without a code`);
    if (!it.name.en) throw new Error(`${listName} ${it.code}: no English name`);
  }
  return items;
}

/** Serialises an array with one element per line: readable diffs without a 3 MB pretty print. */
function jsonLines(values: unknown[], indent = ''): string {
  if (values.length === 0) return '[]';
  return `[\n${values.map((v) => `${indent}  ${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
}

function writeOut(file: string, content: string): void {
  writeFileSync(join(outDir, file), `${content}\n`);
  console.log(`wrote ${file} (${Buffer.byteLength(content)} bytes)`);
}

type DisplayType = 'region' | 'language' | 'currency';

const fallbacks: string[] = [];

/** Localised names from ICU; falls back to the IATI name (same language, else English). */
function icuNames(type: DisplayType, code: string, iati: LocaleMap): LocaleMap {
  const names: LocaleMap = {};
  for (const locale of REFERENCE_LOCALES) {
    const icu = new Intl.DisplayNames(locale, { type, fallback: 'none' }).of(code);
    if (!icu) fallbacks.push(`${type} ${code} ${locale}`);
    let name = icu ?? iati[locale] ?? iati.en ?? code;
    // CLDR writes language and currency names in lower case for use inside a sentence ("dólar
    // estadounidense"); here they are shown on their own in menus, where CLDR's uiListOrMenu
    // context asks for an initial capital.
    if (type !== 'region') name = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    names[locale] = name;
  }
  return names;
}

function buildCodelists(): Record<string, RawItem[]> {
  const out: Record<string, RawItem[]> = {};
  for (const listName of CODELIST_NAMES) out[listName] = parseCodelist(listName);
  const body = CODELIST_NAMES.map((listName) => {
    const items = (out[listName] ?? []).map((it) => ({
      code: it.code,
      name: it.name,
      ...(Object.keys(it.description).length > 0 ? { description: it.description } : {}),
      ...(it.category ? { category: it.category } : {}),
      ...(it.url ? { url: it.url } : {}),
      status: it.status,
    }));
    return `  ${JSON.stringify(listName)}: ${jsonLines(items, '  ')}`;
  });
  writeOut('codelists.json', `{\n${body.join(',\n')}\n}`);
  return out;
}

function buildCountries(regionItems: RawItem[]): void {
  const regionMap = JSON.parse(readFileSync(join(outDir, 'country-regions.json'), 'utf8')) as Record<
    string,
    string
  >;
  const knownRegions = new Set(regionItems.filter((r) => r.status === 'active').map((r) => r.code));
  for (const [country, region] of Object.entries(regionMap)) {
    if (!CONTINENT_REGION_CODES.has(region) || !knownRegions.has(region)) {
      throw new Error(`country-regions.json: ${country} → ${region} is not an active continental region`);
    }
  }
  const active = parseCodelist('Country').filter((c) => c.status === 'active');
  const missing = active.filter((c) => !regionMap[c.code]).map((c) => c.code);
  if (missing.length > 0) throw new Error(`country-regions.json lacks: ${missing.join(', ')}`);
  const activeCodes = new Set(active.map((c) => c.code));
  const extra = Object.keys(regionMap).filter((code) => !activeCodes.has(code));
  if (extra.length > 0)
    console.warn(`country-regions.json has codes not active in Country.xml: ${extra.join(', ')}`);

  const countries = active.map((c) => ({
    code: c.code,
    name: icuNames('region', c.code, c.name),
    region: regionMap[c.code],
    status: c.status,
  }));
  writeOut('countries.json', jsonLines(countries));
}

function buildNamed(listName: 'Language' | 'Currency', type: DisplayType, file: string): void {
  const rows = parseCodelist(listName).map((it) => ({
    code: it.code,
    name: icuNames(type, it.code, it.name),
    status: it.status,
  }));
  writeOut(file, jsonLines(rows));
}

/** Pulls "repo, branch @ commit" for a folder from SOURCE.md so the attribution cannot drift. */
function sourceLine(sourceMd: string, repo: string): string {
  const re = new RegExp(`\`${repo}\`, branch \`([^\`]+)\` @ \`([0-9a-f]{40})\``);
  const m = sourceMd.match(re);
  if (!m) throw new Error(`SOURCE.md: no commit line for ${repo}`);
  return `https://github.com/${repo} (branch \`${m[1]}\`, commit \`${m[2]}\`)`;
}

function buildAttribution(): void {
  const sourceMd = readFileSync(join(iatiDir, 'SOURCE.md'), 'utf8');
  const text = `# Reference data: sources and licences

Generated by \`scripts/build-reference-data.ts\`; do not edit the JSON files by hand
(except \`country-regions.json\`, which is maintained by hand and checked by the script, and
\`income-groups.json\`, maintained by hand and checked by the tests).

## IATI code lists

\`codelists.json\`, and the codes and fallback names in \`countries.json\`, \`languages.json\` and
\`currencies.json\`, come from the **IATI Standard (http://iatistandard.org/)**, version 2.03,
licensed under Creative Commons Attribution 4.0 (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/).
Copyright © Development Initiatives, on behalf of the IATI Secretariat.

Sources:

- Embedded code lists: ${sourceLine(sourceMd, 'IATI/IATI-Codelists')}, path \`xml/\`
- Non-embedded code lists: ${sourceLine(sourceMd, 'IATI/IATI-Codelists-NonEmbedded')}, path \`xml/\`

Changes made: converted from XML to JSON; whitespace of names and descriptions normalised;
only a subset of lists is kept; withdrawn countries are left out of \`countries.json\`.

## Translations of country, language and currency names

Names in English, Spanish, French, Portuguese, Chinese, Indonesian and Arabic come from the
Unicode Common Locale Data Repository (CLDR ${process.versions.cldr}, via ICU ${process.versions.icu}
as built into Node.js ${process.version}), under the Unicode License (https://www.unicode.org/license.txt).
Where CLDR has no name for a code, the IATI name is used. Language and currency names start with a
capital letter, as CLDR prescribes for stand-alone use in lists and menus.

## Country regions

\`country-regions.json\` maps each ISO 3166-1 alpha-2 code to a continental code of the IATI/OECD-DAC
Region list (89 Europe, 298 Africa, 498 America, 589 Middle East, 798 Asia, 889 Oceania,
998 unspecified). It was compiled by hand from the OECD-DAC recipient groupings (Middle East as in
the DAC list; the Caucasus and Central Asia in Asia; Türkiye and Cyprus in Europe) and, for
territories outside the DAC list, the UN M49 continent. Antarctica is mapped to 998.

## World Bank income groups

\`income-groups.json\` holds the **World Bank country classifications by income level** for the
World Bank's fiscal year 2026 (FY2026: 1 July 2025 – 30 June 2026, based on 2024 GNI per capita,
Atlas method): L low, LM lower-middle, UM upper-middle, H high income. Source: World Bank, "World
Bank Country and Lending Groups" (https://datahelpdesk.worldbank.org/knowledgebase/articles/906519),
licensed under Creative Commons Attribution 4.0 (CC BY 4.0,
https://www.worldbank.org/en/about/legal/terms-of-use-for-datasets).

Changes made: World Bank economy names mapped to ISO 3166-1 alpha-2 codes (Kosovo XK, West Bank
and Gaza PS, Taiwan, China TW); the Channel Islands, one economy for the Bank, are given to both
JE and GG; Venezuela, which the Bank has not classified since FY2022, and territories the Bank does
not list separately are left out (income group null). The file is maintained by hand (not by the
build script): update it each July from the Bank's CLASS.xlsx, with its \`fiscalYear\`.
`;
  writeOut('ATTRIBUTION.md', text.trimEnd());
}

const lists = buildCodelists();
buildCountries(lists.Region ?? []);
buildNamed('Language', 'language', 'languages.json');
buildNamed('Currency', 'currency', 'currencies.json');
buildAttribution();
if (fallbacks.length > 0)
  console.log(`IATI fallback used for ${fallbacks.length} names: ${fallbacks.join('; ')}`);
