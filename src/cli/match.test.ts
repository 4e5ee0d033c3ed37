import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/env.js';
import { insertNeed, insertOffer, insertOrganisation } from '../server/modules/matching/matching-test-kit.js';
import { openRuntime } from '../server/runtime.js';
import { cloneTestDatabase } from '../server/test/databases.js';

/**
 * `kxhub match` as a child process on a migrated database (a copy of the test template) holding
 * one need and two offers written beforehand, as cli.test.ts runs the other commands.
 */
const BIN = path.resolve('bin/kxhub.js');
const TIMEOUT = 120_000;

let db: Awaited<ReturnType<typeof cloneTestDatabase>>;
const ids = { need: '', offer: '' };

function kxhub(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : { DATA_DIR: db.dataDir }),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: TIMEOUT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

beforeAll(async () => {
  db = await cloneTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: db.dataDir || '.tmp/unused',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    LOG_LEVEL: 'silent',
  });
  const runtime = await openRuntime(config, { migrate: false });
  const kit = { db: runtime.deps.db };
  try {
    const seeker = await insertOrganisation(kit, { country: 'KE', name: 'Kenya Treasury' });
    const provider = await insertOrganisation(kit, { country: 'CO', name: 'Prosperidad Social' });
    const text = {
      title: { en: 'Social registry for cash transfers' },
      text: { en: 'A social registry to target cash transfers to poor households.' },
      sectors: ['16010'],
      languages: ['en'],
    };
    ids.need = await insertNeed(kit, { organisationId: seeker, country: 'KE', ...text });
    ids.offer = await insertOffer(kit, { organisationId: provider, country: 'CO', ...text });
  } finally {
    await runtime.close();
  }
}, TIMEOUT);
afterAll(async () => {
  await db?.drop();
});

describe('kxhub match', { timeout: TIMEOUT }, () => {
  it('--need prints the need’s best matches with their reasons in English', async () => {
    const res = await kxhub(['match', '--need', ids.need]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`Best matches of need ${ids.need}`);
    expect(res.stdout).toMatch(
      /Offers\n {2}1\. \d+\.\d {2}Social registry for cash transfers — Prosperidad Social \(CO\)/,
    );
    expect(res.stdout).toMatch(/%\s+sector: Works in the same sector: /);
    expect(res.stdout).toMatch(/Peer countries\n {2}\(none above the minimum score\)/);
  });

  it('--all stores every live need’s matches, with progress, time and peak memory', async () => {
    const res = await kxhub(['match', '--all']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Matching 1 live needs \(read in \d+\.\d s\)…$/m);
    expect(res.stdout).toMatch(/^ {2}1 \/ 1 needs \(100%\) · [\d,]+ needs\/s · ETA 0 s$/m);
    expect(res.stdout).toMatch(
      /^Done: 1 needs in \d+\.\d s \([\d,]+ needs\/s\); 1 matches stored, 0 of closed or expired needs removed; peak memory \d+ MiB \(RSS\)\.$/m,
    );
    expect(res.stdout).toMatch(/^CPU time: \d+\.\d s in 1 scoring thread\(s\) and this one\.$/m);
  });

  it('refuses to run without saying what to match', async () => {
    const res = await kxhub(['match']);
    expect(res.code, `${res.stdout}\n${res.stderr}`).toBe(1);
    expect(res.stderr).toMatch(/usage: kxhub match --all/);
  });
});
