/**
 * Report: one engine's figures with the context needed to judge them (machine, commit, load
 * average, baseline spread), written to bench/results/latest-<engine>.json and rendered as the
 * Markdown table bench/README.md quotes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Engine, type Options, REPO, RESULTS_DIR, SAMPLE_MS } from './config.js';
import { median, type TargetResult } from './load.js';
import type { Server } from './servers.js';

interface ServerReport {
  pid: number;
  pidVerified: boolean;
  bootMs: number;
  idleRssMiB: number | null;
  peakRssMiB: number | null;
  stderrLines: string[];
}

/** Everything measured for one engine: the shape of bench/results/latest-<engine>.json. */
export interface EngineReport {
  engine: Engine;
  date: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGiB: number };
  commit: string | null;
  /** 1-minute load average when the measured runs began and ended: others using the cores. */
  loadAverage1m: { before: number; after: number };
  options: { duration: number; warmup: number; connections: number; repeat: number; rssSampleMs: number };
  seedMs: number;
  /** (max − min) / median of the baseline's requests/s over its runs: how steady the machine was. */
  baselineSpread: number;
  kxhub: ServerReport & { profileId: string };
  bare: ServerReport;
  targets: TargetResult[];
}

/** What benchEngine in run.ts gathered, to be assembled into an EngineReport. */
export interface ReportInput {
  engine: Engine;
  opts: Options;
  seedMs: number;
  loadAverage1m: { before: number; after: number };
  kx: Server;
  bare: Server;
  idle: { kx: number | null; bare: number | null };
  profileId: string;
  targets: TargetResult[];
}

/** The 1-minute load average, two decimals. */
export const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return null;
  }
}

/** Assembles the report, adding the machine, commit, peaks per server and the baseline spread. */
export function buildReport(i: ReportInput): EngineReport {
  const { targets, opts } = i;
  const peak = (server: 'kxhub' | 'bare') => {
    const v = targets.filter((t) => t.server === server && t.peakRssMiB !== null).map((t) => t.peakRssMiB!);
    return v.length ? Math.max(...v) : null;
  };
  const bareRps = targets.find((t) => t.server === 'bare')!.runs.map((r) => r.requestsPerSec);
  return {
    engine: i.engine,
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    },
    commit: gitCommit(),
    loadAverage1m: i.loadAverage1m,
    options: {
      duration: opts.duration,
      warmup: opts.warmup,
      connections: opts.connections,
      repeat: opts.repeat,
      rssSampleMs: SAMPLE_MS,
    },
    seedMs: i.seedMs,
    baselineSpread:
      Math.round(((Math.max(...bareRps) - Math.min(...bareRps)) / median(bareRps)) * 1000) / 1000,
    kxhub: {
      pid: i.kx.pid,
      pidVerified: i.kx.pidVerified,
      bootMs: i.kx.bootMs,
      idleRssMiB: i.idle.kx,
      peakRssMiB: peak('kxhub'),
      stderrLines: i.kx.child.stderrLines.slice(0, 20),
      profileId: i.profileId,
    },
    bare: {
      pid: i.bare.pid,
      pidVerified: i.bare.pidVerified,
      bootMs: i.bare.bootMs,
      idleRssMiB: i.idle.bare,
      peakRssMiB: peak('bare'),
      stderrLines: i.bare.child.stderrLines.slice(0, 20),
    },
    targets,
  };
}

/** The report as the Markdown section bench/README.md quotes: context line, table, memory, warnings. */
export function markdown(r: EngineReport): string {
  const bareRps = r.targets.find((t) => t.server === 'bare')?.requestsPerSec ?? 0;
  const fmt = (v: number | null) => (v === null ? 'n/a' : String(v));
  const repeat = r.options.repeat;
  const lines = [
    `### ${r.engine} — ${r.date.slice(0, 10)}, Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}`,
    '',
    `${r.options.connections} connections, ${r.options.duration} s per run after ${r.options.warmup} s warm-up,` +
      ` ${repeat} round${repeat > 1 ? 's' : ''} (baseline measured ${repeat + 1}×, bracketing KX Hub); loopback;` +
      ` commit ${r.commit ?? 'unknown'}; 1-min load average ${r.loadAverage1m.before} before, ${r.loadAverage1m.after} after.` +
      ' Req/s is the median over runs; latencies are those of the median run.',
    '',
    '| Target | Body (B) | Req/s | Runs (req/s) | % of bare | p50 (ms) | p97.5 (ms) | p99 (ms) | max (ms) | Errors | Non-2xx | Peak RSS (MiB) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...r.targets.map(
      (t) =>
        `| ${t.server === 'bare' ? t.name : `\`GET ${t.path.replace(r.kxhub.profileId, ':id')}\``} | ${t.bodyBytes} | ` +
        `${t.requestsPerSec} | ${t.runs.map((x) => x.requestsPerSec).join(' / ')} | ` +
        `${bareRps ? `${((t.requestsPerSec / bareRps) * 100).toFixed(1)}%` : 'n/a'} | ` +
        `${t.latencyMs.p50} | ${t.latencyMs.p97_5} | ${t.latencyMs.p99} | ${t.latencyMs.max} | ` +
        `${t.errors} | ${t.non2xx} | ${fmt(t.peakRssMiB)} |`,
    ),
    '',
    `Memory (VmRSS): KX Hub idle after warm-up ${fmt(r.kxhub.idleRssMiB)} MiB, peak under load ${fmt(r.kxhub.peakRssMiB)} MiB` +
      ` (pid ${r.kxhub.pid}${r.kxhub.pidVerified ? ', verified as the listening process' : ''});` +
      ` bare Fastify idle ${fmt(r.bare.idleRssMiB)} MiB, peak ${fmt(r.bare.peakRssMiB)} MiB.`,
    `Seed ${r.seedMs} ms; KX Hub boot to healthy ${r.kxhub.bootMs} ms; bare boot ${r.bare.bootMs} ms.` +
      ` Baseline spread ${(r.baselineSpread * 100).toFixed(0)}%.`,
  ];
  if (r.baselineSpread > 0.15) {
    lines.push(
      '',
      `Warning: the baseline runs spread by ${(r.baselineSpread * 100).toFixed(0)}%; the machine was busy or changed speed during this run, so read the figures with care.`,
    );
  }
  if (r.kxhub.stderrLines.length > 0) {
    lines.push(
      '',
      `KX Hub wrote ${r.kxhub.stderrLines.length} line(s) to stderr; first: ${r.kxhub.stderrLines[0]}`,
    );
  }
  return lines.join('\n');
}

/** Writes bench/results/latest-<engine>.json atomically (temp file, then rename); returns its path. */
export function writeResults(r: EngineReport): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `latest-${r.engine}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(r, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return file;
}
