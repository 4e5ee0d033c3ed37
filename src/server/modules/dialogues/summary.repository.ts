import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';

/** All SQL for a dialogue's summary: key ideas under topics, their tags, and attendance. */

/** The assessment vocabulary whose codes tag an idea's dimension. */
const DIMENSIONS = 'assessment_dimension';

/** A dialogue's topics in order. */
export function findTopics(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_topics')
    .select(['id', 'position', 'title'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('position')
    .execute();
}
export type TopicRecord = Awaited<ReturnType<typeof findTopics>>[number];

/** The ideas of a dialogue's topics, in order within each topic. */
export function findIdeas(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_ideas as i')
    .innerJoin('dialogue_topics as t', 't.id', 'i.topic_id')
    .select(['i.id', 'i.topic_id', 'i.position', 'i.text', 'i.dimension', 'i.sector'])
    .where('t.dialogue_id', '=', dialogueId)
    .orderBy('t.position')
    .orderBy('i.position')
    .execute();
}
export type IdeaRecord = Awaited<ReturnType<typeof findIdeas>>[number];

export interface IdeaColumns {
  id?: string | undefined;
  text: string;
  dimension: string | null;
  sector: string | null;
}
export interface TopicColumns {
  id?: string | undefined;
  title: string;
  ideas: IdeaColumns[];
}

/**
 * Replaces a dialogue's topics and ideas with `topics`, in that order; given ids are kept (the
 * service checked they are this dialogue's), so an idea may move to another topic.
 */
export async function replaceTopics(ex: Executor, dialogueId: string, topics: readonly TopicColumns[]) {
  await ex.deleteFrom('dialogue_topics').where('dialogue_id', '=', dialogueId).execute();
  for (const [position, topic] of topics.entries()) {
    const { id } = await ex
      .insertInto('dialogue_topics')
      .values({
        ...(topic.id ? { id: topic.id } : {}),
        dialogue_id: dialogueId,
        position,
        title: topic.title,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (topic.ideas.length === 0) continue;
    await ex
      .insertInto('dialogue_ideas')
      .values(
        topic.ideas.map((idea, i) => ({
          ...(idea.id ? { id: idea.id } : {}),
          topic_id: id,
          position: i,
          text: idea.text,
          dimension: idea.dimension,
          sector: idea.sector,
        })),
      )
      .execute();
  }
}

/**
 * The codes among those given that may tag a new idea: active dimensions of the assessment
 * vocabulary; DAC sectors as the marketplace reads them (a 5-digit purpose code of `Sector`, a
 * 3-digit category of `SectorCategory`).
 */
export async function usableTags(ex: Executor, dimensions: string[], sectors: string[]) {
  const dims = dimensions.length
    ? await ex
        .selectFrom('vocabulary_items')
        .select('code')
        .where('vocabulary', '=', DIMENSIONS)
        .where('active', '=', true)
        .where('code', 'in', dimensions)
        .execute()
    : [];
  const secs = sectors.length
    ? await ex
        .selectFrom('codelist_items')
        .select(['code', 'list'])
        .where('list', 'in', ['Sector', 'SectorCategory'])
        .where('status', '=', 'active')
        .where('code', 'in', sectors)
        .execute()
    : [];
  return {
    dimensions: new Set(dims.map((r) => r.code)),
    sectors: new Set(
      secs
        .filter((r) => (r.list === 'Sector' ? r.code.length === 5 : r.code.length === 3))
        .map((r) => r.code),
    ),
  };
}

/** The names (locale maps) of the dimensions and sectors the ideas are tagged with. */
export async function tagNames(ex: Executor, dimensions: string[], sectors: string[]) {
  const dims = dimensions.length
    ? await ex
        .selectFrom('vocabulary_items')
        .select(['code', 'label as name'])
        .where('vocabulary', '=', DIMENSIONS)
        .where('code', 'in', [...new Set(dimensions)])
        .execute()
    : [];
  const secs = sectors.length
    ? await ex
        .selectFrom('codelist_items')
        .select(['code', 'name'])
        .where('list', 'in', ['Sector', 'SectorCategory'])
        .where('code', 'in', [...new Set(sectors)])
        .execute()
    : [];
  const map = (rows: { code: string; name: unknown }[]) =>
    new Map(rows.map((r) => [r.code, r.name as LocaleMap]));
  return { dimensions: map(dims), sectors: map(secs) };
}
export type TagNames = Awaited<ReturnType<typeof tagNames>>;

/** Each site's attendance, in the sites' order. */
export function siteAttendance(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_sites')
    .select(['id', 'city', 'attendees'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('position')
    .execute();
}
export type AttendanceRecord = Awaited<ReturnType<typeof siteAttendance>>[number];

/** The dialogue's participants and whether they attended. */
export function participantAttendance(ex: Executor, dialogueId: string) {
  return ex
    .selectFrom('dialogue_participants')
    .select(['id', 'attended'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}

export async function setSiteAttendees(ex: Executor, siteId: string, attendees: number | null) {
  await ex.updateTable('dialogue_sites').set({ attendees }).where('id', '=', siteId).execute();
}

export async function setAttended(ex: Executor, participantId: string, attended: boolean | null) {
  await ex.updateTable('dialogue_participants').set({ attended }).where('id', '=', participantId).execute();
}
