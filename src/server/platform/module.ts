import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Scope } from '../../shared/permissions.js';
import type { Engine } from '../db/engine.js';
import type { Db, Executor } from '../db/executor.js';
import type { Config } from '../env.js';
import type { Clock } from './clock.js';
import type { ServerI18n } from './i18n.js';
import type { Mailer } from './mail/mailer.js';

/** What every module is given: the platform's services, never another module's internals. */
export interface AppDeps {
  db: Db;
  engine: Engine;
  config: Config;
  clock: Clock;
  mailer: Mailer;
  i18n: ServerI18n;
}

export type ZodApp = FastifyInstance<
  import('fastify').RawServerDefault,
  import('fastify').RawRequestDefaultExpression,
  import('fastify').RawReplyDefaultExpression,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * A module declares everything it adds to the platform in one manifest (after decidim's
 * components): its routes, the counts it contributes to the home page, and its demo data.
 */
export interface ModuleManifest {
  name: string;
  /** Registers the module's routes; mounted under /api/v1. */
  routes(app: ZodApp, deps: AppDeps): void;
  /** Public live counts for the home page (only published/public records). */
  stats?(deps: AppDeps): Promise<Record<string, number>>;
  /**
   * For each entity type whose audit trail this module owns: where a record sits, so the
   * audit module can let the record's owners (not only administrators) read its trail; a record
   * shared by several organisations (an introduction) names each of them.
   */
  auditScopes?: Record<string, (ex: Executor, entityId: string) => Promise<Scope | Scope[] | null>>;
  /** Work the server runs on a timer (reminders, nightly matching, digests); see platform/jobs.ts. */
  jobs?: ModuleJob[];
}

/**
 * A recurring job: run once `firstAfterMs` after start-up, then every `everyMs`. What it returns
 * (counts) is logged when any count is above zero; a failure is logged and retried next time.
 * Jobs must be safe to run in several processes at once (claim rows, or be idempotent).
 */
export interface ModuleJob {
  name: string;
  everyMs: number;
  firstAfterMs?: number;
  run(deps: AppDeps): Promise<Record<string, number> | undefined>;
}
