import type { AgendaResult } from '../../../shared/contracts/dialogues.js';
import { timeAgenda } from '../../../shared/dialogues/index.js';
import type { SegmentRecord } from './agenda.repository.js';
import type { DialogueRecord, SiteRecord } from './dialogues.repository.js';
import { withTimeErrors } from './time-errors.js';

/** Epoch: a stand-in start for a dialogue still without one; only its offsets are shown. */
const NO_START = 0;

/**
 * The agenda timed from the dialogue's start: each segment's offsets and, once the dialogue has
 * a start, its UTC start and end and its start on every site's clock. Problems (too long …) are
 * carried as warnings; the agenda is kept as saved.
 */
export function toAgenda(row: DialogueRecord, sites: SiteRecord[], segments: SegmentRecord[]): AgendaResult {
  const start = row.starts_at ? new Date(row.starts_at).getTime() : null;
  const timing = withTimeErrors(() =>
    timeAgenda(segments, {
      start: start ?? NO_START,
      durationMinutes: row.duration_minutes,
      sites: start === null ? [] : sites.map((s) => ({ id: s.id, zone: s.time_zone })),
    }),
  );
  return {
    dialogueId: row.id,
    startsAt: start === null ? null : new Date(start).toISOString(),
    durationMinutes: row.duration_minutes,
    segments: timing.segments.map(({ segment: s, ...t }) => ({
      id: s.id,
      position: s.position,
      kind: s.kind,
      title: s.title,
      minutes: s.minutes,
      siteId: s.site_id,
      countryCode: s.country_code?.trim() ?? null,
      speaker: s.speaker,
      moderator: s.moderator,
      startOffsetMinutes: t.startOffsetMinutes,
      endOffsetMinutes: t.endOffsetMinutes,
      startUtc: start === null ? null : t.startUtc,
      endUtc: start === null ? null : t.endUtc,
      local: t.local,
    })),
    totalMinutes: timing.totalMinutes,
    endOffsetMinutes: timing.endOffsetMinutes,
    remainingMinutes: timing.remainingMinutes,
    problems: timing.problems,
    revision: row.agenda_revision,
  };
}

/** A stored segment as the request body names it (for the audit trail's `before`). */
export const segmentAsBody = (s: SegmentRecord) => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  minutes: s.minutes,
  siteId: s.site_id,
  countryCode: s.country_code?.trim() ?? null,
  speaker: s.speaker,
  moderator: s.moderator,
});
