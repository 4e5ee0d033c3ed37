/**
 * Paths, fixed settings and the option types the bench modules share. Kept apart from run.ts so
 * that the other modules can depend on them without importing the entry point (no cycles).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(BENCH_DIR, '..');
export const DATA_ROOT = path.join(BENCH_DIR, '.data');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const HOST = '127.0.0.1';
export const SAMPLE_MS = 200;
export const STOP_TIMEOUT_MS = 5_000;
export const BOOT_TIMEOUT_MS = 90_000;

export type Engine = 'pglite' | 'postgres';

/** The parsed command line (see parseOptions in run.ts). */
export interface Options {
  engines: Engine[];
  explicitEngine: boolean;
  duration: number;
  warmup: number;
  connections: number;
  repeat: number;
  pgUrl: string;
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
