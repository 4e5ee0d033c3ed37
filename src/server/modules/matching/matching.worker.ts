import { parentPort, workerData } from 'node:worker_threads';
import type { MatchWeights } from '../../../shared/matching/index.js';
import { matchBatches } from './matching.allpairs.js';
import { type IndexRows, indexFromRows } from './matching.pools.js';

/**
 * A worker thread of the nightly run: prepares its own index from the rows the main thread read
 * (preparing is deterministic, so every thread scores alike) and scores its share of the needs,
 * posting each batch back for the main thread to write.
 */
export interface WorkerInput {
  rows: IndexRows;
  weights: MatchWeights;
  minScore: number;
  from: number;
  to: number;
}

const input = workerData as WorkerInput;
const index = indexFromRows(input.rows);
for (const batch of matchBatches(index, input.weights, input.minScore, input.from, input.to))
  parentPort!.postMessage({ batch });
parentPort!.postMessage({ end: true });
