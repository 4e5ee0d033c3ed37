import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/**
 * The only file that knows which PostgreSQL engine runs. Everything else sees one
 * `Kysely<Database>`; both engines speak the PostgreSQL dialect, so the same SQL runs on each.
 */
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives: a folder for PGlite, the URL without password for a server. */
  location: string;
  /** Runs a multi-statement SQL script (simple query protocol, no parameters). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL pool size; PGlite is single-connection by nature. */
  poolSize?: number;
}

// int8 (count(*), bigserial) comes back as a string by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// A calendar date has no time zone: keep 'YYYY-MM-DD' as text rather than a Date at local
// midnight, which would shift the day for servers east or west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** Opens the configured engine: a PostgreSQL server when a URL is given, else PGlite in dataDir. */
export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir);
}

async function openPostgres(url: string, max: number): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server drops (restart, failover) is an 'error' event on the pool; without
  // a listener Node exits. The pool discards that client and the next query reconnects.
  pool.on('error', (err) => console.warn(`PostgreSQL dropped an idle connection: ${err.message}`));
  // Fail fast with a clear message instead of on the first request.
  const client = await pool.connect().catch(async (err: Error) => {
    await pool.end();
    throw new Error(`Cannot connect to DATABASE_URL (${redact(url)}): ${err.message}`);
  });
  client.release();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    location: redact(url),
    exec: async (sqlText) => {
      const client = await pool.connect();
      try {
        await client.query(sqlText);
      } catch (err) {
        // A failed script may leave its own BEGIN open; never hand such a connection back.
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const pool = new pg.Pool(createPgConfig(lite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    location: dataDir,
    exec: async (sqlText) => {
      // PGlite is one session shared with the pool's single client: a script sent while a pooled
      // query is mid-protocol corrupts it and that query never returns. Holding the client keeps
      // the two apart.
      const client = await pool.connect();
      try {
        await lite.exec(sqlText);
      } catch (err) {
        await lite.exec('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
      // An unclosed PGlite keeps Node alive and may leave the folder mid-write.
      await lite.close();
    },
  };
}

/** Hides the password in a connection URL before it is logged or printed. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable)';
  }
}

/**
 * A handle that never connects: for work that builds the app without touching data, such as
 * generating the OpenAPI document. Any query through it fails.
 */
export function offlineHandle(): DbHandle {
  const pool = new pg.Pool({ host: '127.0.0.1', port: 1, max: 1, connectionTimeoutMillis: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    location: '(offline)',
    exec: () => Promise.reject(new Error('offline database handle')),
    close: () => db.destroy(),
  };
}
