import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['src/web', 'src/shared', 'vite.config.ts'].map((p) => path.join(ROOT, p));
const INDEX = path.join(ROOT, 'dist/web/index.html');

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((max, f) => Math.max(max, newestMtime(path.join(p, f))), st.mtimeMs);
}

/** Builds the web app with Vite when there is no build or a source is newer than it. */
export async function ensureWebBuilt(): Promise<void> {
  const built = fs.existsSync(INDEX) ? fs.statSync(INDEX).mtimeMs : 0;
  if (built && SOURCES.every((s) => !fs.existsSync(s) || newestMtime(s) <= built)) return;
  console.log('Building the web app (first run or changed sources)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
