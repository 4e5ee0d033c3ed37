/**
 * Loads the generated experiences into a migrated database, directly (multi-row INSERTs of
 * published experiences and their version 1), then fills the search columns with the same
 * indexer the application runs when it publishes (`indexExperiences`, 200 per statement).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/executor.js';
import { indexExperiences } from '../../src/server/modules/experiences/experiences.indexer.js';
import { type BenchOrganisation, generateExperience, generateOrganisations, prng } from './generate.js';

const INSERT_BATCH = 250;
const INDEX_CHUNK = 2_000;

export interface LoadTimes {
  insertMs: number;
  indexMs: number;
  analyseMs: number;
  textBytes: number;
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Inserts `count` published experiences (and their organisations) and indexes them. */
export async function loadExperiences(db: Db, count: number, seed: number, now: Date): Promise<LoadTimes> {
  const rng = prng(seed);
  const orgs = generateOrganisations(rng, randomUUID);
  await db
    .insertInto('organisations')
    .values(
      orgs.map((o) => ({
        id: o.id,
        name: JSON.stringify(o.name),
        acronym: o.acronym,
        org_type: '10',
        country_code: o.countryCode,
        default_locale: o.locale,
        description: '{}',
        search_text: Object.values(o.name).join(' ').toLowerCase(),
      })),
    )
    .execute();
  const byCountry = new Map<string, BenchOrganisation[]>();
  for (const o of orgs) byCountry.set(o.countryCode, [...(byCountry.get(o.countryCode) ?? []), o]);

  // Bulk-load practice: secondary indexes are dropped while rows go in and built once at the end
  // (GIN indexes especially are far cheaper to build than to maintain row by row).
  const { rows: indexes } = await sql<{ indexname: string; indexdef: string }>`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE tablename = 'experiences' AND indexname <> 'experiences_pkey'`.execute(db);
  for (const i of indexes) await sql`DROP INDEX ${sql.ref(i.indexname)}`.execute(db);

  const start = Date.now();
  const ids: string[] = [];
  let textBytes = 0;
  for (let done = 0; done < count; done += INSERT_BATCH) {
    const batch = Array.from({ length: Math.min(INSERT_BATCH, count - done) }, () => ({
      id: randomUUID(),
      ...generateExperience(rng, orgs, byCountry, now),
    }));
    const contents = batch.map((b) => JSON.stringify(b.content));
    textBytes += contents.reduce((s, c) => s + Buffer.byteLength(c), 0);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('experiences')
        .values(
          batch.map((b, i) => ({
            id: b.id,
            organisation_id: b.organisationId,
            status: 'published' as const,
            content: contents[i]!,
            content_updated_at: b.publishedAt,
            published_version: 1,
            published_at: b.publishedAt,
            reviewed_at: b.publishedAt,
            last_verified_at: b.lastVerifiedAt,
            // Reminders already sent: the server's daily reminder run has nothing to do mid-bench.
            reverify_reminded_at: b.lastVerifiedAt,
            view_count: b.viewCount,
            created_at: b.publishedAt,
            updated_at: b.publishedAt,
          })),
        )
        .execute();
      await trx
        .insertInto('experience_versions')
        .values(
          batch.map((b, i) => ({
            experience_id: b.id,
            version: 1,
            content: contents[i]!,
            published_at: b.publishedAt,
          })),
        )
        .execute();
    });
    ids.push(...batch.map((b) => b.id));
    if ((done + INSERT_BATCH) % 10_000 === 0 || done + INSERT_BATCH >= count)
      console.log(`    inserted ${Math.min(done + INSERT_BATCH, count)} / ${count} (${elapsed(start)})`);
  }
  const insertMs = Date.now() - start;

  const indexStart = Date.now();
  for (let i = 0; i < ids.length; i += INDEX_CHUNK) {
    await indexExperiences(db, ids.slice(i, i + INDEX_CHUNK));
    if ((i + INDEX_CHUNK) % 10_000 === 0 || i + INDEX_CHUNK >= ids.length)
      console.log(
        `    indexed ${Math.min(i + INDEX_CHUNK, ids.length)} / ${ids.length} (${elapsed(indexStart)})`,
      );
  }
  console.log(`    building ${indexes.length} indexes`);
  for (const i of indexes) await sql.raw(i.indexdef).execute(db);
  const indexMs = Date.now() - indexStart;

  // What autovacuum would have done by the time anyone searches: statistics and visibility map.
  const analyseStart = Date.now();
  await sql`VACUUM ANALYZE experiences`.execute(db);
  await sql`VACUUM ANALYZE experience_versions`.execute(db);
  await sql`ANALYZE organisations`.execute(db);
  return { insertMs, indexMs, analyseMs: Date.now() - analyseStart, textBytes };
}
