import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';

/** All SQL for countries, languages, currencies, IATI code lists and vocabularies. */

const CHUNK = 500;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function getSyncChecksum(ex: Executor, name: string) {
  const row = await ex
    .selectFrom('reference_sync')
    .select('checksum')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.checksum ?? null;
}

export async function setSyncChecksum(ex: Executor, name: string, checksum: string, now: Date) {
  await ex
    .insertInto('reference_sync')
    .values({ name, checksum, synced_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, synced_at: now }))
    .execute();
}

export async function upsertCountries(
  ex: Executor,
  rows: {
    code: string;
    name: LocaleMap;
    region: string;
    status: string;
    income_group: 'L' | 'LM' | 'UM' | 'H' | null;
  }[],
) {
  for (const part of chunks(rows)) {
    await ex
      .insertInto('countries')
      .values(part.map((r) => ({ ...r, name: JSON.stringify(r.name) })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          region: eb.ref('excluded.region'),
          status: eb.ref('excluded.status'),
          income_group: eb.ref('excluded.income_group'),
        })),
      )
      .execute();
  }
}

export async function upsertNamed(
  ex: Executor,
  table: 'languages' | 'currencies',
  rows: { code: string; name: LocaleMap }[],
) {
  for (const part of chunks(rows)) {
    await ex
      .insertInto(table)
      .values(part.map((r) => ({ code: r.code, name: JSON.stringify(r.name) })))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
      .execute();
  }
}

export async function upsertCodelistItems(
  ex: Executor,
  rows: {
    list: string;
    code: string;
    name: LocaleMap;
    description: LocaleMap | null;
    category: string | null;
    status: string;
  }[],
) {
  for (const part of chunks(rows)) {
    await ex
      .insertInto('codelist_items')
      .values(
        part.map((r) => ({
          ...r,
          name: JSON.stringify(r.name),
          description: r.description ? JSON.stringify(r.description) : null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['list', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          category: eb.ref('excluded.category'),
          status: eb.ref('excluded.status'),
        })),
      )
      .execute();
  }
}

/** Seeds vocabulary items that do not exist yet; items an administrator edited stay as they are. */
export async function insertMissingVocabularyItems(
  ex: Executor,
  rows: {
    vocabulary: string;
    code: string;
    label: LocaleMap;
    definition: LocaleMap;
    parent_code: string | null;
    position: number;
  }[],
) {
  for (const part of chunks(rows)) {
    await ex
      .insertInto('vocabulary_items')
      .values(
        part.map((r) => ({ ...r, label: JSON.stringify(r.label), definition: JSON.stringify(r.definition) })),
      )
      .onConflict((oc) => oc.columns(['vocabulary', 'code']).doNothing())
      .execute();
  }
}

/**
 * Seeds the assessment rubric: inserts missing (dimension, level) rows and refreshes the text of
 * rows no administrator has edited (updated_by null); edited rows are never touched.
 */
export async function upsertUneditedRubricLevels(
  ex: Executor,
  rows: { dimension: string; level: number; description: LocaleMap }[],
  now: Date,
) {
  for (const part of chunks(rows)) {
    await ex
      .insertInto('assessment_rubric_levels')
      .values(
        part.map((r) => ({
          dimension: r.dimension,
          level: r.level,
          description: JSON.stringify(r.description),
          updated_by: null,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['dimension', 'level'])
          .doUpdateSet((eb) => ({ description: eb.ref('excluded.description'), updated_at: now }))
          .where('assessment_rubric_levels.updated_by', 'is', null)
          .whereRef('assessment_rubric_levels.description', 'is distinct from', 'excluded.description'),
      )
      .execute();
  }
}

export async function listCountries(ex: Executor) {
  return ex
    .selectFrom('countries')
    .select(['code', 'name', 'region', 'income_group'])
    .where('status', '=', 'active')
    .execute();
}

export async function countryExists(ex: Executor, code: string): Promise<boolean> {
  return !!(await ex.selectFrom('countries').select('code').where('code', '=', code).executeTakeFirst());
}

export async function listCodelist(ex: Executor, list: string, includeWithdrawn: boolean) {
  let q = ex
    .selectFrom('codelist_items')
    .select(['code', 'name', 'category', 'status'])
    .where('list', '=', list)
    .orderBy('code');
  if (!includeWithdrawn) q = q.where('status', '=', 'active');
  return q.execute();
}

export async function findCode(ex: Executor, list: string, code: string) {
  return ex
    .selectFrom('codelist_items')
    .select(['code', 'name', 'status'])
    .where('list', '=', list)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function listCurrencies(ex: Executor) {
  return ex.selectFrom('currencies').select(['code', 'name']).orderBy('code').execute();
}

export async function listLanguages(ex: Executor) {
  return ex.selectFrom('languages').select(['code', 'name']).orderBy('code').execute();
}

// Vocabularies -----------------------------------------------------------------------------

export async function vocabularyCounts(ex: Executor) {
  return ex
    .selectFrom('vocabulary_items')
    .select(['vocabulary', sql<number>`count(*)::int`.as('count')])
    .groupBy('vocabulary')
    .orderBy('vocabulary')
    .execute();
}

export async function listVocabulary(ex: Executor, vocabulary: string, includeInactive: boolean) {
  let q = ex
    .selectFrom('vocabulary_items')
    .selectAll()
    .where('vocabulary', '=', vocabulary)
    .orderBy('position')
    .orderBy('code');
  if (!includeInactive) q = q.where('active', '=', true);
  return q.execute();
}

export async function findVocabularyItem(ex: Executor, vocabulary: string, id: string) {
  return ex
    .selectFrom('vocabulary_items')
    .selectAll()
    .where('vocabulary', '=', vocabulary)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertVocabularyItem(
  ex: Executor,
  v: {
    vocabulary: string;
    code: string;
    label: LocaleMap;
    definition: LocaleMap;
    position: number;
    active: boolean;
  },
) {
  return ex
    .insertInto('vocabulary_items')
    .values({
      ...v,
      label: JSON.stringify(v.label),
      definition: JSON.stringify(v.definition),
      parent_code: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateVocabularyItem(
  ex: Executor,
  id: string,
  patch: { label?: LocaleMap; definition?: LocaleMap; position?: number; active?: boolean },
  now: Date,
) {
  return ex
    .updateTable('vocabulary_items')
    .set({
      ...(patch.label && { label: JSON.stringify(patch.label) }),
      ...(patch.definition && { definition: JSON.stringify(patch.definition) }),
      ...(patch.position !== undefined && { position: patch.position }),
      ...(patch.active !== undefined && { active: patch.active }),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function maxVocabularyPosition(ex: Executor, vocabulary: string): Promise<number> {
  const r = await ex
    .selectFrom('vocabulary_items')
    .select(sql<number>`coalesce(max(position), -1)::int`.as('p'))
    .where('vocabulary', '=', vocabulary)
    .executeTakeFirstOrThrow();
  return r.p;
}
