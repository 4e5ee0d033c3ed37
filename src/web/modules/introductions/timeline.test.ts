import { describe, expect, it } from 'vitest';
import { detail, noAnswer } from './test-fixtures.js';
import { buildTimeline } from './timeline.js';

const kinds = (events: ReturnType<typeof buildTimeline>) => events.map((e) => e.kind);

describe('buildTimeline', () => {
  it('tells the proposal once: the proposer’s own acceptance is part of it', () => {
    const events = buildTimeline(detail());
    expect(events).toEqual([{ kind: 'proposed', at: '2026-03-01T10:00:00.000Z', by: 'seeker' }]);
  });

  it('tells a decline with its reason', () => {
    const events = buildTimeline(
      detail({
        state: 'declined',
        providerAnswer: { answer: 'declined', answeredAt: '2026-03-04T09:00:00.000Z', reason: 'No capacity' },
      }),
    );
    expect(events[1]).toEqual({
      kind: 'answered',
      at: '2026-03-04T09:00:00.000Z',
      side: 'provider',
      answer: 'declined',
      reason: 'No capacity',
    });
  });

  it('orders answers, agreement and feedback in time, workflow order at the same instant', () => {
    const events = buildTimeline(
      detail({
        state: 'agreed',
        proposedAs: 'broker',
        seekerAnswer: { answer: 'accepted', answeredAt: '2026-03-05T00:00:00.000Z', reason: '' },
        providerAnswer: { answer: 'accepted', answeredAt: '2026-03-03T00:00:00.000Z', reason: null },
        agreedAt: '2026-03-05T00:00:00.000Z',
        feedback: [
          {
            side: 'seeker',
            organisationId: 's1',
            usefulness: 4,
            comment: 'Good',
            createdAt: '2026-04-01T00:00:00.000Z',
          },
        ],
      }),
    );
    expect(kinds(events)).toEqual(['proposed', 'answered', 'answered', 'agreed', 'feedback']);
    expect(events[1]).toMatchObject({ side: 'provider', reason: null });
    expect(events[2]).toMatchObject({ side: 'seeker', reason: null });
    expect(events[4]).toMatchObject({ usefulness: 4, comment: 'Good' });
  });

  it('tells a suggestion as such, and an expiry at its deadline', () => {
    expect(
      kinds(buildTimeline(detail({ state: 'suggested', proposedAs: 'broker', seekerAnswer: noAnswer }))),
    ).toEqual(['suggested']);
    const expired = buildTimeline(detail({ state: 'expired' }));
    expect(expired.at(-1)).toEqual({ kind: 'expired', at: '2026-03-31T10:00:00.000Z' });
  });

  it('tells an acceptance by the proposing side made later (a broker who is also a member)', () => {
    const events = buildTimeline(
      detail({ seekerAnswer: { answer: 'accepted', answeredAt: '2026-03-02T00:00:00.000Z', reason: null } }),
    );
    expect(kinds(events)).toEqual(['proposed', 'answered']);
  });
});
