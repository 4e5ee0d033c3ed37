import type { Dialogue, DialogueSummary } from './types.js';

/**
 * How the dialogue list is divided: upcoming (a start still ahead, soonest first), in planning
 * (no start yet), and past (held, summarised, ended or called off; latest first).
 */
export interface DialogueGroups<T> {
  upcoming: T[];
  planning: T[];
  past: T[];
}

type Listed = Pick<DialogueSummary, 'status' | 'startsAt' | 'durationMinutes' | 'cancelledAt'>;

const endOf = (d: Listed) => (d.startsAt ? Date.parse(d.startsAt) + d.durationMinutes * 60_000 : null);

export function groupDialogues<T extends Listed>(items: readonly T[], now: number): DialogueGroups<T> {
  const groups: DialogueGroups<T> = { upcoming: [], planning: [], past: [] };
  for (const d of items) {
    const end = endOf(d);
    if (d.cancelledAt || d.status === 'held' || d.status === 'summarised') groups.past.push(d);
    else if (end === null) groups.planning.push(d);
    else if (end >= now) groups.upcoming.push(d);
    else groups.past.push(d);
  }
  const start = (d: T) => (d.startsAt ? Date.parse(d.startsAt) : 0);
  groups.upcoming.sort((a, b) => start(a) - start(b));
  groups.past.sort((a, b) => start(b) - start(a));
  return groups;
}

/**
 * The convener's site: the one their organisation hosts, else the first listed (conveners list
 * their own site first). Its zone is the convener's when times are shown "for the convener".
 */
export function convenerSite(d: Pick<Dialogue, 'sites' | 'convenerOrganisation'>) {
  return d.sites.find((s) => s.organisationId === d.convenerOrganisation.id) ?? d.sites[0] ?? null;
}

/** The status to show: a called-off dialogue reads "cancelled" whatever its planning state. */
export const shownStatus = (d: Pick<DialogueSummary, 'status' | 'cancelledAt'>) =>
  d.cancelledAt ? 'cancelled' : d.status;
