/**
 * A KX Hub instance for a bench run: a fresh database per engine (a PGlite data folder, or a
 * PostgreSQL database next to its own data folder for attachments), the server or CLI started
 * as operators start them, and a timed GET. Everything is undone by the clean-up hooks.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type Child, freePort, startChild, stopChild, waitFor200 } from './child.js';
import { onCleanup } from './cleanup.js';
import { DATA_ROOT, type Engine, HOST, REPO } from './config.js';

/** A logger that drops everything (the runtime opened in-process by a bench). */
export const quietLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A fresh data folder (PGlite) or database (PostgreSQL), removed or dropped on clean-up. */
export async function freshDatabase(engine: Engine, adminUrl: string, label: string) {
  const tag = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const dataDir = path.join(DATA_ROOT, `${label}-${tag}`);
  fs.mkdirSync(dataDir, { recursive: true });
  onCleanup(`remove ${path.relative(REPO, dataDir)}`, () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    try {
      fs.rmdirSync(DATA_ROOT);
    } catch {
      // other runs' folders are still there
    }
  });
  if (engine === 'pglite') return { dataDir, databaseUrl: undefined };
  const name = `kx_bench_${label.replace(/\W/g, '_')}_${tag}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  onCleanup(`drop database ${name}`, async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { dataDir, databaseUrl: url.toString() };
}

/** The environment of a child kxhub process on that database (none inherited by mistake). */
export function childEnv(dataDir: string, databaseUrl: string | undefined, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, ...extra };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/** `kxhub serve` on a free port, stopped on clean-up; resolves once /api/health answers. */
export async function startServer(dataDir: string, databaseUrl: string | undefined) {
  const port = await freePort();
  const env = childEnv(dataDir, databaseUrl, {
    HOST,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_READ_PER_MINUTE: '1000000',
  });
  const child: Child = startChild('kxhub serve', ['bin/kxhub.js', 'serve'], env);
  onCleanup('stop kxhub serve', () => stopChild(child));
  const base = `http://${HOST}:${port}`;
  await waitFor200(child, `${base}/api/health`);
  return { child, base };
}

/** One GET, timed from sending to the last byte of the body; anything but 200 stops the run. */
export async function timedGet(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 200)
    throw new Error(`GET ${url}: ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return ms;
}
