import { describe, expect, it } from 'vitest';
import { NIGHTLY_TOP, runAllMatches } from './matching.nightly.js';
import { storedMatches } from './matching.repository.js';
import { insertNeed, insertOffer, insertOrganisation, setUpMatchingKit } from './matching-test-kit.js';

const ids = { need: '', closedNeed: '', offers: [] as string[], privateOffer: '', own: '' };

const topic = {
  title: { en: 'Water utility non-revenue water reduction' },
  text: {
    en: 'Nonrevenue water losses urban utility district metering pressure management leakage detection billing customers tariffs',
  },
  sectors: ['14020'],
  languages: ['en'],
};

const kit = setUpMatchingKit(async (k) => {
  const seeker = await insertOrganisation(k, { country: 'ZM' });
  ids.need = await insertNeed(k, { organisationId: seeker, country: 'ZM', ...topic });
  ids.closedNeed = await insertNeed(k, { organisationId: seeker, country: 'ZM', ...topic, status: 'closed' });
  ids.own = await insertOffer(k, { organisationId: seeker, country: 'ZM', ...topic });
  // Ten providers of one country offering just what is sought, then two ever weaker ones.
  const words = topic.text.en.split(' ');
  for (let i = 0; i < 12; i++) {
    const org = await insertOrganisation(k, { country: 'VN' });
    ids.offers.push(
      await insertOffer(k, {
        organisationId: org,
        country: 'VN',
        title: { en: 'Utility twinning' },
        text: { en: words.slice(0, i < 10 ? words.length : i === 10 ? 5 : 2).join(' ') },
        sectors: [i < 11 ? '14020' : '14030'],
        languages: ['en'],
      }),
    );
  }
  const other = await insertOrganisation(k, { country: 'TN' });
  ids.privateOffer = await insertOffer(k, {
    organisationId: other,
    country: 'TN',
    ...topic,
    visibility: 'organisation',
  });
});

const deps = () => kit.t.runtime.deps;

describe('runAllMatches (the nightly run)', () => {
  it('stores the top ten offers of each live need, best first, with their reasons', async () => {
    const progress: number[] = [];
    const result = await runAllMatches(deps(), { onProgress: (p) => progress.push(p.done) });
    expect(result.needs).toBe(1);
    expect(progress).toEqual([0, 1]);
    const rows = (await storedMatches(kit.db, ids.need)).filter((r) => r.candidate_kind === 'offer');
    expect(rows).toHaveLength(NIGHTLY_TOP);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The ten strong ones (equal scores: ordered by id), not the two weaker ones.
    expect(rows.map((r) => r.candidate_id).sort()).toEqual(ids.offers.slice(0, 10).sort());
    const ranked = [...rows].sort((a, b) => b.score - a.score || (a.candidate_id < b.candidate_id ? -1 : 1));
    expect(ranked.map((r) => r.rank)).toEqual(rows.map((r) => r.rank));
    // Never its own organisation's offer, nor one only its organisation may see.
    expect(rows.map((r) => r.candidate_id)).not.toContain(ids.own);
    expect(rows.map((r) => r.candidate_id)).not.toContain(ids.privateOffer);
    const factors = rows[0]!.factors as { factor: string; percent: number; reason: { key: string } }[];
    expect(factors[0]).toMatchObject({
      factor: expect.any(String),
      reason: { key: expect.stringMatching(/^reason\./) },
    });
    expect(factors.reduce((sum, f) => sum + f.percent, 0)).toBe(100);
    expect(await storedMatches(kit.db, ids.closedNeed)).toEqual([]);
  });

  it('keeps notified_at of matches that stay, and drops those that fall out', async () => {
    const notified = new Date('2026-06-20T08:00:00Z');
    await kit.db
      .updateTable('need_matches')
      .set({ notified_at: notified })
      .where('need_id', '=', ids.need)
      .where('candidate_id', 'in', [ids.offers[0]!, ids.offers[9]!])
      .execute();
    // The best offer closes: the others move up one, the eleventh comes in.
    await kit.db.updateTable('offers').set({ status: 'closed' }).where('id', '=', ids.offers[0]!).execute();
    await runAllMatches(deps());
    const rows = (await storedMatches(kit.db, ids.need)).filter((r) => r.candidate_kind === 'offer');
    expect(rows.map((r) => r.candidate_id).sort()).toEqual(ids.offers.slice(1, 11).sort());
    const byId = new Map(rows.map((r) => [r.candidate_id, r]));
    expect(byId.get(ids.offers[9]!)?.notified_at?.toISOString()).toBe(notified.toISOString());
    expect(byId.get(ids.offers[10]!)?.notified_at).toBeNull();
  });

  it('stores the same matches when the needs are scored in worker threads', async () => {
    const other = await insertOrganisation(kit, { country: 'PE' });
    for (let i = 0; i < 5; i++)
      await insertNeed(kit, { organisationId: other, country: 'PE', ...topic, title: { en: `Need ${i}` } });
    const single = await runAllMatches(deps(), { threads: 1 });
    const rows = async () =>
      (await kit.db.selectFrom('need_matches').select(['need_id', 'candidate_id', 'rank', 'score']).execute())
        .map((r) => `${r.need_id} ${r.candidate_id} ${r.rank} ${r.score}`)
        .sort();
    const before = await rows();
    const threaded = await runAllMatches(deps(), { threads: 2 });
    expect(threaded).toMatchObject({ needs: single.needs, matches: single.matches, threads: 2 });
    expect(single.needs).toBe(6);
    expect(await rows()).toEqual(before);
  });

  it('removes the stored matches of a need that is no longer live', async () => {
    await kit.db.updateTable('needs').set({ status: 'matched' }).execute();
    const result = await runAllMatches(deps());
    expect(result.needs).toBe(0);
    expect(result.dropped).toBeGreaterThan(0);
    expect(await storedMatches(kit.db, ids.need)).toEqual([]);
  });
});
