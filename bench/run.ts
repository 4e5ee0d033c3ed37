/**
 * KX Hub HTTP benchmark. Starts the real server (seeded with the demo data) and a bare Fastify
 * baseline as child processes, loads both with autocannon over loopback, samples the servers'
 * resident memory, prints a Markdown table and writes bench/results/latest-<engine>.json.
 *
 *   npm run bench -- [--engine pglite|postgres|both] [--duration 10] [--warmup 2] [--connections 20]
 *                    [--repeat 1]
 *                    [--pg-url postgres://postgres@127.0.0.1:5432/postgres]
 *
 * This file parses the arguments and runs the steps in order; the steps live beside it:
 * servers.ts (data folder, database, the two child servers), load.ts (targets and autocannon),
 * memory.ts (serving pid and RSS), report.ts (JSON and Markdown), cleanup.ts (release on exit).
 *
 * Method and figures: bench/README.md. Timings are never asserted anywhere; this only measures.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanUp, cleanUpOnSignals, wasInterrupted } from './cleanup.js';
import { type Engine, type Options, REPO, sleep } from './config.js';
import {
  BASELINE,
  bodySizes,
  firstProfileId,
  kxHubTargets,
  measureAll,
  summarise,
  type Target,
  warmUp,
} from './load.js';
import { mib, rssKiB } from './memory.js';
import { buildReport, type EngineReport, loadAverage, markdown, writeResults } from './report.js';
import { prepareKxHub, type Server, startBare, startKxHub } from './servers.js';

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      engine: { type: 'string', default: 'both' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '20' },
      repeat: { type: 'string', default: '1' },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- [--engine pglite|postgres|both] [--duration S] [--warmup S] [--connections N] [--repeat N] [--pg-url URL]',
    );
    process.exit(0);
  }
  const engine = values.engine;
  if (engine !== 'pglite' && engine !== 'postgres' && engine !== 'both') {
    throw new Error(`--engine must be pglite, postgres or both (got ${engine})`);
  }
  const num = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new Error(`--${name} must be between ${min} and ${max}`);
    return n;
  };
  return {
    engines: engine === 'both' ? ['pglite', 'postgres'] : [engine],
    explicitEngine: engine !== 'both',
    duration: num('duration', values.duration, 1, 300),
    warmup: num('warmup', values.warmup, 0, 60),
    connections: Math.round(num('connections', values.connections, 1, 500)),
    repeat: Math.round(num('repeat', values.repeat, 1, 10)),
    pgUrl: values['pg-url'],
  };
}

async function benchEngine(engine: Engine, opts: Options): Promise<EngineReport> {
  console.log(`\n== ${engine} ==`);
  const { env, port, seedMs } = await prepareKxHub(engine, opts.pgUrl);
  const kx = await startKxHub(env, port);
  const bare = await startBare();

  const profileId = await firstProfileId(kx.base);
  const all = [BASELINE, ...kxHubTargets(profileId)];
  const serverOf = (t: Target): Server => (t.server === 'bare' ? bare : kx);
  console.log(
    `  bare Fastify on :${bare.port} (pid ${bare.pid}); KX Hub (${engine}) on :${kx.port} (pid ${kx.pid})`,
  );

  const bytes = await bodySizes(all, serverOf);
  await warmUp(all, serverOf, opts);
  await sleep(1_000); // let sockets close and the collector settle
  const idle = { kx: mib(rssKiB(kx.pid)), bare: mib(rssKiB(bare.pid)) };

  const before = loadAverage();
  const runs = await measureAll(all, BASELINE, serverOf, opts);
  const after = loadAverage();

  const targets = all.map((t) => summarise(t, bytes.get(t)!, runs.get(t)!));
  return buildReport({
    engine,
    opts,
    seedMs,
    loadAverage1m: { before, after },
    kx,
    bare,
    idle,
    profileId,
    targets,
  });
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const reports: EngineReport[] = [];
  let failed = false;
  for (const engine of opts.engines) {
    try {
      const report = await benchEngine(engine, opts);
      reports.push(report);
      console.log(`  wrote ${path.relative(REPO, writeResults(report))}`);
    } catch (err) {
      const msg = (err as Error).message;
      // With --engine both, a missing PostgreSQL is a skip, not a failure: PGlite needs nothing.
      if (engine === 'postgres' && !opts.explicitEngine && /cannot reach PostgreSQL/.test(msg)) {
        console.warn(`  skipped postgres: ${msg} (pass --pg-url, or --engine pglite)`);
      } else {
        console.error(`  ${engine} failed: ${msg}`);
        failed = true;
      }
    } finally {
      await cleanUp();
    }
    if (wasInterrupted()) return 130;
  }
  for (const r of reports) console.log(`\n${markdown(r)}`);
  return failed ? 1 : 0;
}

cleanUpOnSignals();
const code = await main().catch(async (err: Error) => {
  console.error(err.message);
  await cleanUp();
  return 1;
});
process.exit(code);
