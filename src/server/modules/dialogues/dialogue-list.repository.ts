import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DialogueListWhen } from '../../../shared/contracts/dialogues.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { visibleTo } from '../../platform/authz/visibility.js';
import { dialogueSelect, seriesSelect } from './dialogues.repository.js';

/**
 * The SQL of the dialogue and series lists: scoped to the actor, keyset-paginated. Cursor values
 * are instants as UTC text to the microsecond (`YYYY-MM-DDTHH:MM:SS.ffffff`), so a page starts
 * exactly after the last row of the one before, ties included.
 */

const utcText = (column: 'd.starts_at' | 'd.created_at' | 's.created_at') =>
  sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const fromUtcText = (v: string) => sql<Date>`(${v}::timestamp AT TIME ZONE 'UTC')`;

/** Where a dialogue page starts: after this row (its start is null while planning). */
export interface DialogueAfter {
  start: string | null;
  created: string;
  id: string;
}

export interface DialogueListFilter {
  seriesId?: string | undefined;
  /** Convened by this organisation, or with a site it hosts. */
  organisationId?: string | undefined;
  /** With a site in this country, or convened by one of its organisations. */
  countryCode?: string | undefined;
  when?: DialogueListWhen | undefined;
  /** The instant that divides upcoming from past. */
  now: Date;
}

/** Held, summarised or called off: past whatever its start. */
const over = sql<SqlBool>`(d.cancelled_at IS NOT NULL OR d.status IN ('held', 'summarised'))`;

/**
 * The groups of the list page: upcoming until it ends (one under way still is), in planning while
 * it has no start, past once ended, held, summarised or called off.
 */
function whenCondition(when: DialogueListWhen, now: Date) {
  const ended = sql<SqlBool>`d.starts_at + d.duration_minutes * interval '1 minute' < ${now.toISOString()}::timestamptz`;
  if (when === 'upcoming') return sql<SqlBool>`(NOT ${over} AND d.starts_at IS NOT NULL AND NOT ${ended})`;
  if (when === 'planning') return sql<SqlBool>`(NOT ${over} AND d.starts_at IS NULL)`;
  return sql<SqlBool>`(${over} OR (d.starts_at IS NOT NULL AND ${ended}))`;
}

/**
 * The dialogues linked to an organisation or a country: through the convener, or any of their
 * sites. EXISTS, not a join, so a dialogue with several matching sites is still one row (and the
 * keyset order stays that of the dialogues alone).
 */
function linkedTo(f: DialogueListFilter) {
  const hasSite = (column: 'ds.organisation_id' | 'ds.country_code', value: string) =>
    sql<SqlBool>`EXISTS (SELECT 1 FROM dialogue_sites ds WHERE ds.dialogue_id = d.id AND ${sql.ref(column)} = ${value})`;
  const conditions: RawBuilder<SqlBool>[] = [];
  if (f.organisationId) {
    const id = f.organisationId;
    conditions.push(sql`(d.convener_organisation_id = ${id}::uuid OR ${hasSite('ds.organisation_id', id)})`);
  }
  if (f.countryCode) {
    const code = f.countryCode;
    conditions.push(sql`(o.country_code = ${code} OR ${hasSite('ds.country_code', code)})`);
  }
  return conditions;
}

/**
 * The rows after the cursor's in the list's order: start (ascending, or descending for the past;
 * no start last), then newest created, then id.
 */
function afterRow(a: DialogueAfter, startDesc: boolean) {
  const created = fromUtcText(a.created);
  const laterCreated = sql<SqlBool>`(d.created_at < ${created} OR (d.created_at = ${created} AND d.id > ${a.id}::uuid))`;
  if (a.start === null) return sql<SqlBool>`(d.starts_at IS NULL AND ${laterCreated})`;
  const start = fromUtcText(a.start);
  const beyond = startDesc ? sql`<` : sql`>`;
  return sql<SqlBool>`(d.starts_at IS NULL OR d.starts_at ${beyond} ${start} OR (d.starts_at = ${start} AND ${laterCreated}))`;
}

/**
 * One page (`limit + 1` rows, for pageOf) of the dialogues the actor may see: by start, soonest
 * first and those without a start last; the past ones latest first.
 */
export function listDialogues(
  ex: Executor,
  actor: Actor,
  f: DialogueListFilter,
  after: DialogueAfter | null,
  limit: number,
) {
  const startDesc = f.when === 'past';
  let q = dialogueSelect(ex)
    .select([
      utcText('d.starts_at').$castTo<string | null>().as('start_key'),
      utcText('d.created_at').as('created_key'),
    ])
    .where(
      visibleTo(actor, {
        visibility: 'd.visibility',
        organisationId: 'd.convener_organisation_id',
        countryCode: 'o.country_code',
      }),
    );
  if (f.seriesId) q = q.where('d.series_id', '=', f.seriesId);
  for (const condition of linkedTo(f)) q = q.where(condition);
  if (f.when) q = q.where(whenCondition(f.when, f.now));
  if (after) q = q.where(afterRow(after, startDesc));
  return q
    .orderBy(sql`d.starts_at ${startDesc ? sql`desc` : sql`asc`} nulls last`)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .limit(limit + 1)
    .execute();
}
export type ListedDialogue = Awaited<ReturnType<typeof listDialogues>>[number];

/** The sites of the listed dialogues, in order: what their count and convener's clock come from. */
export function listedSites(ex: Executor, dialogueIds: readonly string[]) {
  if (dialogueIds.length === 0) return Promise.resolve([]);
  return ex
    .selectFrom('dialogue_sites as s')
    .select(['s.dialogue_id', 's.city', 's.country_code', 's.organisation_id', 's.time_zone'])
    .where('s.dialogue_id', 'in', dialogueIds)
    .orderBy('s.dialogue_id')
    .orderBy('s.position')
    .execute();
}
export type ListedSite = Awaited<ReturnType<typeof listedSites>>[number];

/** One page (`limit + 1` rows) of the series the actor may see, newest first. */
export function listSeries(
  ex: Executor,
  actor: Actor,
  after: { v: string; id: string } | null,
  limit: number,
) {
  let q = seriesSelect(ex)
    .select(utcText('s.created_at').as('sort_key'))
    .where(
      visibleTo(actor, {
        visibility: 's.visibility',
        organisationId: 's.convener_organisation_id',
        countryCode: 'o.country_code',
      }),
    );
  if (after) q = q.where(sql<SqlBool>`(s.created_at, s.id) < (${fromUtcText(after.v)}, ${after.id}::uuid)`);
  return q
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Public dialogues that were not called off, for the home page's live counts. */
export async function countPublicDialogues(ex: Executor): Promise<number> {
  const row = await ex
    .selectFrom('dialogues')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('visibility', '=', 'public')
    .where('cancelled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
