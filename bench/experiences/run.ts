import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { loadConfig } from '../../src/server/env.js';
import {
  forgetCachedCounts,
  searchExperiences,
} from '../../src/server/modules/experiences/search.service.js';
import { systemClock } from '../../src/server/platform/clock.js';
import type { AppDeps } from '../../src/server/platform/module.js';
import { openRuntime } from '../../src/server/runtime.js';
import { experienceSearchQuery } from '../../src/shared/contracts/experiences.js';
import { VISITOR } from '../../src/shared/permissions.js';
import { stopChild } from '../child.js';
import { cleanUp, cleanUpOnSignals, wasInterrupted } from '../cleanup.js';
import { REPO, RESULTS_DIR } from '../config.js';
import { freshDatabase, quietLogger, startServer, timedGet } from '../instance.js';
import { loadExperiences } from './load-data.js';
import { type BenchQuery, benchQueries } from './queries.js';
import { recordingDb, replay, type Statement } from './replay.js';
import { type EngineResult, forFile, markdown, type Sample, summarise } from './report.js';

type Engine = 'pglite' | 'postgres';

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      engine: { type: 'string', default: 'both' },
      count: { type: 'string', default: '100000' },
      rounds: { type: 'string', default: '2' },
      seed: { type: 'string', default: '42' },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      },
    },
  });
  const engines: Engine[] = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine as Engine];
  if (!engines.every((e) => e === 'pglite' || e === 'postgres'))
    throw new Error('--engine: pglite, postgres or both');
  return {
    engines,
    count: Number(values.count),
    rounds: Number(values.rounds),
    seed: Number(values.seed),
    pgUrl: values['pg-url'],
  };
}
type Options = ReturnType<typeof options>;

const NOW = new Date();

/** One search through the API. */
const apiTime = (base: string, qs: string) => timedGet(`${base}/api/v1/experiences?${qs}`);

/** GET /experiences/:id/similar for some of the most viewed experiences, timed (API only). */
async function similarTimes(base: string, rounds: number): Promise<number[]> {
  const res = await fetch(`${base}/api/v1/experiences?sort=views&limit=40&facets=false`);
  const ids = ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
  const times: number[] = [];
  for (const id of ids) await (await fetch(`${base}/api/v1/experiences/${id}/similar`)).arrayBuffer();
  for (let round = 0; round < rounds; round++)
    for (const id of ids) {
      const start = performance.now();
      const r = await fetch(`${base}/api/v1/experiences/${id}/similar`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`similar ${id}: ${r.status}`);
      times.push(performance.now() - start);
    }
  return times;
}

/** The requests of a run: every base query with and without facets, in a shuffled but fixed order. */
function requests(queries: BenchQuery[]) {
  const all = queries.flatMap((q) =>
    (['true', 'false'] as const).map((facets) => ({
      ...q,
      facets,
      qs: `${q.qs}${q.qs ? '&' : ''}facets=${facets}`,
    })),
  );
  // Interleave classes deterministically (a stride walk), so no class runs in a block.
  const stride = 37;
  return all.map((_, i) => all[(i * stride) % all.length]!);
}

/** The in-process side: the search service on a recording pool, and the bare replay of its SQL. */
function inProcess(
  pool: pg.Pool,
  replayClient: (
    slot: number,
  ) => Promise<{ query: (s: string, p?: unknown[]) => Promise<unknown>; release(): void }>,
) {
  const { db, state } = recordingDb(pool);
  const deps = { db, clock: systemClock } as unknown as AppDeps;
  const ctxOf = (qs: string) => {
    const params = Object.fromEntries(new URLSearchParams(qs));
    return {
      query: experienceSearchQuery.parse(params),
      ctx: { actor: VISITOR, userId: null, locale: (params.locale ?? 'en') as 'en', requestId: 'bench' },
    };
  };
  return {
    db,
    /** Runs the service once; returns its time and the statements it sent. */
    async service(qs: string): Promise<{ ms: number; trace: Statement[] }> {
      const { query, ctx } = ctxOf(qs);
      state.trace = [];
      const start = performance.now();
      await searchExperiences(deps, ctx, query);
      const ms = performance.now() - start;
      return { ms, trace: state.trace };
    },
    async bare(trace: Statement[]): Promise<number> {
      const slots = [...new Set(trace.map((s) => s.slot))];
      const clients = new Map<number, Awaited<ReturnType<typeof replayClient>>>();
      for (const [i, slot] of slots.entries()) clients.set(slot, await replayClient(i));
      try {
        return await replay(trace, (slot) => clients.get(slot)!);
      } finally {
        for (const c of clients.values()) c.release();
      }
    },
  };
}

async function benchEngine(engine: Engine, opts: Options): Promise<EngineResult> {
  console.log(`\n== ${engine}: ${opts.count.toLocaleString('en')} experiences ==`);
  const { dataDir, databaseUrl } = await freshDatabase(engine, opts.pgUrl, 'experiences');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'warn',
  });
  console.log('  migrating and loading');
  const loadStart = Date.now();
  const runtime = await openRuntime(config, { logger: quietLogger });
  const load = await loadExperiences(runtime.deps.db, opts.count, opts.seed, NOW);
  await runtime.close();
  const loadMs = Date.now() - loadStart;
  console.log(
    `  loaded in ${(loadMs / 1000).toFixed(0)} s (insert ${(load.insertMs / 1000).toFixed(0)} s, index ${(load.indexMs / 1000).toFixed(0)} s, ${(load.textBytes / 1e6).toFixed(0)} MB of documents)`,
  );

  const reqs = requests(benchQueries(opts.seed + 1));
  const loadBefore = os.loadavg()[0] ?? 0;
  const measureStart = Date.now();
  const samples: Sample[] = [];
  let similar: number[] = [];
  const record = (r: (typeof reqs)[number], round: number, kind: Sample['kind'], ms: number) =>
    samples.push({ cls: r.cls, facets: r.facets === 'true', kind, ms, round, qs: r.qs });

  if (engine === 'pglite') {
    // The service and bare SQL in this process, on the folder; then the server on it.
    const lite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const pool = new pg.Pool(createPgConfig(lite));
    const side = inProcess(pool, async () => ({
      query: (s: string, p?: unknown[]) => lite.query(s, p),
      release: () => undefined,
    }));
    forgetCachedCounts();
    console.log(`  in-process: warming up (${reqs.length} requests)`);
    for (const r of reqs) await side.bare((await side.service(r.qs)).trace);
    for (let round = 1; round <= opts.rounds; round++) {
      console.log(`  in-process: round ${round}/${opts.rounds}`);
      for (const r of reqs) {
        const { ms, trace } = await side.service(r.qs);
        record(r, round, 'service', ms);
        record(r, round, 'bare', await side.bare(trace));
      }
    }
    await side.db.destroy();
    await lite.close();
    const server = await startServer(dataDir, undefined);
    console.log(`  API: warming up`);
    for (const r of reqs) await apiTime(server.base, r.qs);
    for (let round = 1; round <= opts.rounds; round++) {
      console.log(`  API: round ${round}/${opts.rounds}`);
      for (const r of reqs) record(r, round, 'api', await apiTime(server.base, r.qs));
    }
    similar = await similarTimes(server.base, opts.rounds);
    await stopChild(server.child);
  } else {
    const server = await startServer(dataDir, databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const replayPool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const side = inProcess(pool, async () => replayPool.connect());
    forgetCachedCounts();
    console.log(`  warming up (${reqs.length} requests, each through the API, the service and bare SQL)`);
    for (const r of reqs) {
      await apiTime(server.base, r.qs);
      await side.bare((await side.service(r.qs)).trace);
    }
    for (let round = 1; round <= opts.rounds; round++) {
      console.log(`  round ${round}/${opts.rounds}`);
      for (const r of reqs) {
        record(r, round, 'api', await apiTime(server.base, r.qs));
        const { ms, trace } = await side.service(r.qs);
        record(r, round, 'service', ms);
        record(r, round, 'bare', await side.bare(trace));
      }
    }
    similar = await similarTimes(server.base, opts.rounds);
    await side.db.destroy();
    await replayPool.end();
    await stopChild(server.child);
  }
  return summarise({
    similarMs: similar,
    loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
    measureMs: Date.now() - measureStart,
    engine,
    count: opts.count,
    rounds: opts.rounds,
    baseQueries: reqs.length / 2,
    load: { ...load, totalMs: loadMs },
    samples,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
    date: NOW.toISOString().slice(0, 10),
  });
}

async function main() {
  const opts = options();
  const results: EngineResult[] = [];
  let failed = false;
  for (const engine of opts.engines) {
    try {
      const result = await benchEngine(engine, opts);
      results.push(result);
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `experiences-${engine}.json`);
      fs.writeFileSync(file, `${JSON.stringify(forFile(result), null, 1)}\n`);
      console.log(`  wrote ${path.relative(REPO, file)}`);
    } catch (err) {
      console.error(`  ${engine} failed: ${(err as Error).stack ?? err}`);
      failed = true;
    } finally {
      await cleanUp();
    }
    if (wasInterrupted()) return 130;
  }
  for (const r of results) console.log(`\n${markdown(r)}`);
  return failed ? 1 : 0;
}

cleanUpOnSignals();
process.exit(await main());
