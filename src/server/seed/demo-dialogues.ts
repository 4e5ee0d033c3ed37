import { randomUUID } from 'node:crypto';
import { type DemoSeriesRows, demoSeriesLoaded, importDemoSeries } from '../modules/dialogues/index.js';
import type { AppDeps } from '../platform/module.js';
import { DEMO_DIALOGUE_SERIES } from './demo-dialogues-data.js';
import type { DemoDialogue, DemoSeries } from './demo-dialogues-types.js';
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
 * transaction, through the dialogues module's demo import. Does nothing when the demo series is
 * already there, so a second run changes nothing.
 */
export async function seedDialogues(deps: AppDeps, ids: DemoIds): Promise<void> {
  const s = DEMO_DIALOGUE_SERIES;
  await deps.db.transaction().execute(async (trx) => {
    if (await demoSeriesLoaded(trx)) return;
    const convenerId = ids.orgIds.get(s.convener);
    if (!convenerId) throw new Error(`demo dialogues: unknown demo organisation ${s.convener}`);
    const refs: Refs = {
      seriesId: randomUUID(),
      convenerId,
      createdBy: ids.userIds.get(ENTERED_BY) ?? null,
      at: deps.clock.now(),
      org: (key) => (key ? (ids.orgIds.get(key) ?? null) : null),
      // Ids chosen up front: the calendar UID derives from the id, and dialogues refer to each other.
      dialogueIds: new Map(s.dialogues.map((d) => [d.key, randomUUID()])),
    };
    await importDemoSeries(trx, seriesRows(s, refs));
  });
}

function seriesRows(s: DemoSeries, refs: Refs): DemoSeriesRows {
  const stamps = { is_demo: true, created_by: refs.createdBy, created_at: refs.at, updated_at: refs.at };
  return {
    series: {
      id: refs.seriesId,
      convener_organisation_id: refs.convenerId,
      title: json(s.title),
      goal: json(s.goal),
      ...stamps,
    },
    dialogues: s.dialogues.map((d) => dialogueRows(d, refs, stamps)),
    actions: s.dialogues.flatMap((d) => actionRows(d, refs)),
  };
}

function dialogueRows(
  d: DemoDialogue,
  refs: Refs,
  stamps: { is_demo: boolean; created_by: string | null; created_at: Date; updated_at: Date },
) {
  const id = refs.dialogueIds.get(d.key)!;
  const cities = d.sites.map((site) => site.city);
  return {
    row: {
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
      ...stamps,
    },
    sites: d.sites.map((site) => ({
      city: site.city,
      country_code: site.countryCode,
      organisation_id: refs.org(site.org),
      venue: site.venue,
      room: '',
      connection: site.connection ?? '',
      time_zone: site.timeZone,
      preferred_from: '07:00',
      preferred_to: '22:00',
      holidays: [],
      attendees: site.attendees,
    })),
    segments: d.agenda.map((g) => ({
      kind: g.kind,
      title: json(g.title),
      minutes: g.minutes,
      siteIndex: g.site ? cities.indexOf(g.site) : null,
      country_code: g.countryCode ?? null,
      speaker: g.speaker ?? '',
      moderator: g.moderator ?? '',
    })),
    topics: d.topics.map((topic) => ({
      title: json(topic.title),
      ideas: topic.ideas.map((idea) => ({
        text: json(idea.text),
        dimension: idea.dimension ?? null,
        sector: idea.sector ?? null,
      })),
    })),
  };
}

function actionRows(d: DemoDialogue, refs: Refs) {
  return d.actions.map((a, position) => ({
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
  }));
}
