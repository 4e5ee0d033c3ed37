import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import type { AppDeps } from '../platform/module.js';
import { DEMO_DIALOGUE_SERIES } from './demo-dialogues-data.js';
import type { DemoDialogue } from './demo-dialogues-types.js';
import type { DemoIds } from './demo-ids.js';

/** The demo broker, an administrator of the World Bank Institute, entered the demo dialogues. */
const ENTERED_BY = 'broker@demo.kxhub.org';

const json = (v: unknown) => JSON.stringify(v);

interface Refs {
  seriesId: string;
  convenerId: string;
  createdBy: string | null;
  at: Date;
  org: (key: string | null | undefined) => string | null;
  dialogueIds: ReadonlyMap<string, string>;
}

/**
 * Loads the demo dialogue series (the June 2011 dialogue and the one that followed it) in one
 * transaction, straight into the tables: the demo records historical facts (a dialogue already
 * held and summarised) that the services' workflow would only reach step by step. Does nothing
 * when the demo series is already there, so a second run changes nothing.
 */
export async function seedDialogues(deps: AppDeps, ids: DemoIds): Promise<void> {
  const s = DEMO_DIALOGUE_SERIES;
  await deps.db.transaction().execute(async (trx) => {
    const seeded = await trx
      .selectFrom('dialogue_series')
      .select('id')
      .where('is_demo', '=', true)
      .executeTakeFirst();
    if (seeded) return;
    const convenerId = ids.orgIds.get(s.convener);
    if (!convenerId) throw new Error(`demo dialogues: unknown demo organisation ${s.convener}`);
    const at = deps.clock.now();
    const refs: Refs = {
      seriesId: randomUUID(),
      convenerId,
      createdBy: ids.userIds.get(ENTERED_BY) ?? null,
      at,
      org: (key) => (key ? (ids.orgIds.get(key) ?? null) : null),
      // Ids chosen up front: the calendar UID derives from the id, and dialogues refer to each other.
      dialogueIds: new Map(s.dialogues.map((d) => [d.key, randomUUID()])),
    };
    await trx
      .insertInto('dialogue_series')
      .values({
        id: refs.seriesId,
        convener_organisation_id: convenerId,
        title: json(s.title),
        goal: json(s.goal),
        is_demo: true,
        created_by: refs.createdBy,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (const d of s.dialogues) await insertDialogue(trx, d, refs);
    // Actions last: a "what's next" item may point to a dialogue listed after its own.
    for (const d of s.dialogues) await insertActions(trx, d, refs);
  });
}

async function insertDialogue(trx: Executor, d: DemoDialogue, refs: Refs) {
  const id = refs.dialogueIds.get(d.key)!;
  await trx
    .insertInto('dialogues')
    .values({
      id,
      series_id: refs.seriesId,
      follows_id: d.follows ? refs.dialogueIds.get(d.follows)! : null,
      convener_organisation_id: refs.convenerId,
      title: json(d.title),
      objectives: json(d.objectives),
      format: d.format,
      duration_minutes: d.durationMinutes,
      status: d.status,
      starts_at: d.startsAt ? new Date(d.startsAt) : null,
      ics_uid: `${id}@kxhub`,
      ics_sequence: 0,
      highlights: json(d.highlights),
      is_demo: true,
      created_by: refs.createdBy,
      created_at: refs.at,
      updated_at: refs.at,
    })
    .execute();

  const siteIds = new Map(d.sites.map((site) => [site.city, randomUUID()]));
  await trx
    .insertInto('dialogue_sites')
    .values(
      d.sites.map((site, position) => ({
        id: siteIds.get(site.city)!,
        dialogue_id: id,
        position,
        city: site.city,
        country_code: site.countryCode,
        organisation_id: refs.org(site.org),
        venue: site.venue,
        connection: site.connection ?? '',
        time_zone: site.timeZone,
        preferred_from: '07:00',
        preferred_to: '22:00',
        attendees: site.attendees,
        created_at: refs.at,
      })),
    )
    .execute();

  if (d.agenda.length > 0)
    await trx
      .insertInto('dialogue_segments')
      .values(
        d.agenda.map((g, position) => ({
          dialogue_id: id,
          position,
          kind: g.kind,
          title: json(g.title),
          minutes: g.minutes,
          site_id: g.site ? siteIds.get(g.site)! : null,
          country_code: g.countryCode ?? null,
          speaker: g.speaker ?? '',
          moderator: g.moderator ?? '',
        })),
      )
      .execute();

  for (const [position, topic] of d.topics.entries()) {
    const topicId = randomUUID();
    await trx
      .insertInto('dialogue_topics')
      .values({ id: topicId, dialogue_id: id, position, title: json(topic.title) })
      .execute();
    await trx
      .insertInto('dialogue_ideas')
      .values(
        topic.ideas.map((idea, i) => ({
          topic_id: topicId,
          position: i,
          text: json(idea.text),
          dimension: idea.dimension ?? null,
          sector: idea.sector ?? null,
        })),
      )
      .execute();
  }
}

async function insertActions(trx: Executor, d: DemoDialogue, refs: Refs) {
  if (d.actions.length === 0) return;
  await trx
    .insertInto('dialogue_actions')
    .values(
      d.actions.map((a, position) => ({
        dialogue_id: refs.dialogueIds.get(d.key)!,
        kind: a.kind,
        position,
        text: json(a.text),
        owner_name: a.ownerName ?? '',
        owner_organisation_id: refs.org(a.ownerOrg),
        due_on: a.dueOn ?? null,
        done_at: a.doneAt ? new Date(a.doneAt) : null,
        next_dialogue_id: a.nextDialogue ? refs.dialogueIds.get(a.nextDialogue)! : null,
        created_at: refs.at,
        updated_at: refs.at,
      })),
    )
    .execute();
}
