import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase } from '../server/test/databases.js';

/**
 * The real CLI as a child process (`node bin/kxhub.js …`) against a fresh, empty database on the
 * engine under test: a PGlite folder, or a new PostgreSQL database when TEST_DATABASE_URL is set.
 * Each run boots the engine, so the file keeps to a handful of runs, in the order a new install
 * would go.
 */
const BIN = path.resolve('bin/kxhub.js');
const TIMEOUT = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let db: Awaited<ReturnType<typeof emptyTestDatabase>>;
let dataDir: string;

/** Only what a user's shell would pass: no test-runner or database settings leak in. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
  );
  return { ...env, ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : { DATA_DIR: dataDir }), ...extra };
}

function kxhub(args: string[], extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: childEnv(extra), timeout: TIMEOUT },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

beforeAll(async () => {
  db = await emptyTestDatabase();
  // The PGlite folder is created by the first command, as on a new install.
  dataDir = db.dataDir || path.resolve(`.tmp/test-cli-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterAll(async () => {
  await db?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('kxhub CLI', { timeout: TIMEOUT }, () => {
  it('migrate applies every migration to an empty database, then doctor reports it current', async () => {
    const migrate = await kxhub(['migrate']);
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/Applied: 0001_reference, 0002_accounts/);

    const doctor = await kxhub(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/engine\s+/);
    if (db.databaseUrl) {
      expect(doctor.stdout).toMatch(/engine\s+postgres \(DATABASE_URL\)/);
      expect(doctor.stdout).toMatch(/data folder\s+\(not used: DATABASE_URL is set\)/);
    } else {
      expect(doctor.stdout).toMatch(/engine\s+pglite \(embedded\)/);
      expect(doctor.stdout).toContain(`data folder    ${dataDir}`);
    }
    expect(doctor.stdout).toMatch(/migrations\s+\d+ applied, 0 pending/);
    expect(doctor.stdout).not.toMatch(/EDITED/);
  });

  it('seed --demo loads the demo data once; a second run changes nothing', async () => {
    const first = await kxhub(['seed', '--demo']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Demo data loaded\. Administrator: admin@demo\.kxhub\.org \/ \S+/);
    const second = await kxhub(['seed', '--demo']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already has accounts');
    expect(second.stdout).not.toContain('Demo data loaded');
  });

  it('user create makes an administrator and prints the generated password once', async () => {
    const res = await kxhub(['user', 'create', '--email', 'Root@Example.org', '--name', 'Root', '--admin']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Created user Root@Example\.org \([0-9a-f-]{36}\) as administrator\./);
    const passwords = res.stdout.match(/Password: (\S+) {2}\(shown once\)/g) ?? [];
    expect(passwords).toHaveLength(1);
    expect(passwords[0]!.split(' ')[1]!.length).toBeGreaterThanOrEqual(12);
  });

  it('user create refuses a bad email with exit code 1, naming email', async () => {
    const res = await kxhub(['user', 'create', '--email', 'not-an-email', '--name', 'X']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^kxhub user: email: /m);
    expect(res.stdout).not.toMatch(/Password:/);
  });

  it('refuses a bad PORT with exit code 2, naming PORT, before touching the database', async () => {
    const res = await kxhub(['doctor'], { PORT: 'eighty' });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^\s+PORT: .*"eighty"/m);
    expect(res.stdout).toBe('');
  });
});
