/**
 * Slot finder benchmark (issue 6): 12 sites on every continent, a 4-week window with four clock
 * changes, 15-minute steps, a three-hour dialogue. Times, side by side in the same run:
 *  - `findSlots` (src/shared/dialogues): offsets precomputed per zone, then arithmetic;
 *  - of which the offset timelines alone (the only part that asks the time-zone database);
 *  - the baseline (naive.ts): luxon asked for every site at every start.
 * Each after warm-up, N runs, median / 95th percentile / max of wall time and of CPU time. Before
 * timing it checks (not times) that both give the same ranking, with and without fairness.
 *
 *   npm run bench:dialogues -- [--runs 200] [--baseline-runs 10] [--warmup 50]
 *
 * Method and figures: bench/README.md, "Dialogue slot finder (issue 6)". Nothing asserts a timing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findSlots, offsetTimeline, type SlotCandidate } from '../../src/shared/dialogues/index.js';
import { REPO, RESULTS_DIR } from '../config.js';
import { round as roundTo, stats as statsOf } from '../stats.js';
import { type NaiveCandidate, naiveFindSlots } from './naive.js';
import { BURDEN, QUERY, SITES, WINDOW } from './sites.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    runs: { type: 'string', default: '200' },
    'baseline-runs': { type: 'string', default: '10' },
    warmup: { type: 'string', default: '50' },
  },
});
const RUNS = Number(values.runs);
const BASELINE_RUNS = Number(values['baseline-runs']);
const WARMUP = Number(values.warmup);

const round = (x: number) => roundTo(x, 2);
const stats = (xs: number[]) => statsOf(xs, 2);
const load = () => round(os.loadavg()[0] ?? 0);

/** Wall and CPU time of `runs` calls after `warmup` unmeasured ones. */
function time(label: string, f: () => unknown, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const result = { wallMs: stats(wall), cpuMs: stats(cpu) };
  console.log(`  ${label}: ${JSON.stringify(result)}`);
  return result;
}

/** What both implementations must agree on: order, start, score, and each site's day, hours, discomfort. */
const shapeFast = (c: SlotCandidate) => ({
  start: c.startUtc,
  score: c.score,
  sites: c.sites.map((s) => [s.siteId, s.date, s.start, s.end, s.discomfort]),
});
const shapeNaive = (c: NaiveCandidate) => ({
  start: new Date(c.startMs).toISOString(),
  score: c.score,
  sites: c.sites.map((s) => [s.siteId, s.date, s.start, s.end, s.discomfort]),
});

function checkSameRanking() {
  for (const fairness of [undefined, { burden: BURDEN }]) {
    const q = { ...QUERY, window: WINDOW, limit: Number.POSITIVE_INFINITY, fairness };
    const fast = findSlots(q);
    const naive = naiveFindSlots(q);
    assert.deepEqual(fast.candidates.map(shapeFast), naive.map(shapeNaive));
    console.log(
      `  same ranking ${fairness ? 'with' : 'without'} fairness: ${naive.length} candidates of ${fast.considered} starts`,
    );
  }
}

function main() {
  const loadBefore = load();
  console.log(
    `Slot finder: ${SITES.length} sites, ${WINDOW.from} – ${WINDOW.to}, ${QUERY.durationMinutes} min, step ${QUERY.stepMinutes} min (load ${loadBefore})`,
  );
  // The very first call of the process: module code not yet compiled, Intl formatters not made.
  const t = performance.now();
  const sample = findSlots(QUERY);
  const firstCallMs = round(performance.now() - t);
  console.log(`  first call in this process: ${firstCallMs} ms`);
  checkSameRanking();
  const from = Date.parse(WINDOW.from);
  const to = Date.parse(WINDOW.to);
  const fast = time('findSlots', () => findSlots(QUERY), RUNS, WARMUP);
  const timelines = time(
    'of which timelines',
    () => SITES.map((s) => offsetTimeline(s.zone, from, to)),
    RUNS,
    WARMUP,
  );
  const baseline = time(
    'baseline (luxon per site per start)',
    () => naiveFindSlots({ ...QUERY, window: WINDOW }),
    BASELINE_RUNS,
    Math.min(WARMUP, 2),
  );
  const loadAfter = load();
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      tz: process.versions.tz ?? null,
      icu: process.versions.icu ?? null,
    },
    loadAverage1m: { before: loadBefore, after: loadAfter },
    input: {
      sites: SITES.length,
      window: WINDOW,
      durationMinutes: QUERY.durationMinutes,
      stepMinutes: QUERY.stepMinutes,
      limit: QUERY.limit,
      starts: sample.considered,
      eligible: sample.eligible,
      clockChanges: sample.clockChanges.map((c) => `${c.siteId} ${c.utc}`),
    },
    options: { runs: RUNS, baselineRuns: BASELINE_RUNS, warmup: WARMUP },
    firstCallMs,
    findSlots: fast,
    timelines,
    baseline,
    speedupMedian: roundTo(baseline.wallMs.p50 / fast.wallMs.p50, 0),
    sameRanking: true,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'dialogues.json');
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const row = (name: string, r: typeof fast) =>
    `| ${name} | ${r.wallMs.n} | ${r.wallMs.p50} | ${r.wallMs.p95} | ${r.wallMs.max} | ${r.cpuMs.p50} | ${r.cpuMs.p95} |`;
  console.log(
    [
      '',
      `${sample.considered} starts, ${sample.eligible} on open days; load average ${loadBefore} before, ${loadAfter} after`,
      '',
      '| implementation | runs | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |',
      '| --- | --: | --: | --: | --: | --: | --: |',
      row('findSlots (timelines + arithmetic)', fast),
      row('of which offset timelines', timelines),
      row('baseline: luxon per site per start', baseline),
      '',
      `first call in the process ${firstCallMs} ms; baseline ÷ findSlots (medians): ${result.speedupMedian}×; results: ${path.relative(REPO, file)}`,
    ].join('\n'),
  );
}

main();
