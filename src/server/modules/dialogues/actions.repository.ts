import { type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { DialogueActionsTable } from '../../db/schema-dialogues.js';
import { visibleTo } from '../../platform/authz/visibility.js';

/** All SQL for follow-up actions and "what's next" items (dialogue_actions). */

/** The due date as sorted and paged: undated items last. */
const dueKey = sql<string>`coalesce(to_char(a.due_on, 'YYYY-MM-DD'), '9999-12-31')`;

/** An action with what its presenter and policy need: its dialogue's facts and its owner. */
function actionSelect(ex: Executor) {
  return ex
    .selectFrom('dialogue_actions as a')
    .innerJoin('dialogues as d', 'd.id', 'a.dialogue_id')
    .innerJoin('organisations as o', 'o.id', 'd.convener_organisation_id')
    .leftJoin('organisations as w', 'w.id', 'a.owner_organisation_id')
    .selectAll('a')
    .select([
      'd.title as dialogue_title',
      'd.series_id',
      'd.default_locale as dialogue_locale',
      'd.convener_organisation_id',
      'd.visibility',
      'o.country_code as org_country',
      'w.name as owner_org_name',
      'w.default_locale as owner_org_locale',
      'w.visibility as owner_org_visibility',
      'w.country_code as owner_org_country',
      dueKey.as('sort_key'),
    ]);
}
export type ActionRecord = Awaited<ReturnType<ReturnType<typeof actionSelect>['executeTakeFirstOrThrow']>>;

export const findAction = (ex: Executor, id: string) =>
  actionSelect(ex).where('a.id', '=', id).executeTakeFirst();

/** Holds the action's row until the transaction ends (one "next dialogue" per item). */
export async function lockAction(ex: Executor, id: string) {
  await ex.selectFrom('dialogue_actions').select('id').where('id', '=', id).forUpdate().execute();
}

/** A dialogue's actions, then its "what's next" items, each in order. */
export function listDialogueActions(ex: Executor, dialogueId: string) {
  return actionSelect(ex)
    .where('a.dialogue_id', '=', dialogueId)
    .orderBy(sql`a.kind = 'next'`)
    .orderBy('a.position')
    .orderBy('a.created_at')
    .execute();
}

export interface ActionFilters {
  status: 'open' | 'done' | 'all';
  organisation?: string | undefined;
  series?: string | undefined;
}

/**
 * One page of the actions of the dialogues the actor may see (scoped in SQL by the dialogue
 * list's visibility rule), by due date (undated last) then id; `limit + 1` rows for pageOf.
 */
export function searchActions(
  ex: Executor,
  actor: Actor,
  f: ActionFilters,
  after: { v: string; id: string } | null,
  limit: number,
) {
  let q = actionSelect(ex).where(
    visibleTo(actor, {
      visibility: 'd.visibility',
      organisationId: 'd.convener_organisation_id',
      countryCode: 'o.country_code',
    }),
  );
  if (f.status === 'open') q = q.where('a.done_at', 'is', null);
  if (f.status === 'done') q = q.where('a.done_at', 'is not', null);
  if (f.organisation) q = q.where('a.owner_organisation_id', '=', f.organisation);
  if (f.series) q = q.where('d.series_id', '=', f.series);
  if (after) q = q.where(sql<SqlBool>`(${dueKey}, a.id) > (${after.v}, ${after.id}::uuid)`);
  return q
    .orderBy(dueKey)
    .orderBy('a.id')
    .limit(limit + 1)
    .execute();
}

/** The position after the dialogue's last item. */
export async function nextPosition(ex: Executor, dialogueId: string) {
  const row = await ex
    .selectFrom('dialogue_actions')
    .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('n'))
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export type ActionRow = Insertable<DialogueActionsTable>;

export async function insertAction(ex: Executor, values: ActionRow) {
  const row = await ex
    .insertInto('dialogue_actions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAction(ex: Executor, id: string, v: Updateable<DialogueActionsTable>, at: Date) {
  await ex
    .updateTable('dialogue_actions')
    .set({ ...v, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteAction(ex: Executor, id: string) {
  await ex.deleteFrom('dialogue_actions').where('id', '=', id).execute();
}
