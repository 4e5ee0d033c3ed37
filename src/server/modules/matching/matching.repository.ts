import { type RawBuilder, sql } from 'kysely';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Visibility } from '../../../shared/visibility.js';
import type { Executor } from '../../db/executor.js';

/**
 * All SQL of matchmaking: the items it scores (needs, offers, published experiences,
 * capabilities, peer countries) with their stemmed words, the track records, the settings and
 * the nightly results. Reads the marketplace's tables directly (read-only, except need_matches).
 */

/** Statuses in which a need or offer is still looking. */
const LIVE = sql`('open', 'in_discussion')`;

/** A locale and the text-search configuration that stems it (from the experiences module). */
export interface StemConfig {
  locale: string;
  config: string;
}

const configValues = (configs: readonly StemConfig[]) =>
  sql.join(configs.map((c) => sql`(${c.locale}::text, ${c.config}::text)`));

/**
 * The stemmed words of some locale-map columns, every language with its own configuration:
 * `tsvector_to_array(to_tsvector(config, text))` per language, concatenated.
 */
function lexemesOf(configs: readonly StemConfig[], maps: readonly RawBuilder<unknown>[]) {
  const text = sql.join(
    maps.map((m) => sql`coalesce(${m}->>x.locale, '')`),
    sql`, `,
  );
  return sql<string[]>`coalesce((
    SELECT array_agg(w) FROM (VALUES ${configValues(configs)}) AS x(locale, cfg)
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(x.cfg::regconfig, concat_ws(' ', ${text})))) AS w
  ), '{}')`;
}

/**
 * The texts in languages stemmed by 'simple' (Chinese), joined: PostgreSQL cannot split them into
 * the character bigrams needs and offers store, so the caller does (matching.cache.ts).
 */
function simpleTextOf(configs: readonly StemConfig[], maps: readonly RawBuilder<unknown>[]) {
  const locales = configs.filter((c) => c.config === 'simple').map((c) => c.locale);
  if (locales.length === 0) return sql<string>`''`;
  const parts = locales.flatMap((locale) => maps.map((m) => sql`coalesce(${m}->>${locale}, '')`));
  return sql<string>`concat_ws(' ', ${sql.join(parts, sql`, `)})`;
}
const stemmed = (configs: readonly StemConfig[]) => configs.filter((c) => c.config !== 'simple');

/** What needs and offers share as rows. */
interface MarketRowBase {
  id: string;
  organisation_id: string;
  country_code: string;
  title: LocaleMap;
  default_locale: string;
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  lexemes: string[];
  visibility: Visibility;
  org_visibility: Visibility;
  org_name: LocaleMap;
  org_acronym: string | null;
  org_locale: string;
  status: string;
  expires_on: string;
}

export interface NeedRow extends MarketRowBase {
  challenge_area: string;
  dimensions: string[];
  timeframe_from: string | null;
  timeframe_to: string | null;
}

export interface OfferRow extends MarketRowBase {
  available_from: string | null;
  available_to: string | null;
}

const ORG = sql`o.visibility AS org_visibility, o.name AS org_name, o.acronym AS org_acronym,
  o.default_locale AS org_locale`;

const NEED_COLUMNS = sql`n.id, n.organisation_id, n.country_code, n.title, n.default_locale, n.challenge_area,
  n.dimensions, n.sectors, n.sdg_targets, n.instruments, n.languages, n.timeframe_from::text AS timeframe_from,
  n.timeframe_to::text AS timeframe_to, n.lexemes, n.visibility, n.status, n.expires_on::text AS expires_on, ${ORG}`;

const OFFER_COLUMNS = sql`f.id, f.organisation_id, f.country_code, f.title, f.default_locale, f.sectors,
  f.sdg_targets, f.instruments, f.languages, f.available_from::text AS available_from,
  f.available_to::text AS available_to, f.lexemes, f.visibility, f.status, f.expires_on::text AS expires_on, ${ORG}`;

/** Needs still looking on `today` (open or in discussion, not expired), oldest id first. */
export async function liveNeeds(ex: Executor, today: string) {
  const { rows } = await sql<NeedRow>`
    SELECT ${NEED_COLUMNS} FROM needs n JOIN organisations o ON o.id = n.organisation_id
    WHERE n.status IN ${LIVE} AND n.expires_on >= ${today}::date ORDER BY n.id`.execute(ex);
  return rows;
}

/** One need, whatever its status. */
export async function findNeed(ex: Executor, id: string) {
  const { rows } = await sql<NeedRow>`
    SELECT ${NEED_COLUMNS} FROM needs n JOIN organisations o ON o.id = n.organisation_id
    WHERE n.id = ${id}::uuid`.execute(ex);
  return rows[0];
}

/**
 * The texts of a need (title, challenge, change sought) or an offer (title, description) in
 * every language, so an explanation can show the words its shared stems came from.
 */
export async function textsOf(ex: Executor, table: 'needs' | 'offers', id: string): Promise<string[]> {
  const maps =
    table === 'needs'
      ? sql`jsonb_build_array(title, challenge, change_sought)`
      : sql`jsonb_build_array(title, description)`;
  const { rows } = await sql<{ text: string }>`
    SELECT t.value AS text FROM ${sql.table(table)} r,
      jsonb_array_elements(${maps}) m, jsonb_each_text(m) t
    WHERE r.id = ${id}::uuid`.execute(ex);
  return rows.map((r) => r.text);
}

/** Offers still on offer on `today` (open or in discussion, not expired). */
export async function liveOffers(ex: Executor, today: string) {
  const { rows } = await sql<OfferRow>`
    SELECT ${OFFER_COLUMNS} FROM offers f JOIN organisations o ON o.id = f.organisation_id
    WHERE f.status IN ${LIVE} AND f.expires_on >= ${today}::date ORDER BY f.id`.execute(ex);
  return rows;
}

/** One offer, whatever its status. */
export async function findOffer(ex: Executor, id: string) {
  const { rows } = await sql<OfferRow>`
    SELECT ${OFFER_COLUMNS} FROM offers f JOIN organisations o ON o.id = f.organisation_id
    WHERE f.id = ${id}::uuid`.execute(ex);
  return rows[0];
}

/** An experience or a capability as a candidate. */
export interface CatalogueRow {
  id: string;
  organisation_id: string;
  country_code: string | null;
  title: LocaleMap;
  default_locale: string;
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  lexemes: string[];
  /** Chinese texts, still to be split into bigrams (see simpleTextOf). */
  simple_text: string;
  visibility: Visibility;
  org_visibility: Visibility;
  org_name: LocaleMap;
  org_acronym: string | null;
  org_locale: string;
}

/**
 * Published experiences (anyone may read them), their words stemmed from the published version's
 * title, summary, challenge and lessons in every language it holds.
 */
export async function publishedExperiences(ex: Executor, configs: readonly StemConfig[]) {
  const maps = [
    sql`v.content->'title'`,
    sql`v.content->'summary'`,
    sql`v.content->'challenge'`,
    sql`v.content->'lessons'`,
  ];
  const words = lexemesOf(stemmed(configs), maps);
  const { rows } = await sql<CatalogueRow>`
    SELECT e.id, e.organisation_id, o.country_code, v.content->'title' AS title,
      e.original_locale AS default_locale, e.sectors, e.sdg_targets, e.instruments, e.languages,
      ${words} AS lexemes, ${simpleTextOf(configs, maps)} AS simple_text,
      'public' AS visibility, 'public' AS org_visibility, o.name AS org_name,
      o.acronym AS org_acronym, o.default_locale AS org_locale
    FROM experiences e
    JOIN organisations o ON o.id = e.organisation_id
    JOIN experience_versions v ON v.experience_id = e.id AND v.version = e.published_version
    WHERE e.status = 'published' ORDER BY e.id`.execute(ex);
  return rows;
}

/** Capabilities of the catalogue, with their own and their organisation's visibility. */
export async function capabilities(ex: Executor, configs: readonly StemConfig[]) {
  const maps = [sql`c.title`, sql`c.description`];
  const words = lexemesOf(stemmed(configs), maps);
  const { rows } = await sql<CatalogueRow>`
    SELECT c.id, c.organisation_id, o.country_code, c.title, c.default_locale, c.sectors, c.sdg_targets,
      c.instruments, c.languages, ${words} AS lexemes, ${simpleTextOf(configs, maps)} AS simple_text,
      c.visibility, ${ORG}
    FROM capabilities c JOIN organisations o ON o.id = c.organisation_id
    ORDER BY c.id`.execute(ex);
  return rows;
}

/** A country's name and context (region, income group). */
export interface CountryRow {
  code: string;
  name: LocaleMap;
  region: string | null;
  income_group: string | null;
}

export async function countries(ex: Executor) {
  const { rows } = await sql<CountryRow>`SELECT code, name, region, income_group FROM countries`.execute(ex);
  return rows;
}

/**
 * Every country's strong dimensions (rated 3 or 4) in its latest submitted self-assessment (by
 * assessment date, then submission time). Countries with none are left out.
 */
export async function strongDimensions(ex: Executor) {
  const { rows } = await sql<{ country_code: string; dimensions: string[] }>`
    SELECT l.country_code, array_agg(r.dimension ORDER BY r.dimension) AS dimensions
    FROM (
      SELECT DISTINCT ON (a.country_code) a.id, a.country_code FROM assessments a
      WHERE a.status = 'submitted'
      ORDER BY a.country_code, a.assessed_on DESC, a.submitted_at DESC NULLS LAST, a.id
    ) l
    JOIN assessment_ratings r ON r.assessment_id = l.id AND r.rating >= 3
    GROUP BY l.country_code`.execute(ex);
  return rows;
}

/**
 * Agreed introductions per provider organisation, with the usefulness the seeker side gave them
 * (sum and count, so that records can be added up per country).
 */
export async function trackRecords(ex: Executor) {
  const { rows } = await sql<{
    organisation_id: string;
    country_code: string | null;
    exchanges: number;
    feedback_sum: number;
    feedback_count: number;
  }>`
    SELECT i.provider_organisation_id AS organisation_id, o.country_code,
      count(DISTINCT i.id)::int AS exchanges, coalesce(sum(f.usefulness), 0)::int AS feedback_sum,
      count(f.usefulness)::int AS feedback_count
    FROM introductions i
    JOIN organisations o ON o.id = i.provider_organisation_id
    LEFT JOIN introduction_feedback f
      ON f.introduction_id = i.id AND f.organisation_id = i.seeker_organisation_id
    WHERE i.state = 'agreed'
    GROUP BY i.provider_organisation_id, o.country_code`.execute(ex);
  return rows;
}

/** Names of codes an explanation shows: sectors, SDG targets and goals, languages, instruments. */
export async function codeNames(
  ex: Executor,
  codes: { sector: string[]; language: string[]; instrument: string[] },
) {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const rows = async (query: RawBuilder<{ code: string; name: LocaleMap }>) => (await query.execute(ex)).rows;
  const list = (xs: string[]) => sql.join(uniq(xs).map((x) => sql`${x}`));
  const [sector, language, instrument] = await Promise.all([
    codes.sector.length
      ? rows(sql`SELECT code, name FROM codelist_items
          WHERE list IN ('Sector', 'SectorCategory') AND code IN (${list(codes.sector)})`)
      : [],
    codes.language.length
      ? rows(sql`SELECT code, name FROM languages WHERE code IN (${list(codes.language)})`)
      : [],
    codes.instrument.length
      ? rows(sql`SELECT code, label AS name FROM vocabulary_items
          WHERE vocabulary = 'instrument' AND code IN (${list(codes.instrument)})`)
      : [],
  ]);
  const toMap = (xs: { code: string; name: LocaleMap }[]) => new Map(xs.map((r) => [r.code, r.name]));
  return { sector: toMap(sector), language: toMap(language), instrument: toMap(instrument) };
}
export type CodeNames = Awaited<ReturnType<typeof codeNames>>;

/** The stemmed words of a text in one configuration (tests, the benchmark's generator). */
export async function stem(ex: Executor, config: string, text: string) {
  const { rows } = await sql<{ words: string[] }>`
    SELECT tsvector_to_array(to_tsvector(${config}::regconfig, ${text})) AS words`.execute(ex);
  return rows[0]?.words ?? [];
}

// ---- Settings ---------------------------------------------------------------------------------

export async function findSettings(ex: Executor) {
  return ex
    .selectFrom('match_settings')
    .select(['weights', 'min_score', 'updated_at'])
    .where('id', '=', true)
    .executeTakeFirst();
}

export async function saveSettings(
  ex: Executor,
  v: { weights: Record<string, number>; minScore: number; userId: string | null; at: Date },
) {
  const values = {
    weights: JSON.stringify(v.weights),
    min_score: v.minScore,
    updated_by: v.userId,
    updated_at: v.at,
  };
  await ex
    .insertInto('match_settings')
    .values({ id: true, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

// ---- Nightly results --------------------------------------------------------------------------

/** One stored match of a need. */
export interface NeedMatchValues {
  need_id: string;
  candidate_kind: 'offer' | 'experience' | 'capability' | 'country';
  candidate_id: string;
  rank: number;
  score: number;
  factors: string;
}

/**
 * Replaces the stored matches of some needs by `rows`: rows that stay keep their `notified_at`
 * (so a digest announces only new matches), the others go. Run inside a transaction.
 */
export async function replaceNeedMatches(
  ex: Executor,
  needIds: readonly string[],
  rows: readonly NeedMatchValues[],
  at: Date,
) {
  if (needIds.length === 0) return;
  const notified = await ex
    .selectFrom('need_matches')
    .select(['need_id', 'candidate_kind', 'candidate_id', 'notified_at'])
    .where('need_id', 'in', needIds)
    .where('notified_at', 'is not', null)
    .execute();
  const keyOf = (r: { need_id: string; candidate_kind: string; candidate_id: string }) =>
    `${r.need_id} ${r.candidate_kind} ${r.candidate_id}`;
  const when = new Map(notified.map((r) => [keyOf(r), r.notified_at]));
  await ex.deleteFrom('need_matches').where('need_id', 'in', needIds).execute();
  const CHUNK = 2000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await ex
      .insertInto('need_matches')
      .values(
        rows
          .slice(i, i + CHUNK)
          .map((r) => ({ ...r, computed_at: at, notified_at: when.get(keyOf(r)) ?? null })),
      )
      .execute();
  }
}

/** Removes the stored matches of needs no longer looking (closed, matched, expired…). */
export async function dropMatchesOfDeadNeeds(ex: Executor, today: string) {
  const r = await sql`DELETE FROM need_matches m WHERE NOT EXISTS (
      SELECT 1 FROM needs n WHERE n.id = m.need_id AND n.status IN ${LIVE} AND n.expires_on >= ${today}::date
    )`.execute(ex);
  return Number(r.numAffectedRows ?? 0);
}

/** A need's stored matches, best first (tests, the CLI). */
export async function storedMatches(ex: Executor, needId: string) {
  return ex
    .selectFrom('need_matches')
    .selectAll()
    .where('need_id', '=', needId)
    .orderBy('candidate_kind')
    .orderBy('rank')
    .execute();
}
