import { buildApp, DOMAIN_MODULES } from './app.js';
import type { Config } from './env.js';
import { startJobs } from './platform/jobs.js';
import type { Runtime } from './runtime.js';

/** Serves API and web app on one port until SIGINT/SIGTERM, then drains and closes cleanly. */
export async function serve(config: Config, runtime: Runtime, banner: string[] = []): Promise<void> {
  const app = await buildApp({ handle: runtime.handle, deps: runtime.deps });
  // Retry mail that could not be sent at once (SMTP down) and anything queued by other instances.
  const mailTimer = setInterval(
    () => void runtime.deps.mailer.flush().catch((err) => app.log.warn({ err }, 'mail flush failed')),
    30_000,
  );
  mailTimer.unref();
  // Every module's recurring work (reminders, nightly matching, digests), on unref'd timers.
  const stopJobs = startJobs(DOMAIN_MODULES, runtime.deps, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing in-flight requests, then closing`);
    clearInterval(mailTimer);
    stopJobs();
    await app.close(); // stops accepting, waits for in-flight requests
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  const lines = [
    `KX Hub is running at ${config.PUBLIC_URL}`,
    `  API docs: ${config.PUBLIC_URL}/api/docs`,
    `  database: ${runtime.handle.engine} (${runtime.handle.location})`,
    ...banner,
  ];
  console.log(`\n${lines.join('\n')}\n`);
}
