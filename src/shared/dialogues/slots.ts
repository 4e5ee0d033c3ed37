/**
 * Slot finder: every start time on a grid within a window, each site's local day and hours, the
 * candidates that fall on a closed day anywhere left out, the rest ranked by the discomfort they
 * impose (see discomfort.ts), optionally weighted by each site's past burden in the series.
 *
 * Cost: the time-zone database is asked about once per site per day of the window (plus a few
 * dozen times per clock change); each site × start is then a handful of additions (12 sites × 4
 * weeks × 15-minute steps: a few milliseconds, see bench/dialogues).
 */
import {
  DAY_MINUTES,
  DAY_MS,
  formatDate,
  formatTime,
  type Instant,
  type IsoWeekday,
  isoUtc,
  MINUTE_MS,
  toEpochMs,
  weekdayOf,
} from './civil.js';
import { DialogueTimeError, type LocalPoint } from './errors.js';
import { type Fairness, fairnessWeights } from './fairness.js';
import { meetingSum, NON_WORK_DAY, type PreparedSite, prepareSites, type SlotSite } from './slot-sites.js';
import { offsetChanges, segmentAt } from './timeline.js';
import { localDaysWindow, wallClock } from './zones.js';

/**
 * The span searched: two instants, or whole local days in a reference zone (typically the
 * convener's), from the start of `fromDate` to the end of `toDate`. A meeting must start and end
 * inside it.
 */
export type SlotWindow = { from: Instant; to: Instant } | { fromDate: string; toDate: string; zone: string };

export interface SlotQuery {
  sites: readonly SlotSite[];
  /** 1–1440. */
  durationMinutes: number;
  window: SlotWindow;
  /** Grid of start times, counted from 00:00 UTC: 15 gives :00, :15, :30, :45 everywhere. Default 15. */
  stepMinutes?: number;
  fairness?: Fairness;
  /** How many candidates to return (default 20; `Infinity` for all). */
  limit?: number;
}

export type SiteSlotFlag =
  /** Some minutes fall outside the site's preferred hours. */
  | 'outside_hours'
  /** Some minutes fall between 00:00 and 05:00 (outside preferred hours). */
  | 'deep_night'
  /** The meeting's last minute is on the next local day. */
  | 'crosses_midnight'
  /** The site's clocks change during the meeting. */
  | 'offset_change';

/** One site's view of a candidate. */
export interface SiteSlot {
  siteId: string;
  /** Local date and weekday of the start. */
  date: string;
  weekday: IsoWeekday;
  /** Local wall-clock start and end, `HH:mm`. */
  start: string;
  end: string;
  /** Local date of the end instant (the next day for a meeting ending at 00:00). */
  endDate: string;
  offsetMinutes: number;
  endOffsetMinutes: number;
  /** Weighted minutes outside the preferred hours (discomfort.ts). */
  discomfort: number;
  /** Plain minutes outside the preferred hours. */
  outsideMinutes: number;
  /** The fairness weight applied to this site's discomfort (1 without fairness). */
  weight: number;
  flags: SiteSlotFlag[];
}

export interface SlotCandidate {
  startUtc: string;
  endUtc: string;
  /** Sum of the sites' discomfort. */
  discomfort: number;
  /** Sum of weight × discomfort: the ranking key (equals `discomfort` without fairness). */
  score: number;
  sites: SiteSlot[];
}

/** A clock change at a site inside the window, for the planner to point out. */
export interface ClockChange {
  siteId: string;
  utc: string;
  /** Wall clock just before the change and the reading it jumps to (02:00 → 03:00). */
  from: LocalPoint;
  to: LocalPoint;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
}

export interface SlotSearch {
  /** Best first: lowest score, then earliest start. */
  candidates: SlotCandidate[];
  window: { from: string; to: string };
  /** Start times tried, and those left after closed days. */
  considered: number;
  eligible: number;
  /** Start times each site closed (a start can be closed by several sites). */
  excludedBySite: Record<string, { nonWorkDay: number; holiday: number }>;
  clockChanges: ClockChange[];
}

export const MAX_WINDOW_DAYS = 366;
export const DEFAULT_STEP_MINUTES = 15;
export const DEFAULT_SLOT_LIMIT = 20;

function whole(
  value: number | undefined,
  min: number,
  max: number,
  code: 'invalid_duration' | 'invalid_step',
  field: string,
) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new DialogueTimeError(code, `${field} must be a whole number from ${min} to ${max}`, field);
  return value;
}

function windowMs(w: SlotWindow): { fromMs: number; toMs: number } {
  let fromMs: number;
  let toMs: number;
  if ('fromDate' in w) {
    const days = localDaysWindow(w.fromDate, w.toDate, w.zone, 'window.');
    fromMs = Date.parse(days.from);
    toMs = Date.parse(days.to);
  } else {
    fromMs = toEpochMs(w.from, 'window.from');
    toMs = toEpochMs(w.to, 'window.to');
  }
  if (!(toMs > fromMs))
    throw new DialogueTimeError('invalid_window', 'The window ends before it starts', 'window');
  if (toMs - fromMs > MAX_WINDOW_DAYS * DAY_MS)
    throw new DialogueTimeError(
      'window_too_long',
      `The window spans more than ${MAX_WINDOW_DAYS} days`,
      'window',
    );
  return { fromMs, toMs };
}

/** Candidate start times in a window, ranked by discomfort; closed days excluded. */
export function findSlots(query: SlotQuery): SlotSearch {
  const duration = whole(query.durationMinutes, 1, DAY_MINUTES, 'invalid_duration', 'durationMinutes');
  const step = whole(
    query.stepMinutes ?? DEFAULT_STEP_MINUTES,
    1,
    DAY_MINUTES,
    'invalid_step',
    'stepMinutes',
  );
  const limit = query.limit ?? DEFAULT_SLOT_LIMIT;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 1)))
    throw new DialogueTimeError('invalid_limit', 'limit must be a whole number from 1', 'limit');
  const { fromMs, toMs } = windowMs(query.window);
  const sites = prepareSites(query.sites, fromMs, toMs);
  const weights = fairnessWeights(
    sites.map((s) => s.id),
    query.fairness,
  );
  const durMs = duration * MINUTE_MS;
  const stepMs = step * MINUTE_MS;
  const first = Math.ceil(fromMs / stepMs) * stepMs;
  const count = first + durMs <= toMs ? Math.floor((toMs - durMs - first) / stepMs) + 1 : 0;

  const { scores, open, closed } = scoreStarts(sites, weights, { first, count, stepMs, durMs });

  const ranked: number[] = [];
  for (let c = 0; c < count; c++) if (open[c]) ranked.push(c);
  ranked.sort((a, b) => scores[a]! - scores[b]! || a - b);
  const candidates = ranked.slice(0, limit).map((c) => {
    const s = first + c * stepMs;
    const siteSlots = sites.map((site, i) => siteSlot(site, weights[i]!, s, s + durMs));
    return {
      startUtc: isoUtc(s),
      endUtc: isoUtc(s + durMs),
      discomfort: siteSlots.reduce((sum, x) => sum + x.discomfort, 0),
      score: scores[c]!,
      sites: siteSlots,
    };
  });
  return {
    candidates,
    window: { from: isoUtc(fromMs), to: isoUtc(toMs) },
    considered: count,
    eligible: ranked.length,
    excludedBySite: Object.fromEntries(sites.map((s, i) => [s.id, closed[i]!])),
    clockChanges: sites.flatMap(clockChangesOf),
  };
}

/**
 * The hot loop: for every start and site, the local day(s) from the site's offsets, closed days,
 * and the weighted discomfort. Sites' cursors only move forwards, as starts do.
 */
function scoreStarts(
  sites: readonly PreparedSite[],
  weights: readonly number[],
  grid: { first: number; count: number; stepMs: number; durMs: number },
) {
  const { first, count, stepMs, durMs } = grid;
  const scores = new Float64Array(count);
  const open = new Uint8Array(count);
  const closed = sites.map(() => ({ nonWorkDay: 0, holiday: 0 }));
  const cursor = new Int32Array(sites.length);
  for (let c = 0; c < count; c++) {
    const s = first + c * stepMs;
    const e = s + durMs;
    let isOpen = true;
    let score = 0;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i]!;
      const { starts, offsetsMs } = site.timeline;
      let k = cursor[i]!;
      while (k + 1 < starts.length && starts[k + 1]! <= s) k++;
      cursor[i] = k;
      const offset = offsetsMs[k]!;
      const changes = k + 1 < starts.length && starts[k + 1]! < e;
      const lastOffset = changes ? offsetsMs[segmentAt(site.timeline, e - MINUTE_MS)]! : offset;
      const day = Math.floor((s + offset) / DAY_MS);
      const lastDay = Math.floor((e - MINUTE_MS + lastOffset) / DAY_MS);
      const f1 = site.dayFlags[day - site.dayBase]!;
      const f2 = lastDay === day ? f1 : site.dayFlags[lastDay - site.dayBase]!;
      if (f1 || f2) {
        isOpen = false;
        if (f1 === NON_WORK_DAY || f2 === NON_WORK_DAY) closed[i]!.nonWorkDay++;
        else closed[i]!.holiday++;
      } else if (isOpen) {
        score += weights[i]! * meetingSum(site, site.table.weighted, s, e, k);
      }
    }
    if (isOpen) {
      open[c] = 1;
      scores[c] = score;
    }
  }

  return { scores, open, closed };
}

/** The detailed figures of one site for a meeting [s, e). */
function siteSlot(site: PreparedSite, weight: number, s: number, e: number): SiteSlot {
  const t = site.timeline;
  const k = segmentAt(t, s);
  const offset = t.offsetsMs[k]!;
  const endOffset = t.offsetsMs[segmentAt(t, e)]!;
  const lastOffset = t.offsetsMs[segmentAt(t, e - MINUTE_MS)]!;
  const start = wallClock(s, offset);
  const end = wallClock(e, endOffset);
  const lastDay = wallClock(e - MINUTE_MS, lastOffset).day;
  const discomfort = meetingSum(site, site.table.weighted, s, e, k);
  const outsideMinutes = meetingSum(site, site.table.outside, s, e, k);
  const flags: SiteSlotFlag[] = [];
  if (outsideMinutes > 0) flags.push('outside_hours');
  if (meetingSum(site, site.table.night, s, e, k) > 0) flags.push('deep_night');
  if (lastDay !== start.day) flags.push('crosses_midnight');
  if (k + 1 < t.starts.length && t.starts[k + 1]! < e) flags.push('offset_change');
  return {
    siteId: site.id,
    date: formatDate(start.day),
    weekday: weekdayOf(start.day),
    start: formatTime(start.minuteOfDay),
    end: formatTime(end.minuteOfDay),
    endDate: formatDate(end.day),
    offsetMinutes: offset / MINUTE_MS,
    endOffsetMinutes: endOffset / MINUTE_MS,
    discomfort,
    outsideMinutes,
    weight,
    flags,
  };
}

function clockChangesOf(site: PreparedSite): ClockChange[] {
  return offsetChanges(site.timeline).map((c) => {
    const before = wallClock(c.at, c.offsetBeforeMinutes * MINUTE_MS);
    const after = wallClock(c.at, c.offsetAfterMinutes * MINUTE_MS);
    return {
      siteId: site.id,
      utc: isoUtc(c.at),
      from: { date: formatDate(before.day), time: formatTime(before.minuteOfDay) },
      to: { date: formatDate(after.day), time: formatTime(after.minuteOfDay) },
      offsetBeforeMinutes: c.offsetBeforeMinutes,
      offsetAfterMinutes: c.offsetAfterMinutes,
    };
  });
}
