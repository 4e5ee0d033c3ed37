import { describe, expect, it } from 'vitest';
import {
  countsOf,
  groupOf,
  groupPipeline,
  otherParty,
  partyName,
  pendingSides,
  proposerParty,
  STATES,
} from './pipeline-model.js';
import { noAnswer, summary } from './test-fixtures.js';
import type { IntroductionSummary, Pipeline } from './types.js';

const empty = () =>
  Object.fromEntries(STATES.map((s) => [s, [] as IntroductionSummary[]])) as Pipeline['asSeeker'];

function pipeline(asSeeker: IntroductionSummary[], asProvider: IntroductionSummary[]): Pipeline {
  const fill = (list: IntroductionSummary[]) => {
    const groups = empty();
    for (const i of list) groups[i.state].push(i);
    return groups;
  };
  return { asSeeker: fill(asSeeker), asProvider: fill(asProvider) };
}

const accepted = { answer: 'accepted' as const, answeredAt: '2026-03-02T00:00:00.000Z', reason: null };

describe('pendingSides', () => {
  it('lists the sides without an answer while the introduction is open', () => {
    expect(pendingSides(summary())).toEqual(['provider']);
    expect(pendingSides(summary({ seekerAnswer: noAnswer }))).toEqual(['seeker', 'provider']);
  });

  it('is empty once agreed, declined, expired or while only a suggestion', () => {
    for (const state of ['agreed', 'declined', 'expired', 'suggested'] as const)
      expect(pendingSides(summary({ state, providerAnswer: noAnswer }))).toEqual([]);
  });
});

describe('groupOf: whose turn', () => {
  it('is mine when the server says I may answer for a side, someone else’s otherwise', () => {
    expect(groupOf(summary({ mayAnswer: ['provider'] }))).toBe('waitingForMe');
    expect(groupOf(summary({ mayAnswer: [] }))).toBe('waitingForOther');
    // A member of the provider who may not answer for it waits like everyone else.
    expect(groupOf(summary({ mayAnswer: [] }))).toBe('waitingForOther');
  });

  it('puts agreed ones apart and declined or expired ones among the closed', () => {
    expect(groupOf(summary({ state: 'agreed' }))).toBe('agreed');
    expect(groupOf(summary({ state: 'declined' }))).toBe('closed');
    expect(groupOf(summary({ state: 'expired' }))).toBe('closed');
  });
});

describe('groupPipeline', () => {
  it('groups by whose turn, nearest deadline first among open ones', () => {
    const late = summary({ id: 'late', expiresAt: '2026-04-30T00:00:00.000Z' });
    const soon = summary({ id: 'soon', expiresAt: '2026-03-10T00:00:00.000Z' });
    const mineAnswered = summary({
      id: 'answered',
      mayAnswer: [],
      providerAnswer: accepted,
      state: 'accepted',
    });
    const groups = groupPipeline(pipeline([], [late, soon, mineAnswered]));
    expect(groups.waitingForMe.map((e) => e.introduction.id)).toEqual(['soon', 'late']);
    expect(groups.waitingForOther.map((e) => e.introduction.id)).toEqual(['answered']);
    expect(groups.waitingForMe[0]?.sides).toEqual(['provider']);
  });

  it('lists finished ones by latest news first', () => {
    const a = summary({ id: 'a', state: 'agreed', agreedAt: '2026-03-05T00:00:00.000Z' });
    const b = summary({ id: 'b', state: 'agreed', agreedAt: '2026-03-09T00:00:00.000Z' });
    const c = summary({ id: 'c', state: 'declined', updatedAt: '2026-03-02T00:00:00.000Z' });
    const d = summary({ id: 'd', state: 'expired', updatedAt: '2026-04-02T00:00:00.000Z' });
    const groups = groupPipeline(pipeline([a, b, c, d], []));
    expect(groups.agreed.map((e) => e.introduction.id)).toEqual(['b', 'a']);
    expect(groups.closed.map((e) => e.introduction.id)).toEqual(['d', 'c']);
  });

  it('lists an introduction between two of my organisations once, with both sides', () => {
    const both = summary({ id: 'both' });
    const groups = groupPipeline(pipeline([both], [both]));
    const all = Object.values(groups).flat();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ sides: ['seeker', 'provider'], group: 'waitingForMe' });
  });

  it('gives every group, empty where there is nothing', () => {
    expect(groupPipeline(pipeline([], []))).toEqual({
      waitingForMe: [],
      waitingForOther: [],
      agreed: [],
      closed: [],
    });
  });
});

describe('parties', () => {
  it('names the other side from mine', () => {
    const i = summary();
    expect(otherParty({ introduction: i, sides: ['seeker'] }).id).toBe('p1');
    expect(otherParty({ introduction: i, sides: ['provider'] }).id).toBe('s1');
    expect(otherParty({ introduction: i, sides: ['seeker', 'provider'] }).id).toBe('p1');
  });

  it('shows the acronym beside the name unless it is the name', () => {
    expect(partyName({ name: 'Ministry', acronym: 'MSP' })).toBe('Ministry (MSP)');
    expect(partyName({ name: 'GIZ', acronym: 'GIZ' })).toBe('GIZ');
    expect(partyName({ name: 'Ministry', acronym: null })).toBe('Ministry');
  });

  it('knows the proposing organisation only when a side proposed', () => {
    expect(proposerParty(summary())?.id).toBe('s1');
    expect(proposerParty(summary({ proposedAs: 'provider' }))?.id).toBe('p1');
    expect(proposerParty(summary({ proposedAs: 'broker' }))).toBeNull();
  });
});

describe('countsOf', () => {
  it('keeps the states with introductions, in workflow order', () => {
    expect(countsOf({ declined: 1, proposed: 2, agreed: 0, suggested: 0 })).toEqual([
      ['proposed', 2],
      ['declined', 1],
    ]);
    expect(countsOf({})).toEqual([]);
  });
});
