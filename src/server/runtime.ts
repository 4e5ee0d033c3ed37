import type { FastifyBaseLogger } from 'fastify';
import { type DbHandle, openDatabase } from './db/engine.js';
import { migrate } from './db/migrate.js';
import type { Config } from './env.js';
import { syncReferenceData } from './modules/reference/index.js';
import { type Clock, systemClock } from './platform/clock.js';
import { createServerI18n } from './platform/i18n.js';
import { createMailer } from './platform/mail/mailer.js';
import type { AppDeps } from './platform/module.js';

export interface Runtime {
  handle: DbHandle;
  deps: AppDeps;
  /** Migrations applied by this boot, for the start-up message. */
  applied: string[];
  close(): Promise<void>;
}

type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export const consoleLogger: Logger = {
  info: (obj: unknown, msg?: string) =>
    console.log(msg ?? '', typeof obj === 'string' ? obj : JSON.stringify(obj)),
  warn: (obj: unknown, msg?: string) =>
    console.warn(msg ?? '', typeof obj === 'string' ? obj : JSON.stringify(obj)),
  error: (obj: unknown, msg?: string) =>
    console.error(msg ?? '', typeof obj === 'string' ? obj : JSON.stringify(obj)),
} as Logger;

/**
 * Boot order shared by the server, the CLI and the tests: open the engine, migrate, load the
 * reference data, and assemble the platform services every module receives.
 */
export async function openRuntime(
  config: Config,
  opts: { clock?: Clock; logger?: Logger; migrate?: boolean } = {},
): Promise<Runtime> {
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const clock = opts.clock ?? systemClock;
    const applied = opts.migrate === false ? [] : await migrate(handle);
    if (opts.migrate !== false) await syncReferenceData(handle.db, clock.now());
    const mailer = createMailer({
      db: handle.db,
      clock,
      logger: opts.logger ?? consoleLogger,
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
    });
    const deps: AppDeps = {
      db: handle.db,
      engine: handle.engine,
      config,
      clock,
      mailer,
      i18n: await createServerI18n(),
    };
    return { handle, deps, applied, close: () => handle.close() };
  } catch (err) {
    await handle.close();
    throw err;
  }
}
