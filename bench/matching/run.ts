/**
 * Matchmaking benchmark: 20 000 generated needs and 20 000 offers (multilingual, from the
 * experience benchmark's phrase banks) in a fresh database per engine; then
 *  1. top-10 matches of one need, ~200 needs: in-process (the service, as a route calls it) and
 *     through the HTTP API of a real `node bin/kxhub.js serve` (median, 95th percentile); the
 *     first request of each, which reads and prepares every candidate, is reported apart;
 *  2. the nightly all-pairs run as an operator starts it, `node bin/kxhub.js match --all`: its
 *     time, needs per second and peak RSS (its own report, and sampled from outside).
 *
 *   npm run bench:matching -- [--engine pglite|postgres|both] [--needs 20000] [--offers 20000]
 *                             [--samples 200] [--seed 7] [--pg-url postgres://…/postgres]
 *
 * Method and figures: bench/README.md, "Matchmaking (issue 5)". Nothing here asserts a timing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/server/env.js';
import { forgetMatchingCache } from '../../src/server/modules/matching/index.js';
import { matchesOfNeed } from '../../src/server/modules/matching/matching.service.js';
import { openRuntime } from '../../src/server/runtime.js';
import { VISITOR } from '../../src/shared/permissions.js';
import { startChild, stopChild } from '../child.js';
import { cleanUp, cleanUpOnSignals, onCleanup, wasInterrupted } from '../cleanup.js';
import { REPO, RESULTS_DIR } from '../config.js';
import { childEnv, freshDatabase, quietLogger, startServer, timedGet } from '../instance.js';
import { mib, sampleRss } from '../memory.js';
import { round, stats } from '../stats.js';
import { generateItems, generateOrganisations, prng, uuidFrom } from './generate.js';
import { loadItems, loadOrganisations } from './load-data.js';

type Engine = 'pglite' | 'postgres';

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      engine: { type: 'string', default: 'both' },
      needs: { type: 'string', default: '20000' },
      offers: { type: 'string', default: '20000' },
      samples: { type: 'string', default: '200' },
      seed: { type: 'string', default: '7' },
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
    needs: Number(values.needs),
    offers: Number(values.offers),
    samples: Number(values.samples),
    seed: Number(values.seed),
    pgUrl: values['pg-url'],
  };
}
type Options = ReturnType<typeof options>;

/** One need's page of matches through the API. */
const apiTime = (base: string, needId: string) => timedGet(`${base}/api/v1/needs/${needId}/matches?limit=10`);

/** The nightly run as an operator starts it; its own report and RSS sampled from outside. */
async function nightly(dataDir: string, databaseUrl: string | undefined) {
  const started = performance.now();
  const child = startChild(
    'kxhub match --all',
    ['bin/kxhub.js', 'match', '--all'],
    childEnv(dataDir, databaseUrl),
  );
  onCleanup('stop kxhub match', () => stopChild(child));
  // Every line (the child's own buffer keeps only the last 60).
  const lines: string[] = [];
  child.proc.stdout?.on('data', (c: Buffer) => {
    const text = c.toString('utf8');
    lines.push(...text.split('\n').filter((l) => l.trim()));
    process.stdout.write(`    ${text.trimEnd()}\n`);
  });
  const rss = sampleRss(child.proc.pid!);
  const code = await child.exited;
  const sampled = rss.stop();
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`kxhub match --all exited with ${code}:\n${child.output.join('\n')}`);
  const done = lines.find((l) => l.startsWith('Done: '));
  const m =
    done &&
    /^Done: ([\d,]+) needs in ([\d.]+) s \(([\d,]+) needs\/s\); ([\d,]+) matches stored.*peak memory (\d+) MiB/.exec(
      done,
    );
  if (!m) throw new Error(`no summary line from kxhub match --all:\n${child.output.join('\n')}`);
  const num = (s: string) => Number(s.replaceAll(',', ''));
  const prepared = lines.find((l) => l.startsWith('Matching '));
  const prep = prepared && /read in ([\d.]+) s/.exec(prepared);
  const cpuText = lines.find((l) => l.startsWith('CPU time: '));
  const cpuLine = cpuText && /^CPU time: ([\d.]+) s in (\d+) scoring thread/.exec(cpuText);
  return {
    needs: num(m[1]!),
    seconds: Number(m[2]),
    needsPerSecond: num(m[3]!),
    matchesStored: num(m[4]!),
    peakRssMiB: Number(m[5]),
    readSeconds: prep ? Number(prep[1]) : null,
    cpuSeconds: cpuLine ? Number(cpuLine[1]) : null,
    threads: cpuLine ? Number(cpuLine[2]) : null,
    wallSecondsWithBoot: round(wallMs / 1000),
    peakRssMiBSampledOutside: mib(sampled.peakKiB),
  };
}

async function runEngine(engine: Engine, o: Options) {
  console.log(`\n== ${engine}: ${o.needs} needs × ${o.offers} offers`);
  const { dataDir, databaseUrl } = await freshDatabase(engine, o.pgUrl, 'matching');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'warn',
  });
  const runtime = await openRuntime(config, { logger: quietLogger as never });
  onCleanup('close the bench runtime', () => runtime.close().catch(() => undefined));
  const now = runtime.deps.clock.now();
  const rng = prng(o.seed);
  const orgs = generateOrganisations(rng, uuidFrom(rng));
  await loadOrganisations(runtime.deps.db, orgs);
  const needs = generateItems('need', o.needs, o.seed + 1, orgs, now);
  const offers = generateItems('offer', o.offers, o.seed + 2, orgs, now);
  const loadNeedsMs = await loadItems(runtime.deps.db, 'need', needs);
  const loadOffersMs = await loadItems(runtime.deps.db, 'offer', offers);
  console.log(`  loaded in ${round(loadNeedsMs / 1000)} s + ${round(loadOffersMs / 1000)} s`);

  // The sampled needs: spread over the list, the same for both measurements.
  const step = Math.max(1, Math.floor(needs.length / o.samples));
  const sample = needs
    .filter((_, i) => i % step === 0)
    .slice(0, o.samples)
    .map((n) => n.id);

  // In-process: the service as the route calls it, for a visitor.
  forgetMatchingCache();
  const ask = (id: string) => matchesOfNeed(runtime.deps, id, { actor: VISITOR, locale: 'en', limit: 10 });
  let t = performance.now();
  const first = await ask(sample[0]!);
  const coldServiceMs = performance.now() - t;
  const shown: number[] = [first.items.length];
  const service: number[] = [];
  // CPU time of this process per request: what the work costs whatever else the machine runs
  // (the database server's share is not in it; with PGlite it is).
  const cpu: number[] = [];
  for (const id of sample) {
    const c = process.cpuUsage();
    t = performance.now();
    const r = await ask(id);
    service.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    shown.push(r.items.length);
  }
  console.log(`  in-process: cold ${round(coldServiceMs)} ms, then ${JSON.stringify(stats(service))}`);
  console.log(`  in-process CPU per request: ${JSON.stringify(stats(cpu))}`);
  await runtime.close();

  // Through the API of a real server.
  const server = await startServer(dataDir, databaseUrl);
  const rss = sampleRss(server.child.proc.pid!);
  t = performance.now();
  await apiTime(server.base, sample[0]!);
  const coldApiMs = performance.now() - t;
  const api: number[] = [];
  for (const id of sample) api.push(await apiTime(server.base, id));
  const serverRss = rss.stop();
  await stopChild(server.child);
  console.log(`  API: cold ${round(coldApiMs)} ms, then ${JSON.stringify(stats(api))}`);

  console.log('  nightly run: node bin/kxhub.js match --all');
  const all = await nightly(dataDir, databaseUrl);
  const result = {
    engine,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    data: { needs: o.needs, offers: o.offers, organisations: orgs.length, seed: o.seed },
    loadSeconds: { needs: round(loadNeedsMs / 1000), offers: round(loadOffersMs / 1000) },
    oneNeed: {
      samples: sample.length,
      meanMatchesShown: round(shown.reduce((a, b) => a + b, 0) / shown.length),
      service: { coldMs: round(coldServiceMs), ...stats(service), cpuMs: stats(cpu) },
      api: { coldMs: round(coldApiMs), ...stats(api), serverPeakRssMiB: mib(serverRss.peakKiB) },
    },
    nightly: all,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `matching-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`  results: ${path.relative(REPO, file)}`);
  return result;
}

function markdown(results: Awaited<ReturnType<typeof runEngine>>[]) {
  const rows = results.map((r) => {
    const n = r.nightly;
    const s = r.oneNeed.service;
    return `| ${r.engine} | ${s.p50} / ${s.p95} | ${s.cpuMs.p50} / ${s.cpuMs.p95} | ${r.oneNeed.api.p50} / ${r.oneNeed.api.p95} | ${r.oneNeed.api.coldMs} | ${n.seconds} s (${n.needsPerSecond}/s) | ${n.readSeconds ?? '–'} s | ${n.cpuSeconds ?? '–'} s (${n.threads ?? '?'} threads) | ${n.peakRssMiB} MiB | ${n.matchesStored} |`;
  });
  return [
    `${results[0]?.data.needs} needs × ${results[0]?.data.offers} offers, ${results[0]?.oneNeed.samples} needs sampled`,
    '',
    '| engine | one need in-process p50 / p95 (ms) | its CPU p50 / p95 (ms) | one need via API p50 / p95 (ms) | first request (ms) | nightly all pairs | of which reading | nightly CPU | nightly peak RSS | matches stored |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

async function main() {
  const o = options();
  cleanUpOnSignals();
  const results = [];
  try {
    for (const engine of o.engines) {
      if (wasInterrupted()) break;
      results.push(await runEngine(engine, o));
      await cleanUp();
    }
  } finally {
    await cleanUp();
  }
  console.log(`\n${markdown(results)}`);
}

await main();
