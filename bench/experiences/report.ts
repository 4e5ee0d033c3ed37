/**
 * Figures of the experience-library bench: latency percentiles per way of measuring (API over
 * HTTP, service in-process, bare SQL), overall, with and without facets, and per class of query.
 */
import { percentile } from '../stats.js';
import type { LoadTimes } from './load-data.js';
import type { QueryClass } from './queries.js';

export interface Sample {
  cls: QueryClass;
  facets: boolean;
  kind: 'api' | 'service' | 'bare';
  ms: number;
  round: number;
  qs: string;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface EngineResult {
  engine: string;
  count: number;
  rounds: number;
  baseQueries: number;
  date: string;
  machine: string;
  load: LoadTimes & { totalMs: number };
  /** 1-minute load average before and after the measured part, and how long it took. */
  loadAverage: { before: number; after: number };
  measureMs: number;
  /** GET /experiences/:id/similar through the API, each sample in ms. */
  similarMs: number[];
  /** kind → group ("all", "facets", "no facets", class) → stats */
  stats: Record<string, Record<string, Stats>>;
  /** API time ÷ bare SQL time of the same request and round: median and 95th percentile. */
  pairedRatio: { p50: number; p95: number };
  /** The slowest requests through the API (median over rounds). */
  slowest: { qs: string; cls: string; apiMs: number; bareMs: number }[];
  samples: Sample[];
}

const stats = (xs: number[]): Stats => ({
  n: xs.length,
  p50: percentile(xs, 50),
  p95: percentile(xs, 95),
  max: Math.max(...xs),
});

export function summarise(r: Omit<EngineResult, 'stats' | 'pairedRatio' | 'slowest'>): EngineResult {
  const out: EngineResult['stats'] = {};
  for (const kind of ['api', 'service', 'bare'] as const) {
    const of = r.samples.filter((s) => s.kind === kind);
    const groups: Record<string, Stats> = {
      all: stats(of.map((s) => s.ms)),
      facets: stats(of.filter((s) => s.facets).map((s) => s.ms)),
      'no facets': stats(of.filter((s) => !s.facets).map((s) => s.ms)),
    };
    for (const cls of [...new Set(of.map((s) => s.cls))])
      groups[cls] = stats(of.filter((s) => s.cls === cls).map((s) => s.ms));
    out[kind] = groups;
  }
  const key = (s: Sample) => `${s.round}|${s.qs}`;
  const bare = new Map(r.samples.filter((s) => s.kind === 'bare').map((s) => [key(s), s.ms]));
  const ratios = r.samples
    .filter((s) => s.kind === 'api' && bare.has(key(s)))
    .map((s) => s.ms / bare.get(key(s))!);
  const byQuery = new Map<string, { cls: string; api: number[]; bare: number[] }>();
  for (const s of r.samples) {
    if (s.kind === 'service') continue;
    const e = byQuery.get(s.qs) ?? { cls: s.cls, api: [], bare: [] };
    e[s.kind].push(s.ms);
    byQuery.set(s.qs, e);
  }
  const slowest = [...byQuery.entries()]
    .map(([qs, e]) => ({ qs, cls: e.cls, apiMs: percentile(e.api, 50), bareMs: percentile(e.bare, 50) }))
    .sort((a, b) => b.apiMs - a.apiMs)
    .slice(0, 8);
  return {
    ...r,
    stats: out,
    pairedRatio: { p50: percentile(ratios, 50), p95: percentile(ratios, 95) },
    slowest,
  };
}

/**
 * What is written to bench/results: everything but the raw samples, which become one line per
 * request (class, facets, and the median of the rounds for each way of timing).
 */
export function forFile(r: EngineResult) {
  const byRequest = new Map<string, { cls: string; api: number[]; service: number[]; bare: number[] }>();
  for (const s of r.samples) {
    const e = byRequest.get(s.qs) ?? { cls: s.cls, api: [], service: [], bare: [] };
    e[s.kind].push(s.ms);
    byRequest.set(s.qs, e);
  }
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const { samples: _, ...rest } = r;
  return {
    ...rest,
    similarMs: r.similarMs.map(round1),
    requests: [...byRequest.entries()].map(([qs, e]) => ({
      qs,
      cls: e.cls,
      apiMs: round1(percentile(e.api, 50)),
      serviceMs: round1(percentile(e.service, 50)),
      bareMs: round1(percentile(e.bare, 50)),
    })),
  };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

export function markdown(r: EngineResult): string {
  const groups = Object.keys(r.stats.api ?? {});
  const lines = [
    `### ${r.engine} — ${r.count.toLocaleString('en')} experiences, ${r.date}`,
    '',
    `${r.machine}. ${r.baseQueries} queries × (with, without facets) × ${r.rounds} rounds after a warm-up round. Load: ${(r.load.totalMs / 1000).toFixed(0)} s (rows ${(r.load.insertMs / 1000).toFixed(0)} s, search index ${(r.load.indexMs / 1000).toFixed(0)} s). Measured in ${(r.measureMs / 60000).toFixed(1)} min; 1-min load average ${r.loadAverage.before.toFixed(2)} before, ${r.loadAverage.after.toFixed(2)} after. Times in ms.`,
    '',
    '| Queries | n | API p50 | API p95 | service p50 | service p95 | bare SQL p50 | bare SQL p95 | API ÷ bare (p95) | API max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const g of groups) {
    const a = r.stats.api?.[g];
    const s = r.stats.service?.[g];
    const b = r.stats.bare?.[g];
    if (!a || !s || !b) continue;
    lines.push(
      `| ${g} | ${a.n} | ${f1(a.p50)} | ${f1(a.p95)} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(b.p50)} | ${f1(b.p95)} | ${(a.p95 / b.p95).toFixed(2)} | ${f1(a.max)} |`,
    );
  }
  lines.push(
    '',
    `API ÷ bare SQL for the same request: median ${r.pairedRatio.p50.toFixed(2)}, 95th percentile ${r.pairedRatio.p95.toFixed(2)}.`,
  );
  if (r.similarMs?.length)
    lines.push(
      '',
      `Similar experiences (\`GET /experiences/:id/similar\`, ${r.similarMs.length} requests): p50 ${f1(percentile(r.similarMs, 50))} ms, p95 ${f1(percentile(r.similarMs, 95))} ms.`,
    );
  lines.push('', 'Slowest through the API (median of rounds, ms): ');
  for (const s of r.slowest) lines.push(`- ${s.cls}: \`${s.qs}\` — API ${f1(s.apiMs)}, bare ${f1(s.bareMs)}`);
  return lines.join('\n');
}
