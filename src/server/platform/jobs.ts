import type { AppDeps, ModuleManifest } from './module.js';

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

/**
 * Starts every module's recurring jobs. Timers do not keep the process alive; a run that is
 * still going when its next turn comes is not started twice. Returns a function that stops them.
 */
export function startJobs(modules: readonly ModuleManifest[], deps: AppDeps, log: Log): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const m of modules) {
    for (const job of m.jobs ?? []) {
      let running = false;
      const run = () => {
        if (running) return;
        running = true;
        job
          .run(deps)
          .then((counts) => {
            if (counts && Object.values(counts).some((n) => n > 0))
              log.info(counts, `${m.name}: ${job.name}`);
          })
          .catch((err) => log.warn({ err }, `${m.name}: ${job.name} failed`))
          .finally(() => {
            running = false;
          });
      };
      const first = setTimeout(run, job.firstAfterMs ?? 60_000);
      const every = setInterval(run, job.everyMs);
      first.unref();
      every.unref();
      timers.push(first, every);
    }
  }
  return () => {
    for (const t of timers) clearTimeout(t);
  };
}
