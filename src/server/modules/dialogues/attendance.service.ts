import type { AttendanceBody, DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import type { DialogueRecord } from './dialogues.repository.js';
import * as repo from './dialogues.repository.js';
import { lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { toSummary } from './summary.presenter.js';
import * as summary from './summary.repository.js';
import { loadSummary } from './summary.service.js';

/**
 * Attendance: how many came to each site and which participants attended. It is recorded once
 * the dialogue has begun, and recording it marks a scheduled dialogue held (so its summary can be
 * published). Sites and participants left out of the request keep what they had.
 */

/** Refuses attendance for a dialogue that has not taken place (409, saying why). */
function checkHasTakenPlace(row: DialogueRecord, now: Date) {
  if (row.cancelled_at) throw conflict('errors:dialogues.attendanceCancelled');
  if (row.status === 'planning' || !row.starts_at) throw conflict('errors:dialogues.attendanceNotScheduled');
  const start = new Date(row.starts_at);
  if (start > now)
    throw conflict('errors:dialogues.attendanceBeforeStart', undefined, {
      start: start.toISOString().slice(0, 16).replace('T', ' '),
    });
}

/** Refuses, naming the field, an id that is not among `known` or is listed twice. */
function checkListed(
  ids: readonly string[],
  known: ReadonlySet<string>,
  field: (n: number) => string,
  keys: { unknown: 'noSuchSite' | 'noSuchParticipant'; twice: 'duplicateSite' | 'duplicateParticipant' },
) {
  const seen = new Set<string>();
  ids.forEach((id, n) => {
    if (!known.has(id)) throw badRequest(`errors:dialogues.${keys.unknown}`, field(n));
    if (seen.has(id)) throw badRequest(`errors:dialogues.${keys.twice}`, field(n));
    seen.add(id);
  });
}

/** Records attendance per site and per participant; returns the summary with its attendance. */
export async function putAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  b: AttendanceBody,
): Promise<DialogueSummaryResult> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedToConvene(trx, ctx.actor, id);
    checkHasTakenPlace(row, deps.clock.now());
    const sites = await summary.siteAttendance(trx, id);
    const people = await summary.participantAttendance(trx, id);
    checkListed(
      b.sites.map((s) => s.siteId),
      new Set(sites.map((s) => s.id)),
      (n) => `sites.${n}.siteId`,
      { unknown: 'noSuchSite', twice: 'duplicateSite' },
    );
    checkListed(
      b.participants.map((p) => p.id),
      new Set(people.map((p) => p.id)),
      (n) => `participants.${n}.id`,
      { unknown: 'noSuchParticipant', twice: 'duplicateParticipant' },
    );
    for (const s of b.sites) await summary.setSiteAttendees(trx, s.siteId, s.attendees);
    for (const p of b.participants) await summary.setAttended(trx, p.id, p.attended);
    const held = row.status === 'scheduled';
    await repo.updateDialogue(trx, id, held ? { status: 'held' } : {}, deps.clock.now());
    const listed = new Set([...b.sites.map((s) => s.siteId), ...b.participants.map((p) => p.id)]);
    await auditDialogueChange(trx, ctx, row, 'dialogue.attendance', {
      before: {
        status: row.status,
        sites: sites.filter((s) => listed.has(s.id)).map((s) => ({ siteId: s.id, attendees: s.attendees })),
        participants: people.filter((p) => listed.has(p.id)),
      },
      after: { ...b, status: held ? 'held' : row.status },
    });
    const after = (await repo.findDialogue(trx, id))!;
    return toSummary(await loadSummary(trx, after), ctx.locale);
  });
}
