import { describe, expect, it } from 'vitest';
import {
  answer,
  insertMatch,
  insertNeed,
  insertOffer,
  propose,
  proposedPair,
  setUpIntroKit,
} from './introductions-test-kit.js';

const kit = setUpIntroKit();

type Summary = { id: string };
const ids = (list: Summary[]) => list.map((i) => i.id);

describe('introductions: my pipeline', () => {
  it('groups the introductions of my organisations by state, as seeker and as provider', async () => {
    const agreed = await proposedPair(kit);
    await answer(kit.provider.admin, agreed.id, { side: 'provider', answer: 'accepted' });
    const declined = await proposedPair(kit);
    await answer(kit.provider.admin, declined.id, { side: 'provider', answer: 'declined', reason: 'Busy' });
    const waiting = await proposedPair(kit);
    const suggestion = await propose(kit.broker, {
      needId: await insertNeed(kit.t, kit.seeker.id),
      providerOrganisationId: kit.provider.id,
      send: false,
    });

    const seeker = (await kit.seeker.member.get('/api/v1/introductions/mine')).json();
    expect(ids(seeker.asSeeker.agreed)).toEqual([agreed.id]);
    expect(ids(seeker.asSeeker.declined)).toEqual([declined.id]);
    expect(ids(seeker.asSeeker.proposed)).toEqual([waiting.id]);
    // A broker's unsent suggestion is not in anyone's pipeline yet.
    expect(seeker.asSeeker.suggested).toEqual([]);
    expect(ids(seeker.asSeeker.proposed)).not.toContain(suggestion.body.id);
    expect(Object.values(seeker.asProvider).flat()).toEqual([]);

    const provider = (await kit.provider.editor.get('/api/v1/introductions/mine')).json();
    expect(ids(provider.asProvider.proposed)).toEqual([waiting.id]);
    // Whose turn: the provider's editor may answer it now; the seeker (answered) and its
    // member (no right to answer) wait.
    expect(provider.asProvider.proposed[0].mayAnswer).toEqual(['provider']);
    expect(seeker.asSeeker.proposed[0].mayAnswer).toEqual([]);
    expect(provider.asProvider.declined[0].mayAnswer).toEqual([]);
    expect(provider.asProvider.declined[0]).toMatchObject({
      providerAnswer: { answer: 'declined', reason: 'Busy' },
    });
    expect(Object.values(provider.asSeeker).flat()).toEqual([]);

    const stranger = (await kit.stranger.admin.get('/api/v1/introductions/mine')).json();
    expect(Object.values(stranger.asSeeker).flat()).toEqual([]);
    expect((await kit.t.app.inject({ method: 'GET', url: '/api/v1/introductions/mine' })).statusCode).toBe(
      401,
    );
  });
});

describe('introductions: the broker board', () => {
  it('lists live needs without an accepted or agreed introduction, oldest first, with their best stored match', async () => {
    const old = await insertNeed(kit.t, kit.seeker.id, {
      created_at: new Date('2026-01-02T00:00:00Z'),
      challenge_area: 'policy_instruments',
    });
    const older = await insertNeed(kit.t, kit.stranger.id, { created_at: new Date('2026-01-01T00:00:00Z') });
    const offerId = await insertOffer(kit.t, kit.provider.id, {
      title: JSON.stringify({ en: 'Cadastro Único know-how' }),
    });
    await insertMatch(kit.t, old, { kind: 'offer', id: offerId }, 71.5);
    await insertMatch(kit.t, old, { kind: 'country', id: 'CL' }, 40, { rank: 2 });
    const withProposal = await insertNeed(kit.t, kit.seeker.id, {
      created_at: new Date('2026-01-03T00:00:00Z'),
    });
    await propose(kit.seeker.admin, { needId: withProposal, providerOrganisationId: kit.provider.id });
    const agreedNeed = await insertNeed(kit.t, kit.seeker.id, {
      created_at: new Date('2026-01-01T12:00:00Z'),
    });
    const agreed = await propose(kit.seeker.admin, {
      needId: agreedNeed,
      providerOrganisationId: kit.provider.id,
    });
    await answer(kit.provider.admin, agreed.body.id, { side: 'provider', answer: 'accepted' });
    const expired = await insertNeed(kit.t, kit.seeker.id, {
      created_at: new Date('2025-12-01T00:00:00Z'),
      expires_on: '2026-06-01',
    });
    const hidden = await insertNeed(kit.t, kit.seeker.id, {
      created_at: new Date('2025-12-02T00:00:00Z'),
      visibility: 'organisation',
    });

    const res = await kit.broker.get('/api/v1/broker/board?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      need: { id: string; challengeArea: { code: string; name: string } };
      bestMatch: unknown;
      liveIntroductions: number;
    }[];
    const listed = items.map((i) => i.need.id);
    expect(listed.indexOf(older)).toBeLessThan(listed.indexOf(old));
    expect(listed.indexOf(old)).toBeLessThan(listed.indexOf(withProposal));
    for (const gone of [agreedNeed, expired, hidden]) expect(listed).not.toContain(gone);
    const oldItem = items.find((i) => i.need.id === old)!;
    // The need's challenge area, by name, so the board needs no request per need.
    expect(oldItem.need.challengeArea).toEqual({ code: 'policy_instruments', name: 'Policy instruments' });
    expect(oldItem.bestMatch).toEqual({
      kind: 'offer',
      id: offerId,
      title: 'Cadastro Único know-how',
      score: 71.5,
    });
    expect(items.find((i) => i.need.id === older)!.bestMatch).toBeNull();
    expect(items.find((i) => i.need.id === withProposal)!.liveIntroductions).toBe(1);

    // Pages follow each other without gaps.
    const first = (await kit.broker.get('/api/v1/broker/board?limit=1')).json();
    const second = (await kit.broker.get(`/api/v1/broker/board?limit=1&cursor=${first.nextCursor}`)).json();
    expect([first.items[0].need.id, second.items[0].need.id]).toEqual(listed.slice(0, 2));
  });

  it('is for brokers and administrators only', async () => {
    expect((await kit.admin.get('/api/v1/broker/board')).statusCode).toBe(200);
    const org = await kit.seeker.admin.get('/api/v1/broker/board');
    expect(org.statusCode).toBe(403);
    expect((await kit.coordinator.get('/api/v1/broker/board')).statusCode).toBe(403);
    expect((await kit.t.app.inject({ method: 'GET', url: '/api/v1/broker/board' })).statusCode).toBe(401);
    expect((await kit.broker.get('/api/v1/broker/board?cursor=bogus')).statusCode).toBe(400);
  });
});
