import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Test databases on both engines. PGlite: a migrated template folder copied per test file
 * (opening a copy takes ~1 s; initialising a new one ~6 s). PostgreSQL: a template database
 * cloned per test file with CREATE DATABASE … TEMPLATE.
 */
// One template per test run (the global setup picks the run id and workers inherit it), so two
// runs at once on one machine never rebuild each other's template.
const RUN = process.env.KX_TEST_RUN ?? 'adhoc';
export const TEMPLATE_DIR = path.resolve(`.tmp/test-template-${RUN}`);
export const TEMPLATE_DB = `kx_test_template_${RUN}`;

export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: returns where it is and how to drop it. */
export async function cloneTestDatabase(): Promise<{
  databaseUrl?: string;
  dataDir: string;
  drop(): Promise<void>;
}> {
  const id = randomBytes(6).toString('hex');
  const server = testServerUrl();
  if (server) {
    const name = `kx_test_${id}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
    return {
      databaseUrl: withDatabase(server, name),
      dataDir: '',
      drop: () =>
        admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = path.resolve(`.tmp/test-db-${id}`);
  fs.cpSync(TEMPLATE_DIR, dir, { recursive: true });
  return { dataDir: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** An empty database (no migrations), for the migrate-from-empty test. */
export async function emptyTestDatabase() {
  const id = randomBytes(6).toString('hex');
  const server = testServerUrl();
  if (server) {
    const name = `kx_empty_${id}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
    return {
      databaseUrl: withDatabase(server, name),
      dataDir: '',
      drop: () =>
        admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = path.resolve(`.tmp/test-empty-${id}`);
  return { dataDir: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export { admin as withAdminClient };
