/**
 * A zone's UTC offsets over a span, as a short list of segments. Offsets change only at
 * transitions (daylight saving, a country changing its standard time), a few per year at most,
 * so once the transitions in a window are known every local time in it is plain arithmetic:
 * this is what lets the slot finder avoid asking the time-zone database per site per slot.
 */
import { DAY_MS, MINUTE_MS } from './civil.js';
import { findOffsetChange, zoneOf, zoneOffsetMs } from './zones.js';

/**
 * Offsets of `zone` over [from, to]: segment k starts at `starts[k]` (`starts[0]` is `from`) and
 * lasts until the next start; its offset is `offsetsMs[k]`.
 */
export interface OffsetTimeline {
  zone: string;
  from: number;
  to: number;
  starts: number[];
  offsetsMs: number[];
}

/**
 * Probes the offset once per `probeMs` (a day by default) and at `to`, and bisects to the second
 * wherever two probes differ. A zone that changes its offset and changes it back between two
 * probes would go unseen; no zone's rules have done that within a day.
 */
export function offsetTimeline(zone: string, from: number, to: number, probeMs = DAY_MS): OffsetTimeline {
  const z = zoneOf(zone);
  let known = from;
  let offset = zoneOffsetMs(z, from);
  const starts = [from];
  const offsetsMs = [offset];
  for (let probe = from + probeMs; ; probe += probeMs) {
    const at = Math.min(probe, to);
    const atOffset = zoneOffsetMs(z, at);
    // More than one change between two probes: find them one after the other.
    while (atOffset !== offset) {
      known = findOffsetChange(z, known, at);
      offset = zoneOffsetMs(z, known);
      starts.push(known);
      offsetsMs.push(offset);
    }
    known = at;
    if (at >= to) break;
  }
  return { zone, from, to, starts, offsetsMs };
}

/** Index of the segment holding `ms` (binary search; before `from` gives the first). */
export function segmentAt(t: OffsetTimeline, ms: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in milliseconds at `ms`, read from the timeline. */
export const timelineOffsetMs = (t: OffsetTimeline, ms: number) => t.offsetsMs[segmentAt(t, ms)]!;

/** The changes of a timeline: when, and the offsets (minutes) before and after. */
export function offsetChanges(t: OffsetTimeline) {
  return t.starts.slice(1).map((at, i) => ({
    at,
    offsetBeforeMinutes: t.offsetsMs[i]! / MINUTE_MS,
    offsetAfterMinutes: t.offsetsMs[i + 1]! / MINUTE_MS,
  }));
}
