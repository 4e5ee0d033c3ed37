import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';

/**
 * SQL needs and offers share: the organisation a record is for, the codes they may use and
 * their names, the matching data written from their texts, their introductions, audit scope.
 */

export type MarketTable = 'needs' | 'offers';

/** Where an organisation sits and who may see it, to check a new record's organisationId. */
export async function organisationFacts(ex: Executor, id: string) {
  return ex
    .selectFrom('organisations')
    .select(['id', 'country_code', 'visibility', 'name', 'acronym'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The vocabularies whose codes needs and offers use. */
export const VOCABULARY_KINDS = [
  'instrument',
  'challenge_area',
  'intermediate_outcome',
  'delivery_mode',
  'assessment_dimension',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
export type CodeKind = 'sector' | 'sdg' | 'language' | VocabularyKind;

const isVocabulary = (kind: CodeKind): kind is VocabularyKind =>
  (VOCABULARY_KINDS as readonly string[]).includes(kind);

/** `ARRAY['a','b']::text[]` with each code a parameter (both engines bind it the same way). */
export const textArray = (codes: readonly string[]) =>
  codes.length ? sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`))}]::text[]` : sql`ARRAY[]::text[]`;

/** Array columns as ARRAY[...] expressions, bound the same way by PostgreSQL and PGlite. */
export function withTextArrays(values: object, columns: readonly string[]) {
  const out: Record<string, unknown> = { ...values };
  for (const column of columns) {
    const codes = out[column] as string[] | undefined;
    if (codes) out[column] = textArray(codes);
  }
  return out;
}

/** The text-array columns of each table (bound as ARRAY[...] on both engines). */
const ARRAY_COLUMNS: Record<MarketTable, readonly string[]> = {
  needs: ['dimensions', 'outcomes', 'sectors', 'sdg_targets', 'instruments', 'languages'],
  offers: [
    'challenge_areas',
    'dimensions',
    'sectors',
    'sdg_targets',
    'instruments',
    'delivery_modes',
    'languages',
  ],
};

/** Inserts a need or offer from its columns (checked by the service) and returns its id. */
export async function insertMarketRow(ex: Executor, table: MarketTable, values: Record<string, unknown>) {
  return ex
    .insertInto(table)
    .values(withTextArrays(values, ARRAY_COLUMNS[table]) as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Sets the given columns of a need or offer. */
export async function updateMarketRow(
  ex: Executor,
  table: MarketTable,
  id: string,
  values: Record<string, unknown>,
) {
  await ex
    .updateTable(table)
    .set(withTextArrays(values, ARRAY_COLUMNS[table]) as never)
    .where('id', '=', id)
    .execute();
}

export async function deleteMarketRow(ex: Executor, table: MarketTable, id: string) {
  await ex.deleteFrom(table).where('id', '=', id).execute();
}

/**
 * The codes of the given kind that exist and may be used on input: a 5-digit sector is a DAC
 * purpose code, a 3-digit one a DAC category; an SDG code a target or a goal; vocabulary
 * codes only while active.
 */
export async function usableCodes(ex: Executor, kind: CodeKind, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  let rows: { code: string }[];
  if (isVocabulary(kind)) {
    rows = await ex
      .selectFrom('vocabulary_items')
      .select('code')
      .where('vocabulary', '=', kind)
      .where('active', '=', true)
      .where('code', 'in', codes)
      .execute();
  } else if (kind === 'language') {
    rows = await ex.selectFrom('languages').select('code').where('code', 'in', codes).execute();
  } else {
    const all = await ex
      .selectFrom('codelist_items')
      .select(['code', 'list'])
      .where('list', 'in', kind === 'sdg' ? ['UNSDG-Targets', 'UNSDG-Goals'] : ['Sector', 'SectorCategory'])
      .where('status', '=', 'active')
      .where('code', 'in', codes)
      .execute();
    rows = all.filter(
      (r) =>
        kind === 'sdg' ||
        (r.list === 'Sector' && r.code.length === 5) ||
        (r.list === 'SectorCategory' && r.code.length === 3),
    );
  }
  return new Set(rows.map((r) => r.code));
}

export type CodeNames = Record<CodeKind | 'country', Map<string, LocaleMap>>;

/** The names (locale maps) of the codes a page of records uses, one small query per kind. */
export async function codeNames(
  ex: Executor,
  codes: Partial<Record<CodeKind | 'country', string[]>>,
): Promise<CodeNames> {
  const lookup = async (kind: CodeKind | 'country', list: string[]) => {
    const wanted = [...new Set(list)];
    if (wanted.length === 0) return [];
    if (kind === 'country')
      return ex
        .selectFrom('countries')
        .select([sql<string>`code::text`.as('code'), 'name'])
        .where('code', 'in', wanted)
        .execute();
    if (kind === 'language')
      return ex.selectFrom('languages').select(['code', 'name']).where('code', 'in', wanted).execute();
    if (isVocabulary(kind))
      return ex
        .selectFrom('vocabulary_items')
        .select(['code', 'label as name'])
        .where('vocabulary', '=', kind)
        .where('code', 'in', wanted)
        .execute();
    return ex
      .selectFrom('codelist_items')
      .select(['code', 'name'])
      .where('list', 'in', kind === 'sdg' ? ['UNSDG-Targets', 'UNSDG-Goals'] : ['Sector', 'SectorCategory'])
      .where('code', 'in', wanted)
      .execute();
  };
  const kinds = ['sector', 'sdg', 'language', ...VOCABULARY_KINDS, 'country'] as const;
  const out = {} as CodeNames;
  for (const kind of kinds) {
    const rows = await lookup(kind, codes[kind] ?? []);
    out[kind] = new Map(rows.map((r) => [r.code, r.name as LocaleMap]));
  }
  return out;
}

/** The text of one language of a record, by weight: A title, B the main text, C the rest. */
export interface WeightedText {
  config: string;
  a: string;
  b: string;
  c: string;
}

/**
 * Writes a record's matching data from its texts: `lexemes`, the distinct stemmed words of
 * every language (each with its own configuration; Chinese as bigrams under 'simple'), and
 * `search_vector`, the same weighted, plus an unstemmed 'simple' copy of everything (weight D)
 * so that a word typed in one language still finds the text of another.
 */
export async function writeMatchingText(
  ex: Executor,
  table: MarketTable,
  id: string,
  texts: readonly WeightedText[],
  simple: string,
) {
  const vectors: RawBuilder<unknown>[] = [];
  const lexemes: RawBuilder<unknown>[] = [];
  for (const t of texts) {
    const cfg = sql`${sql.lit(t.config)}::regconfig`;
    if (t.a) vectors.push(sql`setweight(to_tsvector(${cfg}, ${t.a}), 'A')`);
    if (t.b) vectors.push(sql`setweight(to_tsvector(${cfg}, ${t.b}), 'B')`);
    if (t.c) vectors.push(sql`setweight(to_tsvector(${cfg}, ${t.c}), 'C')`);
    const all = [t.a, t.b, t.c].filter(Boolean).join('\n');
    if (all) lexemes.push(sql`tsvector_to_array(to_tsvector(${cfg}, ${all}))`);
  }
  if (simple.trim()) vectors.push(sql`to_tsvector('simple'::regconfig, ${simple})`);
  const vector = vectors.length ? sql.join(vectors, sql` || `) : sql`NULL::tsvector`;
  const words = lexemes.length
    ? sql`ARRAY(SELECT DISTINCT w FROM unnest(${sql.join(lexemes, sql` || `)}) w ORDER BY w)`
    : sql`ARRAY[]::text[]`;
  await sql`UPDATE ${sql.table(table)} SET search_vector = ${vector}, lexemes = ${words}
    WHERE id = ${id}`.execute(ex);
}

/** Whether any introduction (in any state) points at the need or offer. */
export async function hasIntroductions(ex: Executor, table: MarketTable, id: string) {
  const row = await ex
    .selectFrom('introductions')
    .select('id')
    .where(table === 'needs' ? 'need_id' : 'offer_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** How many introductions each of the records has, by state. */
export async function introductionCounts(ex: Executor, table: MarketTable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const column = table === 'needs' ? 'need_id' : 'offer_id';
  const rows = await ex
    .selectFrom('introductions')
    .select([`${column} as id`, 'state', sql<number>`count(*)::int`.as('n')])
    .where(column, 'in', [...ids])
    .groupBy([column, 'state'])
    .execute();
  return rows as { id: string; state: string; n: number }[];
}

/**
 * Where a need or offer sits, for reading its audit trail; once it is deleted, the
 * organisation its trail was written under.
 */
export async function auditScopeOf(ex: Executor, table: MarketTable, id: string) {
  const live = await ex
    .selectFrom(`${table} as r` as 'needs as r')
    .select(['r.organisation_id as id', sql<string>`r.country_code::text`.as('country_code')])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (live) return live;
  return ex
    .selectFrom('audit_log as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['o.id', 'o.country_code'])
    .where('a.entity_type', '=', table === 'needs' ? 'need' : 'offer')
    .where('a.entity_id', '=', id)
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The organisation's administrators and editors, who are told when its records expire. */
export async function keepersOf(ex: Executor, organisationId: string) {
  return (
    ex
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .leftJoin('notification_settings as s', 's.user_id', 'u.id')
      .select(['u.id', 'u.email', 'u.display_name', 'u.locale'])
      .where('m.organisation_id', '=', organisationId)
      .where('m.role', 'in', ['org_admin', 'editor'])
      .where('u.status', '=', 'active')
      // Those who turned expiry e-mails off are not written to.
      .where((eb) => eb.or([eb('s.email_expiry', 'is', null), eb('s.email_expiry', '=', true)]))
      .orderBy('u.email')
      .execute()
  );
}

/**
 * Claims up to `limit` live records of the table expiring between `today` and `until` (both
 * days included) that were not reminded yet, marking them reminded; returns their ids.
 */
export async function claimExpiring(
  ex: Executor,
  table: MarketTable,
  today: string,
  until: string,
  now: Date,
  limit: number,
) {
  const { rows } = await sql<{ id: string }>`
    UPDATE ${sql.table(table)} SET expiry_reminded_at = ${now}
    WHERE id IN (
      SELECT id FROM ${sql.table(table)}
      WHERE status IN ('open', 'in_discussion') AND expiry_reminded_at IS NULL
        AND expires_on >= ${today}::date AND expires_on <= ${until}::date
      ORDER BY expires_on, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      AND expiry_reminded_at IS NULL
    RETURNING id`.execute(ex);
  return rows.map((r) => r.id);
}

/** Public, live, unexpired records of public organisations, for the home page. */
export async function countPublic(ex: Executor, table: MarketTable, today: string) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(table)} m
    JOIN organisations o ON o.id = m.organisation_id
    WHERE m.visibility = 'public' AND o.visibility = 'public'
      AND m.status IN ('open', 'in_discussion') AND m.expires_on >= ${today}::date`.execute(ex);
  return rows[0]?.n ?? 0;
}
