/**
 * The "bare SQL" side of the benchmark. A search is run once through the search service on a
 * pool that records every statement the repository sends (text, parameters, which connection,
 * when it started and ended). Replaying that trace straight through the driver, with the same
 * parallelism (a statement starts once every statement that had finished before it started
 * has finished, and after the previous one on its connection), is the database work of one
 * request without HTTP, validation, Kysely or presentation.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Database } from '../../src/server/db/schema.js';

export interface Statement {
  slot: number;
  sql: string;
  params: unknown[];
  start: number;
  end: number;
}

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A Kysely whose every statement is recorded into `trace` (set it before each request).
 * `pool` is any pg-compatible pool (a pg.Pool on PostgreSQL, the PGlite adapter's pool).
 */
export function recordingDb(pool: pg.Pool) {
  const slots = new WeakMap<object, number>();
  let next = 0;
  const state: { trace: Statement[] } = { trace: [] };
  const wrappedPool = {
    connect: async () => {
      const client = (await pool.connect()) as pg.PoolClient;
      if (!slots.has(client)) {
        slots.set(client, next++);
        const original = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
        (client as unknown as { query: unknown }).query = async (sqlText: unknown, params?: unknown[]) => {
          const start = performance.now();
          const result = await original(sqlText, params);
          state.trace.push({
            slot: slots.get(client)!,
            sql: String(sqlText),
            params: params ?? [],
            start,
            end: performance.now(),
          });
          return result;
        };
      }
      return client;
    },
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: wrappedPool as unknown as pg.Pool }),
  });
  return { db, state };
}

/** The dependencies of each statement of a trace (by index), from the recorded timings. */
function schedule(trace: Statement[]) {
  const ordered = [...trace].sort((a, b) => a.start - b.start);
  return ordered.map((s, i) => ({
    s,
    after: ordered
      .slice(0, i)
      .map((o, j) => ({ o, j }))
      .filter(({ o }) => o.end <= s.start || o.slot === s.slot)
      .map(({ j }) => j),
  }));
}

/**
 * Replays a trace on the given connections (one per recorded slot; PGlite has one) and returns
 * the wall time in milliseconds.
 */
export async function replay(trace: Statement[], clientFor: (slot: number) => Queryable): Promise<number> {
  const plan = schedule(trace);
  const done: Promise<void>[] = [];
  const start = performance.now();
  plan.forEach(({ s, after }, i) => {
    done[i] = Promise.all(after.map((j) => done[j])).then(async () => {
      await clientFor(s.slot).query(s.sql, s.params);
    });
  });
  await Promise.all(done);
  return performance.now() - start;
}
