import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJobs } from './jobs.js';
import type { AppDeps, ModuleManifest } from './module.js';

const deps = {} as AppDeps;
const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('startJobs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs each job after its delay, then on its interval, logging counts and failures', async () => {
    vi.useFakeTimers();
    const counts = vi.fn(async () => ({ sent: 2, skipped: 0 }));
    const failing = vi.fn(async () => {
      throw new Error('down');
    });
    const m: ModuleManifest = {
      name: 'm',
      routes: () => undefined,
      jobs: [
        { name: 'counts', everyMs: 1_000, firstAfterMs: 100, run: counts },
        { name: 'failing', everyMs: 5_000, firstAfterMs: 100, run: failing },
      ],
    };
    const l = log();
    const stop = startJobs([m], deps, l);
    await vi.advanceTimersByTimeAsync(99);
    expect(counts).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(counts).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(l.info).toHaveBeenCalledWith({ sent: 2, skipped: 0 }, 'm: counts');
    expect(l.warn).toHaveBeenCalledWith({ err: expect.any(Error) }, 'm: failing failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(counts).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counts).toHaveBeenCalledTimes(2);
  });

  it('does not start a run while the previous one is still going, and logs nothing for zero counts', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const slow = vi.fn(
      () =>
        new Promise<Record<string, number>>((resolve) => {
          finish = () => resolve({ done: 0 });
        }),
    );
    const l = log();
    const stop = startJobs(
      [
        {
          name: 'm',
          routes: () => undefined,
          jobs: [{ name: 'slow', everyMs: 100, firstAfterMs: 0, run: slow }],
        },
      ],
      deps,
      l,
    );
    await vi.advanceTimersByTimeAsync(350);
    expect(slow).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(slow).toHaveBeenCalledTimes(2);
    expect(l.info).not.toHaveBeenCalled();
    stop();
  });
});
