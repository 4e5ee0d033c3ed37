/**
 * Checks the JavaScript budget of the first page a visitor opens (architecture: ≤ 150 KB compressed).
 *
 * Usage: npx vite build && npx tsx scripts/check-bundle.ts
 *
 * Counts, gzip-compressed (node:zlib, level 9 like a static pre-compressor would), every script
 * dist/web/index.html loads at once: the entry and its modulepreload links. It then adds what
 * the home page fetches right after (its lazy route chunk and the English common/home
 * catalogues), read from Vite's manifest, because that too is paid for before anything shows.
 * Exits 1 when the total passes the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repoRoot, 'dist/web');
const HOME_ROUTE = 'modules/home/HomePage.tsx';
const HOME_CATALOGUES = ['../shared/i18n/en/common.json', '../shared/i18n/en/home.json'];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** The scripts index.html makes the browser fetch immediately. */
function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = tag.match(/\b(?:src|href)="([^"]+)"/)?.[1];
    if ((isModule || isPreload) && url && !/^https?:/.test(url)) found.push(url.replace(/^\//, ''));
  }
  return found;
}

/** A manifest chunk and everything it imports statically. */
function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  into = new Set<string>(),
): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, into);
  return into;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/web/index.html not found: run `npx vite build` first.');
  process.exit(1);
}

const rows: [string, string, number][] = [];
const counted = new Set<string>();
for (const file of initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'))) {
  counted.add(file);
  rows.push(['initial', file, gzipSize(file)]);
}

const manifestPath = join(dist, '.vite/manifest.json');
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const homeFiles = new Set<string>();
  closure(manifest, HOME_ROUTE, homeFiles);
  for (const catalogue of HOME_CATALOGUES) closure(manifest, catalogue, homeFiles);
  for (const file of homeFiles) {
    if (counted.has(file) || !file.endsWith('.js')) continue;
    counted.add(file);
    rows.push(['home page', file, gzipSize(file)]);
  }
} else {
  console.warn('warning: no .vite/manifest.json; counting only what index.html loads.');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map(([, file]) => file.length));
for (const [phase, file, size] of rows)
  console.log(`${phase.padEnd(10)} ${file.padEnd(width)} ${kb(size).padStart(9)}`);
const initial = rows.filter(([phase]) => phase === 'initial').reduce((sum, [, , size]) => sum + size, 0);
const total = rows.reduce((sum, [, , size]) => sum + size, 0);
console.log(
  `\nindex.html scripts: ${kb(initial)} gzip; with the home page's lazy chunks: ${kb(total)} gzip.`,
);
console.log(`Budget: ${kb(BUDGET_BYTES)}.`);
if (total > BUDGET_BYTES) {
  console.error(`Over budget by ${kb(total - BUDGET_BYTES)}: move heavy code behind a lazy import.`);
  process.exit(1);
}
console.log('Within budget.');
