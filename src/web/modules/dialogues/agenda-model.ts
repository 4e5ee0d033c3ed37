import type { AgendaBody } from '../../../shared/contracts/dialogues.js';
import { SEGMENT_KINDS, type SegmentKind } from '../../../shared/dialogues/segment-kinds.js';
import { onlyFilled } from '../../components/forms/draft-model.js';
import { dateIn, timeIn } from './time-format.js';
import type { AgendaResult, Dialogue } from './types.js';

/**
 * The agenda as the planner edits it: rows in order (reordered by dragging or by the move
 * buttons), saved as the whole list in one request, each row's start shown on every site's clock.
 */

export interface SegmentDraft {
  /** A stable key for the row while it moves (its id once saved). */
  key: string;
  id: string | null;
  kind: SegmentKind;
  title: Record<string, string>;
  minutes: string;
  siteId: string;
  countryCode: string;
  speaker: string;
  moderator: string;
}

export const SEGMENT_KIND_OPTIONS: readonly SegmentKind[] = SEGMENT_KINDS;

let nextKey = 0;
// Unique across visits too: a restored draft may hold rows keyed by an earlier visit's counter.
const newKey = () => `new-${Math.random().toString(36).slice(2, 8)}-${++nextKey}`;

export const emptySegment = (kind: SegmentKind = 'presentation', minutes = '15'): SegmentDraft => ({
  key: newKey(),
  id: null,
  kind,
  title: {},
  minutes,
  siteId: '',
  countryCode: '',
  speaker: '',
  moderator: '',
});

export function segmentsOf(agenda: AgendaResult): SegmentDraft[] {
  return agenda.segments.map((s) => ({
    key: s.id,
    id: s.id,
    kind: s.kind,
    title: { ...s.title },
    minutes: String(s.minutes),
    siteId: s.siteId ?? '',
    countryCode: s.countryCode ?? '',
    speaker: s.speaker,
    moderator: s.moderator,
  }));
}

/**
 * What is sent: the rows in order and, from the editor, the revision of the saved agenda they
 * started from (a save since by someone else is then refused instead of replaced).
 */
export function agendaBodyOf(
  rows: readonly SegmentDraft[],
  languages: string[],
  baseRevision?: number,
): AgendaBody {
  return {
    ...(baseRevision === undefined ? {} : { baseRevision }),
    segments: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      kind: r.kind,
      title: onlyFilled(r.title, languages),
      minutes: /^\s*\d+\s*$/.test(r.minutes) ? Number(r.minutes) : Number.NaN,
      siteId: r.siteId || null,
      countryCode: r.countryCode || null,
      speaker: r.speaker.trim(),
      moderator: r.moderator.trim(),
    })),
  };
}

/** The agenda under edit, as kept on this device: its rows and the revision they started from. */
export interface AgendaDraft {
  rows: SegmentDraft[];
  base: number;
}

export const openAgenda = (agenda: AgendaResult): AgendaDraft => ({
  rows: segmentsOf(agenda),
  base: agenda.revision,
});

/** True when two lists of rows would send the same agenda. */
export const sameRows = (a: readonly SegmentDraft[], b: readonly SegmentDraft[], languages: string[]) =>
  JSON.stringify(agendaBodyOf(a, languages)) === JSON.stringify(agendaBodyOf(b, languages));

/**
 * Whether a draft restored from an earlier visit started from an older agenda than the one now
 * saved, and differs from it: someone else saved meanwhile, and the user chooses whose continues
 * before going on (a draft that matches the saved agenda simply continues).
 */
export function restoredIsStale(kept: AgendaDraft, saved: AgendaResult, languages: string[]): boolean {
  return kept.base !== saved.revision && !sameRows(kept.rows, segmentsOf(saved), languages);
}

/** Whole minutes of a row, 0 while it is being typed. */
const minutesOf = (r: SegmentDraft) => (/^\s*\d+\s*$/.test(r.minutes) ? Number(r.minutes) : 0);

/** What the rows add up to against the dialogue's length (negative remaining: too long). */
export function agendaTotals(rows: readonly SegmentDraft[], durationMinutes: number) {
  const total = rows.reduce((sum, r) => sum + minutesOf(r), 0);
  return { total, remaining: durationMinutes - total, tooLong: total > durationMinutes };
}

/** Minutes from the dialogue's start to each row's start, the rows laid end to end. */
export function startOffsets(rows: readonly SegmentDraft[]): number[] {
  let at = 0;
  return rows.map((r) => {
    const start = at;
    at += minutesOf(r);
    return start;
  });
}

export interface LocalStart {
  siteId: string;
  time: string;
  /** Days after the site's local date of the dialogue's start (a segment past its midnight). */
  dayShift: number;
}

/**
 * Each row's start on every site's clock, from the dialogue's start: follows the rows as they
 * are reordered, before they are saved. Empty while the dialogue has no start.
 */
export function localStarts(
  rows: readonly SegmentDraft[],
  d: Pick<Dialogue, 'startsAt' | 'sites'>,
  locale: string,
): LocalStart[][] {
  if (!d.startsAt) return rows.map(() => []);
  const start = Date.parse(d.startsAt);
  const firstDay = new Map(d.sites.map((s) => [s.id, dateIn(start, s.timeZone)]));
  return startOffsets(rows).map((offset) => {
    const at = start + offset * 60_000;
    return d.sites.map((s) => {
      const day = dateIn(at, s.timeZone);
      const shift = (Date.parse(day) - Date.parse(firstDay.get(s.id) ?? day)) / 86_400_000;
      return { siteId: s.id, time: timeIn(at, s.timeZone, locale), dayShift: shift };
    });
  });
}
