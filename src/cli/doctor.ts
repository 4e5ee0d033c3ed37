import fs from 'node:fs';
import { openDatabase } from '../server/db/engine.js';
import { migrationState } from '../server/db/migrate.js';
import type { Config } from '../server/env.js';
import { WEB_DIST } from '../server/platform/http/static-web.js';

/** Prints what this installation runs on, without changing anything. Exit 1 when something needs action. */
export async function doctor(config: Config): Promise<number> {
  const out = (k: string, v: string) => console.log(`${k.padEnd(14)} ${v}`);
  out('node', process.version);
  out('engine', config.DATABASE_URL ? 'postgres (DATABASE_URL)' : 'pglite (embedded)');
  out('data folder', config.DATABASE_URL ? '(not used: DATABASE_URL is set)' : config.DATA_DIR);
  out('public URL', config.PUBLIC_URL);
  out('mail', config.SMTP_URL ? 'SMTP (SMTP_URL)' : 'log + outbox table (no SMTP_URL)');
  out(
    'web build',
    fs.existsSync(new URL('index.html', WEB_DIST)) ? 'present (dist/web)' : 'missing: run npm run build',
  );
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }).catch(
    (err: Error) => {
      out('database', `unreachable: ${err.message}`);
      return null;
    },
  );
  if (!handle) return 1;
  try {
    const state = await migrationState(handle);
    out(
      'migrations',
      `${state.applied.length} applied, ${state.pending.length} pending${state.modified.length ? `, EDITED: ${state.modified.join(', ')}` : ''}`,
    );
    for (const p of state.pending) out('', `pending ${String(p.version).padStart(4, '0')}_${p.name}`);
    return state.pending.length || state.modified.length ? 1 : 0;
  } finally {
    await handle.close();
  }
}
