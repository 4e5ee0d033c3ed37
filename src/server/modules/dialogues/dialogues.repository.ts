import { type Insertable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { DialogueSeriesTable, DialoguesTable } from '../../db/schema-dialogues.js';

/** All SQL for dialogue series, dialogues and their sites. */

/**
 * Holds the dialogue's row until the transaction ends, so two writes to it (agenda, summary,
 * participants…) run one after the other instead of mixing. Only the dialogues row is locked.
 */
export async function lockDialogue(ex: Executor, dialogueId: string) {
  await ex.selectFrom('dialogues').select('id').where('id', '=', dialogueId).forUpdate().execute();
}

/** The organisation a series or dialogue is convened by (or a site is hosted by). */
export async function organisationFacts(ex: Executor, id: string) {
  return ex
    .selectFrom('organisations')
    .select(['id', 'name', 'default_locale', 'country_code', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A series with its convener's name, locale and country. */
export function seriesSelect(ex: Executor) {
  return ex
    .selectFrom('dialogue_series as s')
    .innerJoin('organisations as o', 'o.id', 's.convener_organisation_id')
    .selectAll('s')
    .select(['o.name as org_name', 'o.default_locale as org_locale', 'o.country_code as org_country']);
}
export type SeriesRecord = Awaited<ReturnType<ReturnType<typeof seriesSelect>['executeTakeFirstOrThrow']>>;

export const findSeries = (ex: Executor, id: string) =>
  seriesSelect(ex).where('s.id', '=', id).executeTakeFirst();

export type SeriesColumns = Updateable<DialogueSeriesTable>;

/** Whether the demo series is already loaded. */
export async function hasDemoSeries(ex: Executor) {
  const row = await ex
    .selectFrom('dialogue_series')
    .select('id')
    .where('is_demo', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSeries(ex: Executor, values: Insertable<DialogueSeriesTable>) {
  const row = await ex.insertInto('dialogue_series').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSeries(ex: Executor, id: string, v: SeriesColumns, at: Date) {
  await ex
    .updateTable('dialogue_series')
    .set({ ...v, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/**
 * A dialogue with its convener's name, locale and country, and the title and reading facts of the
 * dialogue it follows (shown only to those who may see that one too).
 */
export function dialogueSelect(ex: Executor) {
  return ex
    .selectFrom('dialogues as d')
    .innerJoin('organisations as o', 'o.id', 'd.convener_organisation_id')
    .leftJoin('dialogues as f', 'f.id', 'd.follows_id')
    .leftJoin('organisations as fo', 'fo.id', 'f.convener_organisation_id')
    .selectAll('d')
    .select(['o.name as org_name', 'o.default_locale as org_locale', 'o.country_code as org_country'])
    .select([
      'f.title as follows_title',
      'f.default_locale as follows_locale',
      'f.visibility as follows_visibility',
      'f.convener_organisation_id as follows_org',
      'fo.country_code as follows_org_country',
    ]);
}
export type DialogueRecord = Awaited<
  ReturnType<ReturnType<typeof dialogueSelect>['executeTakeFirstOrThrow']>
>;

export const findDialogue = (ex: Executor, id: string) =>
  dialogueSelect(ex).where('d.id', '=', id).executeTakeFirst();

export type DialogueColumns = Updateable<DialoguesTable>;

/** Whole rows, as the demo import writes them. */
export type SeriesRow = Insertable<DialogueSeriesTable>;
export type DialogueRow = Insertable<DialoguesTable>;

/** A new dialogue's own columns; ids, calendar UID and times are set by the service. */
export type NewDialogueColumns = Omit<
  Insertable<DialoguesTable>,
  'id' | 'ics_uid' | 'highlights' | 'created_by' | 'created_at' | 'updated_at'
>;

export async function insertDialogue(ex: Executor, values: Insertable<DialoguesTable>) {
  const row = await ex.insertInto('dialogues').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDialogue(ex: Executor, id: string, v: DialogueColumns, at: Date) {
  await ex
    .updateTable('dialogues')
    .set({ ...v, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A dialogue's sites in order, times as `HH:mm` and holidays as `YYYY-MM-DD` text. */
export function findSites(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_sites as s')
    .select([
      's.id',
      's.position',
      's.city',
      's.country_code',
      's.organisation_id',
      's.venue',
      's.room',
      's.connection',
      's.time_zone',
      sql<string>`left(s.preferred_from::text, 5)`.as('preferred_from'),
      sql<string>`left(s.preferred_to::text, 5)`.as('preferred_to'),
      sql<string[]>`s.holidays::text[]`.as('holidays'),
    ])
    .where('s.dialogue_id', '=', dialogueId)
    .orderBy('s.position')
    .execute();
}
export type SiteRecord = Awaited<ReturnType<typeof findSites>>[number];

export interface SiteColumns {
  city: string;
  country_code: string | null;
  organisation_id: string | null;
  venue: string;
  room: string;
  connection: string;
  time_zone: string;
  preferred_from: string;
  preferred_to: string;
  holidays: string[];
}

/**
 * Makes the dialogue's sites the given list, in its order: a site with an id is updated in place
 * (agenda segments keep pointing at it), one without is added, and those left out are removed.
 * The ids must be this dialogue's own (the service checks).
 */
export async function replaceSites(
  ex: Executor,
  dialogueId: string,
  sites: readonly (SiteColumns & { id?: string | undefined })[],
) {
  const kept = sites.flatMap((s) => (s.id ? [s.id] : []));
  let gone = ex.deleteFrom('dialogue_sites').where('dialogue_id', '=', dialogueId);
  if (kept.length) gone = gone.where('id', 'not in', kept);
  await gone.execute();
  for (const [position, { id, ...columns }] of sites.entries()) {
    if (id)
      await ex
        .updateTable('dialogue_sites')
        .set({ ...columns, position })
        .where('id', '=', id)
        .where('dialogue_id', '=', dialogueId)
        .execute();
    else
      await ex
        .insertInto('dialogue_sites')
        .values({ ...columns, dialogue_id: dialogueId, position })
        .execute();
  }
}

/** Where a series or dialogue sits, for reading its audit trail. */
export async function auditScopeOf(ex: Executor, kind: 'dialogue' | 'series', id: string) {
  const q =
    kind === 'dialogue'
      ? ex.selectFrom('dialogues as r').select('r.convener_organisation_id as org').where('r.id', '=', id)
      : ex
          .selectFrom('dialogue_series as r')
          .select('r.convener_organisation_id as org')
          .where('r.id', '=', id);
  const row = await q.executeTakeFirst();
  return row ? organisationFacts(ex, row.org) : undefined;
}
