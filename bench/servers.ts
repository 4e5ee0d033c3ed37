/**
 * The two servers under load: KX Hub itself, seeded with the demo data in a data folder (and,
 * for PostgreSQL, a database) of its own, and the bare Fastify baseline. Everything created here
 * registers its clean-up at once, so a failure or Ctrl-C at any step leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type Child, freePort, runToEnd, startChild, stopChild, waitFor200 } from './child.js';
import { onCleanup } from './cleanup.js';
import { DATA_ROOT, type Engine, HOST, REPO } from './config.js';
import { servingPid } from './memory.js';

/** A running server: its child process, base URL and the pid its memory is read from. */
export interface Server {
  child: Child;
  base: string;
  port: number;
  pid: number;
  /** Whether pid was confirmed, through /proc, to hold the listening socket. */
  pidVerified: boolean;
  /** Milliseconds from spawn until the readiness URL answered 200. */
  bootMs: number;
}

/** Creates an empty database on the PostgreSQL at adminUrl (dropped on clean-up); returns its URL. */
async function createPgDatabase(adminUrl: string): Promise<string> {
  const name = `kx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  // run.ts recognises this message to skip postgres quietly when both engines were asked for.
  await client.connect().catch((err: Error) => {
    throw new Error(`cannot reach PostgreSQL at ${adminUrl}: ${err.message}`);
  });
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  onCleanup(`drop database ${name}`, async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function makeDataDir(engine: Engine): string {
  const dataDir = path.join(DATA_ROOT, `${engine}-${Date.now()}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(dataDir, { recursive: true });
  onCleanup(`remove ${path.relative(REPO, dataDir)}`, () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    try {
      fs.rmdirSync(DATA_ROOT); // only when no other run is using it
    } catch {
      // not empty or already gone
    }
  });
  return dataDir;
}

/**
 * Makes a fresh data folder (and database for postgres), picks a port and seeds the demo data;
 * returns the environment `kxhub serve` is to run with, its port and how long the seed took.
 */
export async function prepareKxHub(
  engine: Engine,
  pgUrl: string,
): Promise<{ env: NodeJS.ProcessEnv; port: number; seedMs: number }> {
  const dataDir = makeDataDir(engine);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // The limiter stays in the pipeline (it is part of the real cost) but must not cap the load.
    RATE_LIMIT_READ_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITE_PER_MINUTE: '100000',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
  };
  // Never inherit the caller's database: PGlite runs must use the fresh data folder.
  delete env.DATABASE_URL;
  if (engine === 'postgres') env.DATABASE_URL = await createPgDatabase(pgUrl);

  console.log('  seeding demo data');
  const seedStart = Date.now();
  await runToEnd('kxhub seed', ['bin/kxhub.js', 'seed', '--demo'], env);
  return { env, port, seedMs: Date.now() - seedStart };
}

/** Starts `kxhub serve` with the prepared environment and waits until /api/health answers 200. */
export async function startKxHub(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  // bin/kxhub.js registers tsx in-process, so the spawned pid should be the server itself;
  // servingPid() checks that against the listening socket rather than assuming it.
  const bootStart = Date.now();
  const child = startChild('kxhub serve', ['bin/kxhub.js', 'serve'], env);
  onCleanup('stop kxhub serve', () => stopChild(child));
  const base = `http://${HOST}:${port}`;
  await waitFor200(child, `${base}/api/health`);
  const bootMs = Date.now() - bootStart;
  const { pid, verified } = servingPid(child.proc.pid!, port);
  return { child, base, port, pid, pidVerified: verified, bootMs };
}

/** Starts the bare Fastify baseline (bench/bare-server.ts) on a free port and waits for /bare. */
export async function startBare(): Promise<Server> {
  const port = await freePort();
  const bootStart = Date.now();
  const child = startChild('bare fastify', ['--import', 'tsx', 'bench/bare-server.ts'], {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
  });
  onCleanup('stop bare fastify', () => stopChild(child));
  const base = `http://${HOST}:${port}`;
  await waitFor200(child, `${base}/bare`);
  const bootMs = Date.now() - bootStart;
  const { pid, verified } = servingPid(child.proc.pid!, port);
  return { child, base, port, pid, pidVerified: verified, bootMs };
}
