import { addDays, dateIn } from './time-format.js';
import type { SlotCandidate, SlotResult } from './types.js';

/** How the slot finder's answer is shown: each candidate's sites by local day, its flags, the clock changes. */

export type CandidateSite = SlotCandidate['sites'][number];

export interface CandidateDay {
  date: string;
  weekday: number;
  sites: CandidateSite[];
}

/**
 * A candidate's sites grouped by their local date of the start, earliest day first, each day's
 * sites in the dialogue's order: "Tue 28: Washington 09:00, Bogotá 08:00 · Wed 29: Jakarta 20:00".
 */
export function candidateDays(c: SlotCandidate): CandidateDay[] {
  const days = new Map<string, CandidateDay>();
  for (const s of c.sites) {
    const day = days.get(s.date) ?? { date: s.date, weekday: s.weekday, sites: [] };
    day.sites.push(s);
    days.set(s.date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Every flag any site of the candidate carries, each once, in a fixed order. */
export function candidateFlags(c: SlotCandidate): string[] {
  const order = ['deep_night', 'outside_hours', 'crosses_midnight', 'offset_change'];
  const all = new Set(c.sites.flatMap((s) => s.flags));
  return [...order.filter((f) => all.has(f)), ...[...all].filter((f) => !order.includes(f)).sort()];
}

/** The sites a clock change in the window concerns, with their cities, in time order. */
export function clockChangeNotes(result: SlotResult, cities: ReadonlyMap<string, string>) {
  return [...result.clockChanges]
    .sort((a, b) => a.utc.localeCompare(b.utc))
    .map((c) => ({ ...c, city: cities.get(c.siteId) ?? '' }));
}

/** The window proposed first: from tomorrow for four weeks, read in the convener's zone. */
export function defaultWindow(zone: string, now: number) {
  const today = dateIn(now, zone);
  return { fromDate: addDays(today, 1), toDate: addDays(today, 28) };
}
