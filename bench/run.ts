/**
 * KX Hub HTTP benchmark. Starts the real server (seeded with the demo data) and a bare Fastify
 * baseline as child processes, loads both with autocannon over loopback, samples the servers'
 * resident memory, prints a Markdown table and writes bench/results/latest-<engine>.json.
 *
 *   npm run bench -- [--engine pglite|postgres|both] [--duration 10] [--warmup 2] [--connections 20]
 *                    [--repeat 1]
 *                    [--pg-url postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Method and figures: bench/README.md. Timings are never asserted anywhere; this only measures.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH_DIR, '..');
const DATA_ROOT = path.join(BENCH_DIR, '.data');
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const HOST = '127.0.0.1';
const SAMPLE_MS = 200;
const STOP_TIMEOUT_MS = 5_000;
const BOOT_TIMEOUT_MS = 90_000;

type Engine = 'pglite' | 'postgres';

interface Options {
  engines: Engine[];
  explicitEngine: boolean;
  duration: number;
  warmup: number;
  connections: number;
  repeat: number;
  pgUrl: string;
}

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

// ---------------------------------------------------------------------------------------------
// Clean-up: every resource registers how to release it; run in reverse on exit or interruption.

const cleanups: Array<{ what: string; run: () => Promise<void> | void }> = [];

function onCleanup(what: string, run: () => Promise<void> | void): void {
  cleanups.push({ what, run });
}

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const c = cleanups.pop()!;
    try {
      await c.run();
    } catch (err) {
      console.error(`clean-up "${c.what}" failed: ${(err as Error).message}`);
    }
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping servers and cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Child {
  name: string;
  proc: ChildProcess;
  /** The last lines the child wrote, for error messages. */
  output: string[];
  /** Lines on stderr (warnings and errors at LOG_LEVEL=warn). */
  stderrLines: string[];
  exited: Promise<number | null>;
}

function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const stderrLines: string[] = [];
  const keep = (chunk: Buffer, isErr: boolean) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 60) output.shift();
      if (isErr && stderrLines.length < 200) stderrLines.push(line);
    }
  };
  proc.stdout?.on('data', (c: Buffer) => keep(c, false));
  proc.stderr?.on('data', (c: Buffer) => keep(c, true));
  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    proc.once('error', () => resolve(-1));
  });
  return { name, proc, output, stderrLines, exited };
}

async function stopChild(child: Child): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  child.proc.kill('SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    console.error(`${child.name} did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM; sending SIGKILL`);
    child.proc.kill('SIGKILL');
    await child.exited;
  }
}

async function runToEnd(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = startChild(name, args, env);
  onCleanup(`stop ${name}`, () => stopChild(child));
  const code = await child.exited;
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${child.output.join('\n')}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers 200, or fails when the child exits or the time is up. */
async function waitFor200(child: Child, url: string): Promise<void> {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void child.exited.then((c) => {
    exitCode = c;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(
        `${child.name} exited (${exitCode}) before ${url} answered:\n${child.output.join('\n')}`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${BOOT_TIMEOUT_MS} ms:\n${child.output.join('\n')}`);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Memory: VmRSS from /proc, of the process that really holds the listening socket.

const HAS_PROC = fs.existsSync('/proc/self/status');

function rssKiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols: sl local_address rem_address st ... inode(9); st 0A = LISTEN
      if (cols.length > 9 && cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  return inodes;
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of fs
        .readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8')
        .split(/\s+/)
        .filter(Boolean)) {
        out.push(Number(c), ...descendants(Number(c)));
      }
    } catch {
      // task ended
    }
  }
  return out;
}

/**
 * The pid whose file descriptors include the socket listening on `port`: the spawned process
 * or one of its descendants (in case a launcher re-spawns node). Memory is sampled from it.
 */
function servingPid(rootPid: number, port: number): { pid: number; verified: boolean } {
  if (!HAS_PROC) return { pid: rootPid, verified: false };
  const inodes = listeningInodes(port);
  for (const pid of [rootPid, ...descendants(rootPid)]) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return { pid, verified: true };
      } catch {
        // fd closed meanwhile
      }
    }
  }
  throw new Error(`no process under pid ${rootPid} holds the socket listening on port ${port}`);
}

/** Samples RSS every SAMPLE_MS until stopped; returns the peak and the number of samples. */
function sampleRss(pid: number): { stop(): { peakKiB: number | null; samples: number } } {
  let peak: number | null = null;
  let samples = 0;
  const take = () => {
    const v = rssKiB(pid);
    if (v !== null) {
      samples += 1;
      peak = peak === null ? v : Math.max(peak, v);
    }
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakKiB: peak, samples };
    },
  };
}

const mib = (kib: number | null) => (kib === null ? null : Math.round((kib / 1024) * 10) / 10);

// ---------------------------------------------------------------------------------------------
// Load

interface Target {
  name: string;
  server: 'kxhub' | 'bare';
  path: string;
}

/** One autocannon measurement of one target. */
interface Run {
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
interface TargetResult extends Target {
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

async function bodyBytes(url: string): Promise<number> {
  const res = await fetch(url);
  const buf = await res.arrayBuffer();
  if (res.status !== 200) {
    throw new Error(`${url} answered ${res.status}: ${Buffer.from(buf).toString('utf8').slice(0, 300)}`);
  }
  return buf.byteLength;
}

function load(url: string, opts: Options, duration: number): Promise<Result> {
  return autocannon({ url, connections: opts.connections, duration, timeout: 10 });
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

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

function summarise(target: Target, bytes: number, runs: Run[]): TargetResult {
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

interface ServerReport {
  pid: number;
  pidVerified: boolean;
  bootMs: number;
  idleRssMiB: number | null;
  peakRssMiB: number | null;
  stderrLines: string[];
}

interface Server {
  child: Child;
  base: string;
  pid: number;
}

// ---------------------------------------------------------------------------------------------
// One engine

interface EngineReport {
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

const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

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

async function createPgDatabase(adminUrl: string): Promise<string> {
  const name = `kx_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
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

async function benchEngine(engine: Engine, opts: Options): Promise<EngineReport> {
  console.log(`\n== ${engine} ==`);
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
  delete env.DATABASE_URL;
  if (engine === 'postgres') env.DATABASE_URL = await createPgDatabase(opts.pgUrl);

  console.log('  seeding demo data');
  const seedStart = Date.now();
  await runToEnd('kxhub seed', ['bin/kxhub.js', 'seed', '--demo'], env);
  const seedMs = Date.now() - seedStart;

  // bin/kxhub.js registers tsx in-process, so the spawned pid should be the server itself;
  // servingPid() checks that against the listening socket rather than assuming it.
  const bootStart = Date.now();
  const kxChild = startChild('kxhub serve', ['bin/kxhub.js', 'serve'], env);
  onCleanup('stop kxhub serve', () => stopChild(kxChild));
  const kxBase = `http://${HOST}:${port}`;
  await waitFor200(kxChild, `${kxBase}/api/health`);
  const kxBootMs = Date.now() - bootStart;
  const kxPid = servingPid(kxChild.proc.pid!, port);
  const kx: Server = { child: kxChild, base: kxBase, pid: kxPid.pid };

  const barePort = await freePort();
  const bareStart = Date.now();
  const bareChild = startChild('bare fastify', ['--import', 'tsx', 'bench/bare-server.ts'], {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(barePort),
  });
  onCleanup('stop bare fastify', () => stopChild(bareChild));
  const bareBase = `http://${HOST}:${barePort}`;
  await waitFor200(bareChild, `${bareBase}/bare`);
  const bareBootMs = Date.now() - bareStart;
  const barePid = servingPid(bareChild.proc.pid!, barePort);
  const bare: Server = { child: bareChild, base: bareBase, pid: barePid.pid };

  const dir = (await (await fetch(`${kxBase}/api/v1/organisations?limit=20`)).json()) as {
    items: Array<{ id: string }>;
  };
  const profileId = dir.items[0]?.id;
  if (!profileId) throw new Error('the demo directory is empty; was the seed loaded?');

  const baseline: Target = { name: 'bare Fastify (baseline)', server: 'bare', path: '/bare' };
  const kxTargets: Target[] = [
    { name: 'directory page', server: 'kxhub', path: '/api/v1/organisations?limit=20' },
    { name: 'organisation profile', server: 'kxhub', path: `/api/v1/organisations/${profileId}` },
    { name: 'stats', server: 'kxhub', path: '/api/v1/stats' },
    // Answered from memory: the whole KX Hub pipeline (helmet, auth, rate limit, Zod
    // serialisation) without a database query, to separate stack cost from database cost.
    { name: 'time zones (no database)', server: 'kxhub', path: '/api/v1/reference/time-zones' },
  ];
  const all = [baseline, ...kxTargets];
  const serverOf = (t: Target) => (t.server === 'bare' ? bare : kx);
  console.log(
    `  bare Fastify on :${barePort} (pid ${bare.pid}); KX Hub (${engine}) on :${port} (pid ${kx.pid})`,
  );

  const bytes = new Map<Target, number>();
  for (const t of all) bytes.set(t, await bodyBytes(serverOf(t).base + t.path));
  if (opts.warmup > 0) {
    for (const t of all) {
      console.log(`  warm-up ${t.name} (${opts.warmup} s)`);
      await load(serverOf(t).base + t.path, opts, opts.warmup);
    }
  }
  await sleep(1_000); // let sockets close and the collector settle
  const idle = { kx: mib(rssKiB(kx.pid)), bare: mib(rssKiB(bare.pid)) };

  // Rounds of baseline then every KX Hub target, and the baseline once more at the end: the
  // baseline brackets the KX Hub runs, so a machine that changes speed shows as its spread.
  const runs = new Map<Target, Run[]>(all.map((t) => [t, []]));
  const loadBefore = loadAverage();
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
  const loadAfter = loadAverage();

  const targets = all.map((t) => summarise(t, bytes.get(t)!, runs.get(t)!));
  const peak = (server: Target['server']) => {
    const v = targets.filter((t) => t.server === server && t.peakRssMiB !== null).map((t) => t.peakRssMiB!);
    return v.length ? Math.max(...v) : null;
  };
  const bareRps = runs.get(baseline)!.map((r) => r.requestsPerSec);
  return {
    engine,
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    },
    commit: gitCommit(),
    loadAverage1m: { before: loadBefore, after: loadAfter },
    options: {
      duration: opts.duration,
      warmup: opts.warmup,
      connections: opts.connections,
      repeat: opts.repeat,
      rssSampleMs: SAMPLE_MS,
    },
    seedMs,
    baselineSpread:
      Math.round(((Math.max(...bareRps) - Math.min(...bareRps)) / median(bareRps)) * 1000) / 1000,
    kxhub: {
      pid: kx.pid,
      pidVerified: kxPid.verified,
      bootMs: kxBootMs,
      idleRssMiB: idle.kx,
      peakRssMiB: peak('kxhub'),
      stderrLines: kxChild.stderrLines.slice(0, 20),
      profileId,
    },
    bare: {
      pid: bare.pid,
      pidVerified: barePid.verified,
      bootMs: bareBootMs,
      idleRssMiB: idle.bare,
      peakRssMiB: peak('bare'),
      stderrLines: bareChild.stderrLines.slice(0, 20),
    },
    targets,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function markdown(r: EngineReport): string {
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

function writeResults(r: EngineReport): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `latest-${r.engine}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(r, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return file;
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
      if (engine === 'postgres' && !opts.explicitEngine && /cannot reach PostgreSQL/.test(msg)) {
        console.warn(`  skipped postgres: ${msg} (pass --pg-url, or --engine pglite)`);
      } else {
        console.error(`  ${engine} failed: ${msg}`);
        failed = true;
      }
    } finally {
      await cleanUp();
    }
    if (interrupted) return 130;
  }
  for (const r of reports) console.log(`\n${markdown(r)}`);
  return failed ? 1 : 0;
}

const code = await main().catch(async (err: Error) => {
  console.error(err.message);
  await cleanUp();
  return 1;
});
process.exit(code);
