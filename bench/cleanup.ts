/**
 * Clean-up: every resource (child process, database, data folder) registers how to release it
 * as soon as it exists; the list runs in reverse after each engine, on failure, and on Ctrl-C,
 * so an interrupted run leaves nothing behind.
 */

const cleanups: Array<{ what: string; run: () => Promise<void> | void }> = [];
let interrupted = false;

/** Registers how to release a resource that has just been acquired. */
export function onCleanup(what: string, run: () => Promise<void> | void): void {
  cleanups.push({ what, run });
}

/** Releases every registered resource, newest first; a failing step is reported and skipped. */
export async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const c = cleanups.pop()!;
    try {
      await c.run();
    } catch (err) {
      console.error(`clean-up "${c.what}" failed: ${(err as Error).message}`);
    }
  }
}

/** Whether SIGINT or SIGTERM has been received (the main loop then stops between engines). */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** On SIGINT or SIGTERM, cleans up and exits with 130; a second signal is ignored meanwhile. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping servers and cleaning up…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
