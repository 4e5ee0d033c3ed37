import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocal, venueTable } from '../../shared/dialogues/index.js';
import { type TestApp, testApp } from '../test/harness.js';
import { seedDemo } from './demo.js';
import { seedDialogues } from './demo-dialogues.js';
import { DEMO_DIALOGUE_SERIES } from './demo-dialogues-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const { seeded } = await seedDemo(t.runtime.deps);
  expect(seeded).toBe(true);
}, 300_000);
afterAll(() => t?.close());

const db = () => t.runtime.deps.db;

/** The demo series and its two dialogues, the June 2011 one first. */
async function seeded() {
  const series = await db().selectFrom('dialogue_series').selectAll().where('is_demo', '=', true).execute();
  expect(series).toHaveLength(1);
  const dialogues = await db()
    .selectFrom('dialogues')
    .selectAll()
    .where('series_id', '=', series[0]!.id)
    .orderBy('id')
    .execute();
  const june = dialogues.find((d) => d.follows_id === null)!;
  const second = dialogues.find((d) => d.follows_id !== null)!;
  return { series: series[0]!, dialogues, june, second };
}

const sitesOf = (dialogueId: string) =>
  db()
    .selectFrom('dialogue_sites as s')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.city', 's.time_zone', 's.venue', 's.attendees', 'o.acronym'])
    .where('s.dialogue_id', '=', dialogueId)
    .orderBy('s.position')
    .execute();

describe('the demo dialogues', () => {
  it('recreate the June 2011 dialogue of the World Bank Institute: seven sites, the source’s local start times', async () => {
    const { series, dialogues, june } = await seeded();
    expect(dialogues).toHaveLength(2);
    const wbi = await db().selectFrom('organisations').select('id').where('acronym', '=', 'WBI').execute();
    expect(wbi).toHaveLength(1);
    expect(series.convener_organisation_id).toBe(wbi[0]!.id);
    expect(june).toMatchObject({
      convener_organisation_id: wbi[0]!.id,
      status: 'summarised',
      format: 'video',
      duration_minutes: 180,
      ics_uid: `${june.id}@kxhub`,
      ics_sequence: 0,
      is_demo: true,
    });
    expect(june.title.es).toMatch(/^Diálogo por videoconferencia/);
    expect(june.title.fr).toMatch(/^Dialogue par visioconférence/);
    expect(new Date(june.starts_at!).toISOString()).toBe('2011-06-29T03:00:00.000Z');

    const sites = await sitesOf(june.id);
    expect(sites.map((s) => [s.city, s.time_zone, s.acronym])).toEqual([
      ['Washington', 'America/New_York', 'WBI'],
      ['Mexico City', 'America/Mexico_City', 'SRE'],
      ['Bogotá', 'America/Bogota', 'WB'],
      ['Jakarta', 'Asia/Jakarta', 'WB'],
      ['New Delhi', 'Asia/Kolkata', 'WB'],
      ['Singapore', 'Asia/Singapore', 'WB'],
      ['Beijing', 'Asia/Shanghai', 'WB'],
    ]);
    expect(sites.map((s) => s.venue)).toContain('GDLN Studio 2');

    // The venue table of the source's annex: the Americas on 28 June, Asia on 29 June.
    const table = venueTable(
      sites.map((s) => ({ ...s, zone: s.time_zone })),
      june.starts_at!,
      june.duration_minutes,
    );
    expect(table.days.map((d) => [d.date, d.rows.map((r) => `${r.site.city} ${r.start.time}`)])).toEqual([
      ['2011-06-28', ['Mexico City 22:00', 'Bogotá 22:00', 'Washington 23:00']],
      ['2011-06-29', ['New Delhi 08:30', 'Jakarta 10:00', 'Singapore 11:00', 'Beijing 11:00']],
    ]);
    // Mexico City kept summer time in 2011 (UTC-5); it dropped it in 2022, so today's June is UTC-6.
    expect(toLocal(june.starts_at!, 'America/Mexico_City').offsetMinutes).toBe(-300);
    expect(toLocal('2026-06-29T03:00:00Z', 'America/Mexico_City')).toMatchObject({
      time: '21:00',
      offsetMinutes: -360,
    });

    // The public page's venue table says the same.
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dialogues/${june.id}/venues?start=2011-06-29T03:00:00Z`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().days.map((d: { rows: unknown[] }) => d.rows.length)).toEqual([3, 4]);
  });

  it('has the source’s agenda, filling the three hours, with each presenting country at its own site', async () => {
    const { june } = await seeded();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/dialogues/${june.id}/agenda` });
    expect(res.statusCode).toBe(200);
    const agenda = res.json();
    expect(agenda).toMatchObject({ totalMinutes: 180, remainingMinutes: 0, problems: [] });
    type Seg = { kind: string; countryCode: string | null; siteId: string | null; local: { time: string }[] };
    const segments = agenda.segments as Seg[];
    expect(segments[0]!.kind).toBe('welcome');
    expect(segments[0]!.local.map((l) => l.time)).toEqual([
      '23:00',
      '22:00',
      '22:00',
      '10:00',
      '08:30',
      '11:00',
      '11:00',
    ]);
    expect(segments.at(-1)!.kind).toBe('next_steps');
    const presentations = segments.filter((s) => s.kind === 'presentation');
    expect(presentations.map((s) => s.countryCode)).toEqual(['MX', 'CN', 'ID', 'SG', 'IN']);
    const sites = new Map((await sitesOf(june.id)).map((s) => [s.id, s.city]));
    expect(presentations.map((s) => sites.get(s.siteId!))).toEqual([
      'Mexico City',
      'Beijing',
      'Jakarta',
      'Singapore',
      'New Delhi',
    ]);
    expect(segments.filter((s) => s.kind === 'qa')).toHaveLength(5);
    expect(segments.filter((s) => s.kind === 'discussion')).toHaveLength(3);
  });

  it('summarises highlights and key ideas under their topics, tagged with real dimensions and sectors', async () => {
    const { june } = await seeded();
    for (const locale of ['en', 'es', 'fr'])
      expect(june.highlights[locale]?.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(6);
    const topics = await db()
      .selectFrom('dialogue_topics')
      .selectAll()
      .where('dialogue_id', '=', june.id)
      .orderBy('position')
      .execute();
    expect(topics.map((x) => x.title.en)).toEqual(
      DEMO_DIALOGUE_SERIES.dialogues[0]!.topics.map((x) => x.title.en),
    );
    expect(topics).toHaveLength(8);
    expect(topics[4]!.title).toEqual({
      en: 'The coordination challenge',
      es: 'El reto de la coordinación',
      fr: 'Le défi de la coordination',
    });
    const ideas = await db()
      .selectFrom('dialogue_ideas')
      .selectAll()
      .where(
        'topic_id',
        'in',
        topics.map((x) => x.id),
      )
      .execute();
    for (const topic of topics)
      expect(ideas.filter((i) => i.topic_id === topic.id).length).toBeGreaterThan(1);
    expect(ideas.every((i) => i.text.en && i.text.es && i.text.fr)).toBe(true);
    const dimensions = [...new Set(ideas.flatMap((i) => (i.dimension ? [i.dimension] : [])))];
    const known = await db()
      .selectFrom('vocabulary_items')
      .select('code')
      .where('vocabulary', '=', 'assessment_dimension')
      .where('active', '=', true)
      .where('code', 'in', dimensions)
      .execute();
    expect(known.map((k) => k.code).sort()).toEqual(dimensions.sort());
    expect(dimensions.length).toBeGreaterThanOrEqual(8);
    const sectors = ideas.flatMap((i) => (i.sector ? [i.sector] : []));
    const sectorRows = await db()
      .selectFrom('codelist_items')
      .select('code')
      .where('list', '=', 'Sector')
      .where('code', 'in', sectors)
      .execute();
    expect(sectorRows.map((s) => s.code)).toEqual(['15110']);
  });

  it('tracks follow-up actions, and a “what’s next” item became the second dialogue of the series', async () => {
    const { june, second } = await seeded();
    const actions = await db()
      .selectFrom('dialogue_actions')
      .selectAll()
      .where('dialogue_id', '=', june.id)
      .orderBy('position')
      .execute();
    const todo = actions.filter((a) => a.kind === 'action');
    expect(todo.every((a) => a.due_on && a.owner_organisation_id)).toBe(true);
    expect(todo.filter((a) => a.done_at).length).toBeGreaterThanOrEqual(2);
    expect(todo.filter((a) => !a.done_at).length).toBeGreaterThanOrEqual(1);
    const next = actions.filter((a) => a.kind === 'next');
    expect(next.length).toBeGreaterThanOrEqual(2);
    expect(next.filter((a) => a.next_dialogue_id)).toEqual([
      expect.objectContaining({ next_dialogue_id: second.id }),
    ]);

    expect(second).toMatchObject({
      series_id: june.series_id,
      follows_id: june.id,
      convener_organisation_id: june.convener_organisation_id,
      status: 'planning',
      starts_at: null,
      ics_uid: `${second.id}@kxhub`,
      is_demo: true,
    });
    expect(second.title.es).toMatch(/^Segundo diálogo/);
    expect((await sitesOf(second.id)).map((s) => [s.city, s.time_zone, s.attendees])).toEqual(
      (await sitesOf(june.id)).map((s) => [s.city, s.time_zone, null]),
    );
    const agenda = (
      await t.app.inject({ method: 'GET', url: `/api/v1/dialogues/${second.id}/agenda` })
    ).json();
    expect(agenda.totalMinutes).toBe(second.duration_minutes);
    expect(agenda.problems).toEqual([]);
  });

  it('changes nothing when seeded again', async () => {
    const tables = [
      'dialogue_series',
      'dialogues',
      'dialogue_sites',
      'dialogue_segments',
      'dialogue_topics',
      'dialogue_ideas',
      'dialogue_actions',
    ] as const;
    const snapshot = async () =>
      Promise.all(
        tables.map((table) =>
          db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
            .then((r) => Number(r.n)),
        ),
      );
    const before = await snapshot();
    const { dialogues: was } = await seeded();
    expect((await seedDemo(t.runtime.deps)).seeded).toBe(false);
    await seedDialogues(t.runtime.deps, { orgIds: new Map(), userIds: new Map() });
    expect(await snapshot()).toEqual(before);
    expect((await seeded()).dialogues).toEqual(was);
  });
});
