import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppDeps } from '../../platform/module.js';
import { type MatchBatch, matchBatches } from './matching.allpairs.js';
import { readIndexRows } from './matching.cache.js';
import { type IndexRows, indexFromRows } from './matching.pools.js';
import * as repo from './matching.repository.js';
import { loadSettings, type MatchSettings } from './matching.service.js';
import type { WorkerInput } from './matching.worker.js';

export { NIGHTLY_TOP } from './matching.allpairs.js';

export interface MatchProgress {
  done: number;
  total: number;
  /** Milliseconds since the run started (reading the rows included). */
  elapsedMs: number;
  /** Matches written so far. */
  matches: number;
}

export interface RunOptions {
  onProgress?: (p: MatchProgress) => void;
  /** Threads that score (default: one per core, up to 4; one for fewer than 2 000 needs). */
  threads?: number;
}

/** Below this many needs, threads cost more to start than they save. */
const THREADS_FROM = 2000;

/** Lets the event loop breathe between batches (the database driver's I/O, timers, signals). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The worker is TypeScript, run through tsx as the CLI is: the thread registers tsx's loader
 * (its ESM entry, found beside the CommonJS one `require.resolve` names) before importing it.
 */
function startWorker(input: WorkerInput): Worker {
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs');
  const target = new URL('./matching.worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(tsxApi).href)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** Scores the needs in `threads` worker threads, each on its share; batches arrive as they are ready. */
function scoreInThreads(
  rows: IndexRows,
  settings: MatchSettings,
  threads: number,
  onBatch: (batch: MatchBatch) => void,
): Promise<void> {
  const total = rows.needs.length;
  const share = Math.ceil(total / threads);
  const runs = Array.from({ length: threads }, (_, t) => {
    const input: WorkerInput = {
      rows,
      weights: settings.weights,
      minScore: settings.minScore,
      from: t * share,
      to: Math.min(total, (t + 1) * share),
    };
    return new Promise<void>((resolve, reject) => {
      const worker = startWorker(input);
      let ended = false;
      worker.on('message', (m: { batch?: MatchBatch; end?: true }) => {
        if (m.batch) onBatch(m.batch);
        if (m.end) ended = true;
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        ended ? resolve() : reject(new Error(`matching worker ${t} stopped with code ${code}`)),
      );
    });
  });
  return Promise.all(runs).then(() => undefined);
}

/**
 * The nightly all-pairs run: every live need against every candidate, the best NIGHTLY_TOP of
 * each kind written to need_matches, batch by batch (one transaction each; rows that stay keep
 * their notified_at so a digest announces only new matches). Reading is done once; scoring is
 * spread over worker threads (one per core) while this thread writes. Matches of needs that are
 * no longer live are removed. Safe to run twice at once (each batch replaces, never appends).
 */
export async function runAllMatches(deps: AppDeps, opts: RunOptions = {}) {
  const started = performance.now();
  const now = deps.clock.now();
  const [rows, settings] = await Promise.all([readIndexRows(deps.db, now), loadSettings(deps.db)]);
  const total = rows.needs.length;
  const threads =
    opts.threads ?? (total < THREADS_FROM ? 1 : Math.max(1, Math.min(4, os.availableParallelism())));
  let done = 0;
  let matches = 0;
  const progress = () => opts.onProgress?.({ done, total, elapsedMs: performance.now() - started, matches });
  const write = async (batch: MatchBatch) => {
    await deps.db
      .transaction()
      .execute((trx) => repo.replaceNeedMatches(trx, batch.needIds, batch.values, now));
    done += batch.needIds.length;
    matches += batch.values.length;
    progress();
  };
  progress();
  if (threads <= 1) {
    const index = indexFromRows(rows);
    for (const batch of matchBatches(index, settings.weights, settings.minScore)) {
      await write(batch);
      await breathe();
    }
  } else {
    // Writes go one after the other, in the order batches arrive, while the threads score on.
    let writing = Promise.resolve();
    let failed: unknown = null;
    await scoreInThreads(rows, settings, threads, (batch) => {
      writing = writing
        .then(() => write(batch))
        .catch((err) => {
          failed ??= err;
        });
    });
    await writing;
    if (failed) throw failed;
  }
  const dropped = await repo.dropMatchesOfDeadNeeds(deps.db, rows.today);
  return { needs: total, matches, dropped, threads };
}
