import type { IntroductionSide } from '../../../shared/contracts/introductions.js';
import type { Introduction } from './types.js';

/** One thing that happened to an introduction, in the order the page tells it. */
export type TimelineEvent =
  | { kind: 'suggested' | 'proposed'; at: string; by: Introduction['proposedAs'] }
  | {
      kind: 'answered';
      at: string;
      side: IntroductionSide;
      answer: 'accepted' | 'declined';
      reason: string | null;
    }
  | { kind: 'agreed'; at: string }
  | { kind: 'expired'; at: string }
  | { kind: 'feedback'; at: string; side: IntroductionSide; usefulness: number; comment: string };

type Source = Pick<
  Introduction,
  | 'state'
  | 'proposedAs'
  | 'createdAt'
  | 'seekerAnswer'
  | 'providerAnswer'
  | 'agreedAt'
  | 'expiresAt'
  | 'feedback'
>;

// Same instant: the story still reads in workflow order (proposed, answered, agreed, feedback).
const RANK: Record<TimelineEvent['kind'], number> = {
  suggested: 0,
  proposed: 0,
  answered: 1,
  agreed: 2,
  expired: 2,
  feedback: 3,
};

/**
 * The introduction's history from the fields the API returns: who proposed and when, each side's
 * answer (with its reason), agreement or expiry, and feedback. The proposer's own side accepts by
 * proposing; that acceptance is part of the proposal and not told twice.
 */
export function buildTimeline(i: Source): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { kind: i.state === 'suggested' ? 'suggested' : 'proposed', at: i.createdAt, by: i.proposedAs },
  ];
  for (const side of ['seeker', 'provider'] as const) {
    const a = side === 'seeker' ? i.seekerAnswer : i.providerAnswer;
    if (!a.answer || !a.answeredAt) continue;
    if (i.proposedAs === side && a.answer === 'accepted' && a.answeredAt === i.createdAt) continue;
    events.push({ kind: 'answered', at: a.answeredAt, side, answer: a.answer, reason: a.reason || null });
  }
  if (i.state === 'agreed' && i.agreedAt) events.push({ kind: 'agreed', at: i.agreedAt });
  if (i.state === 'expired') events.push({ kind: 'expired', at: i.expiresAt });
  for (const f of i.feedback)
    events.push({
      kind: 'feedback',
      at: f.createdAt,
      side: f.side,
      usefulness: f.usefulness,
      comment: f.comment,
    });
  return events
    .map((e, index) => ({ e, index }))
    .sort(
      (a, b) =>
        Date.parse(a.e.at) - Date.parse(b.e.at) || RANK[a.e.kind] - RANK[b.e.kind] || a.index - b.index,
    )
    .map(({ e }) => e);
}
