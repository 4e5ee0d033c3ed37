/**
 * Agenda timing: segments laid end to end from the dialogue's start (or at their own start
 * offset), each with its UTC instants and its start on every site's clock, plus the problems a
 * planner must see (too long, empty segments, overlaps). Problems are reported, never thrown, so
 * an agenda being edited is never lost.
 */
import { DAY_MINUTES, type Instant, type IsoWeekday, isoUtc, MINUTE_MS, toEpochMs } from './civil.js';
import { DialogueTimeError } from './errors.js';
import { SEGMENT_KINDS, type SegmentKind } from './segment-kinds.js';
import { toLocal } from './zones.js';

export { SEGMENT_KINDS, type SegmentKind };

/** The fields timing needs; callers' segments carry more (title, speaker, site, moderator). */
export interface AgendaSegment {
  id: string;
  kind: SegmentKind;
  /** Length in whole minutes. */
  minutes: number;
  /** Minutes after the dialogue's start; absent: right after the previous segment. */
  startOffsetMinutes?: number | null;
}

export type AgendaProblem =
  /** The agenda ends `overMinutes` after the dialogue does. */
  | { code: 'too_long'; overMinutes: number; endOffsetMinutes: number; durationMinutes: number }
  /** Zero, negative or not a whole number of minutes. */
  | { code: 'invalid_length'; segmentId: string; minutes: number }
  /** Starts `minutes` before the end of `withSegmentId`. */
  | { code: 'overlap'; segmentId: string; withSegmentId: string; minutes: number }
  | { code: 'starts_before_dialogue'; segmentId: string; startOffsetMinutes: number }
  | { code: 'duplicate_id'; segmentId: string };

/** A segment's start on one site's clock. */
export interface SiteStart {
  siteId: string;
  date: string;
  time: string;
  weekday: IsoWeekday;
}

export interface TimedSegment<S> {
  segment: S;
  startOffsetMinutes: number;
  endOffsetMinutes: number;
  startUtc: string;
  endUtc: string;
  /** In the order of the sites given. */
  local: SiteStart[];
}

export interface AgendaTiming<S> {
  segments: TimedSegment<S>[];
  /** Sum of the segments' lengths. */
  totalMinutes: number;
  /** Where the last segment ends, minutes after the start. */
  endOffsetMinutes: number;
  /** Dialogue length minus `endOffsetMinutes` (negative when over). */
  remainingMinutes: number;
  problems: AgendaProblem[];
}

const validLength = (m: number) => Number.isInteger(m) && m > 0;
const hasStart = (s: AgendaSegment): s is AgendaSegment & { startOffsetMinutes: number } =>
  typeof s.startOffsetMinutes === 'number' && Number.isFinite(s.startOffsetMinutes);

/** Start and end offsets of each segment; an invalid length counts as 0 so the rest stays in place. */
function layout(segments: readonly AgendaSegment[]) {
  let cursor = 0;
  return segments.map((s) => {
    const start = hasStart(s) ? s.startOffsetMinutes : cursor;
    const end = start + (validLength(s.minutes) ? s.minutes : 0);
    cursor = end;
    return { start, end };
  });
}

/** The problems of an agenda for a dialogue of `durationMinutes` (no zones needed: use on save). */
export function checkAgenda(segments: readonly AgendaSegment[], durationMinutes: number): AgendaProblem[] {
  const problems: AgendaProblem[] = [];
  const spans = layout(segments);
  const seen = new Set<string>();
  segments.forEach((s, i) => {
    if (seen.has(s.id)) problems.push({ code: 'duplicate_id', segmentId: s.id });
    seen.add(s.id);
    if (!validLength(s.minutes))
      problems.push({ code: 'invalid_length', segmentId: s.id, minutes: s.minutes });
    if (spans[i]!.start < 0)
      problems.push({ code: 'starts_before_dialogue', segmentId: s.id, startOffsetMinutes: spans[i]!.start });
  });
  // Sweep in start order (stable: ties keep the list's order) against the latest end so far.
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  let latest = -1;
  for (const i of order) {
    const { start, end } = spans[i]!;
    if (latest >= 0 && start < spans[latest]!.end && end > start)
      problems.push({
        code: 'overlap',
        segmentId: segments[i]!.id,
        withSegmentId: segments[latest]!.id,
        minutes: Math.min(end, spans[latest]!.end) - start,
      });
    if (latest < 0 || end > spans[latest]!.end) latest = i;
  }
  const endOffset = Math.max(0, ...spans.map((s) => s.end));
  if (endOffset > durationMinutes)
    problems.push({
      code: 'too_long',
      overMinutes: endOffset - durationMinutes,
      endOffsetMinutes: endOffset,
      durationMinutes,
    });
  return problems;
}

/**
 * Times every segment of a dialogue starting at `start` and lasting `durationMinutes`, with each
 * segment's start on the clocks of `sites`.
 */
export function timeAgenda<S extends AgendaSegment>(
  segments: readonly S[],
  plan: { start: Instant; durationMinutes: number; sites?: readonly { id: string; zone: string }[] },
): AgendaTiming<S> {
  if (
    !Number.isInteger(plan.durationMinutes) ||
    plan.durationMinutes < 1 ||
    plan.durationMinutes > DAY_MINUTES
  )
    throw new DialogueTimeError(
      'invalid_duration',
      'durationMinutes must be a whole number from 1 to 1440',
      'durationMinutes',
    );
  const start = toEpochMs(plan.start, 'start');
  const sites = plan.sites ?? [];
  const spans = layout(segments);
  const timed = segments.map((segment, i) => {
    const span = spans[i]!;
    const at = start + span.start * MINUTE_MS;
    return {
      segment,
      startOffsetMinutes: span.start,
      endOffsetMinutes: span.end,
      startUtc: isoUtc(at),
      endUtc: isoUtc(start + span.end * MINUTE_MS),
      local: sites.map((site, j) => {
        const l = toLocal(at, site.zone, `sites[${j}].zone`);
        return { siteId: site.id, date: l.date, time: l.time, weekday: l.weekday };
      }),
    };
  });
  const endOffset = Math.max(0, ...spans.map((s) => s.end));
  return {
    segments: timed,
    totalMinutes: segments.reduce((sum, s) => sum + (validLength(s.minutes) ? s.minutes : 0), 0),
    endOffsetMinutes: endOffset,
    remainingMinutes: plan.durationMinutes - endOffset,
    problems: checkAgenda(segments, plan.durationMinutes),
  };
}

/**
 * A copy of `list` with the item at `from` moved to index `to` (drag to reorder). `to` is clamped
 * to the list; an index `from` outside the list returns an unchanged copy. Explicit start offsets
 * move with their segment: clear them if the agenda should flow again.
 */
export function moveSegment<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (!Number.isInteger(from) || from < 0 || from >= copy.length) return copy;
  const target = Math.min(Math.max(Number.isInteger(to) ? to : from, 0), copy.length - 1);
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item as T);
  return copy;
}
