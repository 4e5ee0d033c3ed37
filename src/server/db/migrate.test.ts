import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase } from '../test/databases.js';
import { type DbHandle, openDatabase } from './engine.js';
import { MIGRATIONS_DIR, migrate, migrationState, readMigrationFiles } from './migrate.js';

/**
 * The migration runner from an empty database, on the engine under test (PGlite by default,
 * PostgreSQL when TEST_DATABASE_URL is set), so this one file covers both engines.
 */
type Empty = Awaited<ReturnType<typeof emptyTestDatabase>>;
const files = readMigrationFiles();
const labels = files.map((f) => `${String(f.version).padStart(4, '0')}_${f.name}`);
const cleanups: (() => Promise<void>)[] = [];

async function freshDatabase(): Promise<{ empty: Empty; open(): Promise<DbHandle> }> {
  const empty = await emptyTestDatabase();
  const handles: DbHandle[] = [];
  cleanups.push(async () => {
    for (const h of handles) await h.close();
    await empty.drop();
  });
  return {
    empty,
    async open() {
      const h = await openDatabase({ databaseUrl: empty.databaseUrl, dataDir: empty.dataDir, poolSize: 2 });
      handles.push(h);
      return h;
    },
  };
}

/** A migrations folder of our own: the real files plus or minus edits, for the failure cases. */
function migrationsCopy(edit: (dir: string) => void): URL {
  const dir = path.resolve(`.tmp/test-migrations-${process.pid}-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith('.sql'))) {
    fs.copyFileSync(new URL(f, MIGRATIONS_DIR), path.join(dir, f));
  }
  edit(dir);
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return pathToFileURL(`${dir}/`);
}

async function tableExists(h: DbHandle, name: string): Promise<boolean> {
  const r = await sql<{ t: string | null }>`SELECT to_regclass(${name})::text AS t`.execute(h.db);
  return r.rows[0]?.t != null;
}

async function recorded(h: DbHandle) {
  return h.db
    .selectFrom('kx_migrations' as never)
    .select(['version' as never, 'name' as never, 'checksum' as never])
    .orderBy('version' as never)
    .execute() as Promise<{ version: number; name: string; checksum: string }[]>;
}

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('migrate from an empty database', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await (await freshDatabase()).open();
  });

  it('starts with every migration pending', async () => {
    const state = await migrationState(h);
    expect(state.applied).toEqual([]);
    expect(state.pending.map((p) => p.version)).toEqual(files.map((f) => f.version));
    expect(state.modified).toEqual([]);
  });

  it('applies every migration in order and records each with its checksum', async () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(await migrate(h)).toEqual(labels);
    const rows = await recorded(h);
    expect(rows).toEqual(files.map((f) => ({ version: f.version, name: f.name, checksum: f.checksum })));
    for (const r of rows) expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    for (const table of ['countries', 'users', 'sessions', 'organisations', 'memberships', 'audit_log']) {
      expect(await tableExists(h, table), table).toBe(true);
    }
    const state = await migrationState(h);
    expect(state.pending).toEqual([]);
    expect(state.applied.map((a) => a.version)).toEqual(files.map((f) => f.version));
    expect(state.applied[0]!.appliedAt).toBeInstanceOf(Date);
  });

  it('applies nothing on a second run', async () => {
    expect(await migrate(h)).toEqual([]);
    expect(await recorded(h)).toHaveLength(files.length);
  });

  it('refuses to run when an applied migration was edited afterwards, naming it', async () => {
    const dir = migrationsCopy((d) => fs.appendFileSync(path.join(d, `${labels[0]}.sql`), '\n-- edited\n'));
    expect((await migrationState(h, dir)).modified).toEqual([labels[0]]);
    await expect(migrate(h, dir)).rejects.toThrow(
      new RegExp(`edited afterwards: ${labels[0]}.*forward-only`),
    );
  });

  it('rolls a failing migration back entirely and names its file', async () => {
    const broken = '9990_broken_for_test';
    const dir = migrationsCopy((d) =>
      fs.writeFileSync(
        path.join(d, `${broken}.sql`),
        'CREATE TABLE kx_half_done (id integer);\nINSERT INTO kx_half_done VALUES (1);\nSELECT * FROM kx_no_such_table;\n',
      ),
    );
    await expect(migrate(h, dir)).rejects.toThrow(
      new RegExp(`Migration ${broken} failed: .*kx_no_such_table`),
    );
    expect(await tableExists(h, 'kx_half_done')).toBe(false);
    expect((await recorded(h)).map((r) => r.version)).not.toContain(9990);
    // The connection is usable again and the migration is still pending.
    expect((await migrationState(h, dir)).pending.map((p) => p.version)).toEqual([9990]);

    fs.writeFileSync(new URL(`${broken}.sql`, dir), 'CREATE TABLE kx_half_done (id integer);\n');
    expect(await migrate(h, dir)).toEqual([broken]);
    expect(await tableExists(h, 'kx_half_done')).toBe(true);
  });
});

describe('concurrent migrate calls', () => {
  it('apply each migration exactly once', async () => {
    const db = await freshDatabase();
    const a = await db.open();
    // Two instances booting at once: two handles on a server; PGlite is one process, so one handle.
    const b = db.empty.databaseUrl ? await db.open() : a;
    const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
    const all = [...ra, ...rb];
    expect(all.sort()).toEqual([...labels].sort());
    expect(new Set(all).size).toBe(all.length);
    expect((await recorded(a)).map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect((await migrationState(b)).pending).toEqual([]);
  });
});
