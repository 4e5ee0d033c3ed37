/**
 * Load: the targets, autocannon runs against them with memory sampled alongside, and the
 * reduction of several runs of a target to its headline (median) figures.
 */
import autocannon, { type Result } from 'autocannon';
import type { Options } from './config.js';
import { mib, sampleRss } from './memory.js';
import type { Server } from './servers.js';

/** One URL path on one of the two servers. */
export interface Target {
  name: string;
  server: 'kxhub' | 'bare';
  path: string;
}

/** One autocannon measurement of one target. */
export interface Run {
  durationS: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { p2_5: number; p50: number; p97_5: number; p99: number; avg: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  peakRssMiB: number | null;
  rssSamples: number;
}

/** A target over all its runs; the headline figures are those of the median run. */
export interface TargetResult extends Target {
  bodyBytes: number;
  /** Median requests/s over the runs (mean of the middle two for an even count). */
  requestsPerSec: number;
  /** Latencies of the run whose requests/s is closest to the median. */
  latencyMs: Run['latencyMs'];
  errors: number;
  non2xx: number;
  peakRssMiB: number | null;
  runs: Run[];
}

/** The ceiling every KX Hub figure is read against. */
export const BASELINE: Target = { name: 'bare Fastify (baseline)', server: 'bare', path: '/bare' };

/** The id of the first organisation in the seeded directory, for the profile target. */
export async function firstProfileId(kxBase: string): Promise<string> {
  const dir = (await (await fetch(`${kxBase}/api/v1/organisations?limit=20`)).json()) as {
    items: Array<{ id: string }>;
  };
  const profileId = dir.items[0]?.id;
  if (!profileId) throw new Error('the demo directory is empty; was the seed loaded?');
  return profileId;
}

/** The KX Hub read endpoints measured, with profileId filling the profile route. */
export function kxHubTargets(profileId: string): Target[] {
  return [
    { name: 'directory page', server: 'kxhub', path: '/api/v1/organisations?limit=20' },
    { name: 'organisation profile', server: 'kxhub', path: `/api/v1/organisations/${profileId}` },
    { name: 'stats', server: 'kxhub', path: '/api/v1/stats' },
    // Answered from memory: the whole KX Hub pipeline (helmet, auth, rate limit, Zod
    // serialisation) without a database query, to separate stack cost from database cost.
    { name: 'time zones (no database)', server: 'kxhub', path: '/api/v1/reference/time-zones' },
  ];
}

async function bodyBytes(url: string): Promise<number> {
  const res = await fetch(url);
  const buf = await res.arrayBuffer();
  if (res.status !== 200) {
    throw new Error(`${url} answered ${res.status}: ${Buffer.from(buf).toString('utf8').slice(0, 300)}`);
  }
  return buf.byteLength;
}

/** Body size of every target, one at a time, failing unless each answers 200. */
export async function bodySizes(
  all: Target[],
  serverOf: (t: Target) => Server,
): Promise<Map<Target, number>> {
  const bytes = new Map<Target, number>();
  for (const t of all) bytes.set(t, await bodyBytes(serverOf(t).base + t.path));
  return bytes;
}

function load(url: string, opts: Options, duration: number): Promise<Result> {
  return autocannon({ url, connections: opts.connections, duration, timeout: 10 });
}

/** Unmeasured load on every target for --warmup seconds each, so no run pays for a cold start. */
export async function warmUp(all: Target[], serverOf: (t: Target) => Server, opts: Options): Promise<void> {
  if (opts.warmup <= 0) return;
  for (const t of all) {
    console.log(`  warm-up ${t.name} (${opts.warmup} s)`);
    await load(serverOf(t).base + t.path, opts, opts.warmup);
  }
}

async function measureOnce(url: string, pid: number, opts: Options): Promise<Run> {
  const sampler = sampleRss(pid);
  const r = await load(url, opts, opts.duration);
  const mem = sampler.stop();
  return {
    durationS: r.duration,
    requests: r.requests.total,
    requestsPerSec: Math.round(r.requests.total / r.duration),
    latencyMs: {
      p2_5: r.latency.p2_5,
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      avg: Math.round(r.latency.average * 100) / 100,
      max: r.latency.max,
    },
    errors: r.errors + r.timeouts,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
    peakRssMiB: mib(mem.peakKiB),
    rssSamples: mem.samples,
  };
}

/**
 * The measured runs: `--repeat` rounds of baseline then every KX Hub target, and the baseline
 * once more at the end. The baseline brackets the KX Hub runs, so a machine that changes speed
 * shows as its spread. Fails as soon as a server dies under load.
 */
export async function measureAll(
  all: Target[],
  baseline: Target,
  serverOf: (t: Target) => Server,
  opts: Options,
): Promise<Map<Target, Run[]>> {
  const runs = new Map<Target, Run[]>(all.map((t) => [t, []]));
  const schedule: Target[] = [];
  for (let round = 0; round < opts.repeat; round++) schedule.push(...all);
  schedule.push(baseline);
  for (const [i, t] of schedule.entries()) {
    const s = serverOf(t);
    console.log(
      `  [${i + 1}/${schedule.length}] measure ${t.name} (${opts.duration} s, ${opts.connections} connections)`,
    );
    runs.get(t)!.push(await measureOnce(s.base + t.path, s.pid, opts));
    if (s.child.proc.exitCode !== null) {
      throw new Error(`${s.child.name} exited during the load:\n${s.child.output.join('\n')}`);
    }
  }
  return runs;
}

/** Median of the values (mean of the middle two for an even count). */
export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Reduces a target's runs to its headline figures: median req/s and the median run's latencies. */
export function summarise(target: Target, bytes: number, runs: Run[]): TargetResult {
  const rps = median(runs.map((r) => r.requestsPerSec));
  const closest = runs.reduce((a, b) =>
    Math.abs(b.requestsPerSec - rps) < Math.abs(a.requestsPerSec - rps) ? b : a,
  );
  const peaks = runs.map((r) => r.peakRssMiB).filter((v): v is number => v !== null);
  return {
    ...target,
    bodyBytes: bytes,
    requestsPerSec: Math.round(rps),
    latencyMs: closest.latencyMs,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    peakRssMiB: peaks.length ? Math.max(...peaks) : null,
    runs,
  };
}
