import { describe, expect, it } from 'vitest';
import { postCreated } from '../../test/requests.js';
import { buildDialogue, setUpDialogueKit } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Slots = {
  candidates: { startUtc: string; score: number; sites: { city: string; discomfort: number }[] }[];
  fairness: { dialoguesCounted: number; sites: { siteId: string; burden: number; weight: number }[] } | null;
};

const SITES = [
  { city: 'Washington', timeZone: 'America/New_York' },
  { city: 'Jakarta', timeZone: 'Asia/Jakarta' },
];

/** A series whose first dialogue kept Jakarta up at midnight (13:00 in Washington). */
async function seriesWithNightInJakarta() {
  const series = await postCreated<{ id: string }>(kit.owner, '/api/v1/dialogue-series', {
    convenerOrganisationId: kit.org.id,
    title: { en: 'Fairness series' },
  });
  const first = await buildDialogue(kit.owner, kit.org.id, { seriesId: series.id, sites: SITES });
  await kit.t.runtime.deps.db
    .updateTable('dialogues')
    .set({ status: 'held', starts_at: new Date('2011-06-29T17:00:00Z') })
    .where('id', '=', first.id)
    .execute();
  // The next dialogue lists the same cities (new site rows), one spelled differently.
  const next = await buildDialogue(kit.owner, kit.org.id, {
    seriesId: series.id,
    durationMinutes: 120,
    // Office hours 11 h apart never overlap: someone has to stay late or come early.
    sites: [
      { city: 'WASHINGTON', timeZone: 'America/New_York', preferredFrom: '09:00', preferredTo: '17:00' },
      { city: 'Jakarta', timeZone: 'Asia/Jakarta', preferredFrom: '09:00', preferredTo: '17:00' },
    ],
  });
  return next;
}

const slots = (id: string, fairness: boolean) =>
  kit.owner.post(`/api/v1/dialogues/${id}/slots`, {
    fromDate: '2011-09-05',
    toDate: '2011-09-09',
    zone: 'America/New_York',
    limit: 100,
    fairness,
  });

describe('slot finder: fairness across a series', () => {
  it('weighs the site that bore the night more, so the next dialogue spares it', async () => {
    const next = await seriesWithNightInJakarta();
    const plain = (await slots(next.id, false)).json() as Slots;
    const res = await slots(next.id, true);
    expect(res.statusCode, res.body).toBe(200);
    const fair = res.json() as Slots;

    expect(plain.fairness).toBeNull();
    expect(fair.fairness!.dialoguesCounted).toBe(1);
    // Jakarta bore 00:00–03:00 (3 h × 60 × 3, deep night); Washington 13:00–16:00, nothing.
    const [washington, jakarta] = fair.fairness!.sites;
    expect(washington).toMatchObject({ siteId: next.sites[0]!.id, burden: 0, weight: 1 });
    expect(jakarta).toMatchObject({ siteId: next.sites[1]!.id, burden: 540, weight: 3 });

    // Office hours 11 h apart: without fairness Jakarta stays late again; with it, Washington does.
    const best = (r: Slots) => r.candidates[0]!.sites.map((s) => s.discomfort);
    expect(best(plain)).toEqual([0, 240]);
    expect(best(fair)).toEqual([240, 0]);
    for (const c of fair.candidates)
      expect(c.score).toBe(c.sites[0]!.discomfort + 3 * c.sites[1]!.discomfort);
  });

  it('counts nothing for a dialogue outside a series', async () => {
    const alone = await buildDialogue(kit.owner, kit.org.id, { sites: SITES });
    const res = await slots(alone.id, true);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Slots).fairness).toBeNull();
  });
});
