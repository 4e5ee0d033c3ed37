import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import type { DbHandle } from './engine.js';

/**
 * Forward-only runner for the plain-SQL files in `migrations/` (NNNN_concern.sql).
 * Each file runs in its own transaction under an advisory lock, so several app instances
 * booting at once against one PostgreSQL server apply each migration exactly once.
 */
export const MIGRATIONS_DIR = new URL('../../../migrations/', import.meta.url);
const LOCK_KEY = 727_274_1;
const ALREADY = 'kx_migration_already_applied';

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: { version: number; name: string; appliedAt: Date }[];
  pending: MigrationFile[];
  /** Applied migrations whose file changed since: forward-only means this is an error. */
  modified: string[];
}

/** Reads the migration files in order, refusing malformed names or duplicate numbers. */
export function readMigrationFiles(dir: URL = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql'));
  const seen = new Set<number>();
  return files
    .map((file) => {
      const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!m) throw new Error(`Migration file name must be NNNN_concern.sql: ${file}`);
      const version = Number(m[1]);
      if (seen.has(version)) throw new Error(`Two migrations share number ${m[1]}`);
      seen.add(version);
      const text = fs.readFileSync(new URL(file, dir), 'utf8');
      return { version, name: m[2]!, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    })
    .sort((a, b) => a.version - b.version);
}

async function ensureTable(h: DbHandle): Promise<void> {
  const found = await sql<{ present: boolean }>`
    SELECT to_regclass('kx_migrations') IS NOT NULL AS present`.execute(h.db);
  if (found.rows[0]?.present) return;
  // Under the lock: two instances racing on CREATE TABLE IF NOT EXISTS fail with a unique violation.
  await h.exec(`BEGIN;
  SELECT pg_advisory_xact_lock(${LOCK_KEY});
  CREATE TABLE IF NOT EXISTS kx_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  );
  COMMIT;`);
}

/** What has run and what is pending, without changing anything. */
export async function migrationState(h: DbHandle, dir: URL = MIGRATIONS_DIR): Promise<MigrationState> {
  await ensureTable(h);
  const rows = await sql<{ version: number; name: string; checksum: string; applied_at: Date }>`
    SELECT version, name, checksum, applied_at FROM kx_migrations ORDER BY version`.execute(h.db);
  const files = readMigrationFiles(dir);
  const byVersion = new Map(rows.rows.map((r) => [r.version, r]));
  return {
    applied: rows.rows.map((r) => ({ version: r.version, name: r.name, appliedAt: r.applied_at })),
    pending: files.filter((f) => !byVersion.has(f.version)),
    modified: files
      .filter((f) => byVersion.has(f.version) && byVersion.get(f.version)!.checksum !== f.checksum)
      .map((f) => `${String(f.version).padStart(4, '0')}_${f.name}`),
  };
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(h: DbHandle, dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const state = await migrationState(h, dir);
  if (state.modified.length > 0) {
    throw new Error(
      `Applied migrations were edited afterwards: ${state.modified.join(', ')}. ` +
        'Migrations are forward-only: add a new file instead.',
    );
  }
  const applied: string[] = [];
  for (const m of state.pending) {
    const label = `${String(m.version).padStart(4, '0')}_${m.name}`;
    const script = [
      'BEGIN;',
      `SELECT pg_advisory_xact_lock(${LOCK_KEY});`,
      `DO $kx$ BEGIN IF EXISTS (SELECT 1 FROM kx_migrations WHERE version = ${m.version}) THEN RAISE EXCEPTION '${ALREADY}'; END IF; END $kx$;`,
      m.sql,
      ';',
      `INSERT INTO kx_migrations (version, name, checksum) VALUES (${m.version}, '${m.name}', '${m.checksum}');`,
      'COMMIT;',
    ].join('\n');
    try {
      await h.exec(script);
      applied.push(label);
    } catch (err) {
      if (err instanceof Error && err.message.includes(ALREADY)) continue; // another instance won the race
      throw new Error(`Migration ${label} failed: ${(err as Error).message}`);
    }
  }
  return applied;
}
