/**
 * The baseline: the slot finder as one would first write it, asking luxon for every site at every
 * start (and the end) instead of precomputing each zone's offset changes. Same rules, same
 * weights (`minuteWeight`), discomfort summed minute by minute on the wall clock; kept small so
 * that it is easy to believe.
 */
import { DateTime } from 'luxon';
import {
  fairnessWeights,
  minuteWeight,
  preferredHours,
  type SlotQuery,
} from '../../src/shared/dialogues/index.js';

export interface NaiveCandidate {
  startMs: number;
  score: number;
  sites: { siteId: string; date: string; start: string; end: string; discomfort: number }[];
}

/** Wall-clock discomfort of [s, e) at a zone, one minute at a time (each minute on its own offset). */
function discomfort(
  zone: string,
  hours: ReturnType<typeof preferredHours>,
  s: number,
  e: number,
  startOffset: number,
  endOffset: number,
) {
  let total = 0;
  let offset = startOffset;
  for (let t = s; t < e; t += 60_000) {
    // Only when the offsets at the ends differ does a minute need its own look-up.
    if (startOffset !== endOffset) offset = DateTime.fromMillis(t, { zone }).offset;
    const wall = Math.floor((t + offset * 60_000) / 60_000);
    total += minuteWeight(hours, ((wall % 1440) + 1440) % 1440);
  }
  return total;
}

export function naiveFindSlots(q: SlotQuery & { window: { from: string; to: string } }): NaiveCandidate[] {
  const durMs = q.durationMinutes * 60_000;
  const stepMs = (q.stepMinutes ?? 15) * 60_000;
  const weights = fairnessWeights(
    q.sites.map((s) => s.id),
    q.fairness,
  );
  const sites = q.sites.map((s) => ({
    ...s,
    hours: preferredHours(s.preferredFrom, s.preferredTo),
    workWeek: new Set<number>(s.workWeek ?? [1, 2, 3, 4, 5]),
    holidays: new Set(s.holidays ?? []),
  }));
  const out: NaiveCandidate[] = [];
  const to = Date.parse(q.window.to);
  for (let s = Math.ceil(Date.parse(q.window.from) / stepMs) * stepMs; s + durMs <= to; s += stepMs) {
    const rows = [];
    let score = 0;
    for (const [i, site] of sites.entries()) {
      const start = DateTime.fromMillis(s, { zone: site.zone });
      const end = DateTime.fromMillis(s + durMs, { zone: site.zone });
      const last = DateTime.fromMillis(s + durMs - 60_000, { zone: site.zone });
      const closed = [start, last].some(
        (d) => !site.workWeek.has(d.weekday) || site.holidays.has(d.toISODate()!),
      );
      if (closed) break;
      const d = discomfort(site.zone, site.hours, s, s + durMs, start.offset, end.offset);
      score += weights[i]! * d;
      rows.push({
        siteId: site.id,
        date: start.toISODate()!,
        start: start.toFormat('HH:mm'),
        end: end.toFormat('HH:mm'),
        discomfort: d,
      });
    }
    if (rows.length === sites.length) out.push({ startMs: s, score, sites: rows });
  }
  out.sort((a, b) => a.score - b.score || a.startMs - b.startMs);
  return q.limit === undefined ? out.slice(0, 20) : out.slice(0, q.limit);
}
