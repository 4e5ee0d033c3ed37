import type { Executor } from '../../db/executor.js';
import type { DialogueRole } from '../../db/schema-dialogues.js';

/** All SQL for a dialogue's participants (dialogue_participants) and the calendar link's lookup. */

/** A dialogue's participants by site order then name, with their account's address and language. */
export function findParticipants(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_participants as p')
    .innerJoin('dialogue_sites as s', 's.id', 'p.site_id')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.id',
      'p.site_id',
      'p.user_id',
      'p.name',
      'p.email',
      'p.role',
      'p.attended',
      'p.invited_sequence',
      's.city as site_city',
      's.time_zone as site_zone',
      's.connection as site_connection',
      'u.email as user_email',
      'u.locale as user_locale',
    ])
    .where('p.dialogue_id', '=', dialogueId)
    .orderBy('s.position')
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}
export type ParticipantRecord = Awaited<ReturnType<typeof findParticipants>>[number];

export interface ParticipantColumns {
  site_id: string;
  name: string;
  email: string | null;
  user_id: string | null;
  role: DialogueRole;
  /** Left out to keep the stored value; null when the address changed (never invited there). */
  invited_sequence?: null;
}

/**
 * Makes the dialogue's participants the given list: one with an id is updated in place (its
 * attendance and invitation state stay), one without is added, those left out are removed.
 * The ids must be this dialogue's own (the service checks).
 */
export async function replaceParticipants(
  ex: Executor,
  dialogueId: string,
  list: readonly (ParticipantColumns & { id?: string | undefined })[],
) {
  const kept = list.flatMap((p) => (p.id ? [p.id] : []));
  let gone = ex.deleteFrom('dialogue_participants').where('dialogue_id', '=', dialogueId);
  if (kept.length) gone = gone.where('id', 'not in', kept);
  await gone.execute();
  for (const { id, ...columns } of list) {
    if (id)
      await ex
        .updateTable('dialogue_participants')
        .set(columns)
        .where('id', '=', id)
        .where('dialogue_id', '=', dialogueId)
        .execute();
    else
      await ex
        .insertInto('dialogue_participants')
        .values({ ...columns, dialogue_id: dialogueId })
        .execute();
  }
}

/** Which of `ids` are accounts. */
export async function knownUsers(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await ex.selectFrom('users').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Records that these participants now hold the calendar entry at `sequence`. */
export async function markInvited(ex: Executor, ids: readonly string[], sequence: number) {
  if (ids.length === 0) return;
  await ex
    .updateTable('dialogue_participants')
    .set({ invited_sequence: sequence })
    .where('id', 'in', ids)
    .execute();
}

/** The dialogue whose public calendar link has this SHA-256, if any. */
export async function dialogueIdByCalendarHash(ex: Executor, hash: string) {
  const row = await ex
    .selectFrom('dialogues')
    .select('id')
    .where('calendar_token_hash', '=', hash)
    .executeTakeFirst();
  return row?.id;
}
