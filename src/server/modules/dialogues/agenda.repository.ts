import type { Insertable } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { DialogueSegmentsTable } from '../../db/schema-dialogues.js';

/** All SQL for a dialogue's agenda (dialogue_segments). */

/** A dialogue's segments in agenda order. */
export function findSegments(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_segments')
    .select(['id', 'position', 'kind', 'title', 'minutes', 'site_id', 'country_code', 'speaker', 'moderator'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('position')
    .execute();
}
export type SegmentRecord = Awaited<ReturnType<typeof findSegments>>[number];

export type SegmentColumns = Omit<Insertable<DialogueSegmentsTable>, 'dialogue_id' | 'position'>;

/** Replaces a dialogue's segments with `segments`, in that order (kept ids stay the same). */
export async function replaceSegments(ex: Executor, dialogueId: string, segments: readonly SegmentColumns[]) {
  await ex.deleteFrom('dialogue_segments').where('dialogue_id', '=', dialogueId).execute();
  if (segments.length === 0) return;
  await ex
    .insertInto('dialogue_segments')
    .values(segments.map((s, position) => ({ ...s, dialogue_id: dialogueId, position })))
    .execute();
}

/** Which of `codes` are known countries. */
export async function knownCountries(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex.selectFrom('countries').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code.trim()));
}
