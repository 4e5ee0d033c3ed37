import { describe, expect, it } from 'vitest';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Timed = {
  id: string;
  kind: string;
  title: Record<string, string>;
  minutes: number;
  siteId: string | null;
  startOffsetMinutes: number;
  startUtc: string | null;
  local: { siteId: string; date: string; time: string }[];
};
type Agenda = {
  segments: Timed[];
  totalMinutes: number;
  remainingMinutes: number;
  problems: { code: string; overMinutes?: number }[];
};

/** The June 2011 dialogue, scheduled at 23:00 in Washington (03:00 UTC on the 29th). */
async function scheduledDialogue() {
  const d = await buildDialogue(kit.owner, kit.org.id);
  // No scheduling route yet: the start is set in the database as the planner will set it.
  await kit.t.runtime.deps.db
    .updateTable('dialogues')
    .set({ starts_at: new Date('2011-06-29T03:00:00Z'), status: 'scheduled' })
    .where('id', '=', d.id)
    .execute();
  return d;
}

const put = (url: string, segments: unknown[], as = kit.owner) =>
  as.request({ method: 'PUT', url, payload: { segments } });

const errorOf = (res: { statusCode: number; json(): unknown; body: string }) => {
  expect(res.statusCode, res.body).toBe(400);
  return (res.json() as { error: { field: string; message: string } }).error;
};

describe('agenda', () => {
  it('saves an agenda and times each segment on every site’s clock', async () => {
    const d = await scheduledDialogue();
    const site = (city: string) => d.sites.find((s) => s.city === city)!.id;
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    const res = await put(url, [
      { kind: 'welcome', title: { en: 'Welcome' }, minutes: 15, moderator: 'World Bank Institute' },
      {
        kind: 'presentation',
        title: { en: 'Colombia' },
        minutes: 30,
        siteId: site('Bogotá'),
        countryCode: 'CO',
        speaker: 'APC-Colombia',
      },
      { kind: 'qa', minutes: 20 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as Agenda;
    expect(saved.totalMinutes).toBe(65);
    expect(saved.remainingMinutes).toBe(115);
    expect(saved.problems).toEqual([]);
    const colombia = saved.segments[1]!;
    expect(colombia).toMatchObject({ startOffsetMinutes: 15, startUtc: '2011-06-29T03:15:00.000Z' });
    const at = (city: string) => colombia.local.find((l) => l.siteId === site(city));
    expect(at('Washington')).toMatchObject({ date: '2011-06-28', time: '23:15' });
    expect(at('New Delhi')).toMatchObject({ date: '2011-06-29', time: '08:45' });

    // Anyone who sees the dialogue reads the same agenda.
    const read = await visitor(kit.t, 'GET', url);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(saved);
  });

  it('keeps a segment’s site when the sites are edited by id, and refuses an id from elsewhere', async () => {
    const d = await scheduledDialogue();
    const bogota = d.sites.find((s) => s.city === 'Bogotá')!;
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    expect((await put(url, [{ kind: 'presentation', minutes: 30, siteId: bogota.id }])).statusCode).toBe(200);
    // The Bogotá site moves to another room; one site is dropped; its id stays.
    const sites = d.sites
      .filter((s) => s.city !== 'Beijing')
      .map(({ id, city, timeZone }) => ({ id, city, timeZone, ...(id === bogota.id && { room: 'Sala 2' }) }));
    const patched = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { sites });
    expect(patched.statusCode, patched.body).toBe(200);
    const agenda = (await kit.owner.get(url)).json() as Agenda;
    expect(agenda.segments[0]!.siteId).toBe(bogota.id);
    const foreign = await buildDialogue(kit.owner, kit.org.id);
    const refused = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, {
      sites: [{ id: foreign.sites[0]!.id, city: 'Lima', timeZone: 'America/Lima' }],
    });
    expect(errorOf(refused).field).toBe('sites.0.id');
  });

  it('reorders by sending the list in its new order, keeping the segments’ ids', async () => {
    const d = await scheduledDialogue();
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    const first = (
      await put(url, [
        { kind: 'welcome', minutes: 10 },
        { kind: 'discussion', minutes: 60 },
        { kind: 'next_steps', minutes: 20 },
      ])
    ).json() as Agenda;
    const [welcome, discussion, next] = first.segments.map(({ id, kind, minutes }) => ({
      id,
      kind,
      minutes,
    }));
    const res = await put(url, [welcome, next, discussion, { kind: 'summary', minutes: 15 }]);
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json() as Agenda;
    expect(moved.segments.map((s) => [s.id, s.kind, s.startOffsetMinutes])).toEqual([
      [welcome!.id, 'welcome', 0],
      [next!.id, 'next_steps', 10],
      [discussion!.id, 'discussion', 30],
      [expect.any(String), 'summary', 90],
    ]);
    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['action', 'before'])
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dialogue.agenda')
      .orderBy('id')
      .execute();
    expect(trail).toHaveLength(2);
    expect(trail[1]!.before).toHaveLength(3);
  });

  it('saves an agenda longer than the dialogue and warns that it is too long', async () => {
    const d = await scheduledDialogue();
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    const res = await put(url, [
      { kind: 'discussion', minutes: 150 },
      { kind: 'summary', minutes: 45 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Agenda;
    expect(body.remainingMinutes).toBe(-15);
    expect(body.problems).toEqual([expect.objectContaining({ code: 'too_long', overMinutes: 15 })]);
    const read = (await kit.owner.get(url)).json() as Agenda;
    expect(read.segments).toHaveLength(2);
  });

  it('offsets the segments of a dialogue still without a start, with no clock times', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await put(`/api/v1/dialogues/${d.id}/agenda`, [
      { kind: 'welcome', minutes: 10 },
      { kind: 'qa', minutes: 20 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const seg = (res.json() as Agenda).segments[1]!;
    expect(seg).toMatchObject({ startOffsetMinutes: 10, startUtc: null, local: [] });
  });
});

describe('agenda: bad input and permissions', () => {
  it('refuses a site that is not one of the dialogue’s, naming the field', async () => {
    const d = await scheduledDialogue();
    const other = await buildDialogue(kit.owner, kit.org.id);
    const res = await put(`/api/v1/dialogues/${d.id}/agenda`, [
      { kind: 'welcome', minutes: 10 },
      { kind: 'presentation', minutes: 30, siteId: other.sites[0]!.id },
    ]);
    const error = errorOf(res);
    expect(error.field).toBe('segments.1.siteId');
    expect(error.message).toMatch(/sites/);
  });

  it('refuses a segment of 0 minutes and keeps the saved agenda', async () => {
    const d = await scheduledDialogue();
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    await put(url, [{ kind: 'welcome', minutes: 10 }]);
    const res = await put(url, [{ kind: 'welcome', minutes: 0 }]);
    expect(errorOf(res).field).toBe('segments.0.minutes');
    expect(((await kit.owner.get(url)).json() as Agenda).segments).toHaveLength(1);
  });

  it('refuses a segment id from elsewhere', async () => {
    const d = await scheduledDialogue();
    const res = await put(`/api/v1/dialogues/${d.id}/agenda`, [
      { id: '00000000-0000-4000-8000-000000000000', kind: 'welcome', minutes: 10 },
    ]);
    expect(errorOf(res).field).toBe('segments.0.id');
  });

  it('lets only conveners change the agenda (visitor 401, other organisation 403)', async () => {
    const d = await scheduledDialogue();
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    const segments = [{ kind: 'welcome', minutes: 10 }];
    expect((await visitor(kit.t, 'PUT', url, { segments })).statusCode).toBe(401);
    expect((await put(url, segments, kit.outsider)).statusCode).toBe(403);
    expect((await put(url, segments, kit.broker)).statusCode).toBe(200);
  });
});
