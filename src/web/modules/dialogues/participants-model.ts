import type { ParticipantsBody } from '../../../shared/contracts/dialogue-calendar.js';
import type { ParticipantRole } from './choices.js';
import type { Participant } from './types.js';

/** The participants as the planner edits them: rows per site, saved as the whole list. */

export interface ParticipantDraft {
  key: string;
  id: string | null;
  siteId: string;
  name: string;
  email: string;
  role: ParticipantRole;
  /** Kept as the server has it: an account linked elsewhere stays linked. */
  userId: string | null;
}

let nextKey = 0;

export const emptyParticipant = (siteId: string): ParticipantDraft => ({
  key: `new-${Math.random().toString(36).slice(2, 8)}-${++nextKey}`,
  id: null,
  siteId,
  name: '',
  email: '',
  role: 'participant',
  userId: null,
});

export const participantDraftsOf = (items: readonly Participant[]): ParticipantDraft[] =>
  items.map((p) => ({
    key: p.id,
    id: p.id,
    siteId: p.siteId,
    name: p.name,
    email: p.email ?? '',
    role: p.role,
    userId: p.userId,
  }));

export function participantsBodyOf(rows: readonly ParticipantDraft[]): ParticipantsBody {
  return {
    participants: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      siteId: r.siteId,
      name: r.name.trim(),
      email: r.email.trim() || null,
      userId: r.userId,
      role: r.role,
    })),
  };
}

/** The rows of each site, in the sites' order, with each row's index in the whole list (for errors). */
export function rowsBySite(rows: readonly ParticipantDraft[], siteIds: readonly string[]) {
  return siteIds.map((siteId) => ({
    siteId,
    rows: rows.map((row, index) => ({ row, index })).filter(({ row }) => row.siteId === siteId),
  }));
}
