import type { CancelBody, ScheduleBody } from '../../../shared/contracts/dialogue-calendar.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { loadCalendarData } from './calendar-text.js';
import { type DialogueRecord, findDialogue, findSites, updateDialogue } from './dialogues.repository.js';
import { lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { holdingOlder, queueInvitations } from './invitations.service.js';
import { findParticipants } from './participants.repository.js';
import { startOf } from './planning.service.js';

/**
 * Fixing a dialogue's start, and calling it off. The calendar UID stays; the SEQUENCE rises when
 * a start that may already sit in calendars moves, and when the dialogue is cancelled or
 * restored, so calendar programs replace what they hold. Scheduling again restores a cancelled
 * dialogue. Held and summarised dialogues keep their date.
 */

const stateOf = (r: DialogueRecord) => ({
  status: r.status,
  startsAt: r.starts_at ? new Date(r.starts_at).toISOString() : null,
  cancelledAt: r.cancelled_at ? new Date(r.cancelled_at).toISOString() : null,
  sequence: r.ics_sequence,
});

/** The dialogue locked for the rest of the transaction, if the caller convenes it and it is not past. */
async function lockedForSchedule(ex: Executor, ctx: RequestContext, id: string) {
  const row = await lockedToConvene(ex, ctx.actor, id);
  if (row.status === 'held' || row.status === 'summarised')
    throw conflict('errors:dialogues.heldNoReschedule', 'status');
  return row;
}

/** Sets the start (an instant, or a local time in a zone; a time in a DST gap is refused). */
export async function scheduleDialogue(deps: AppDeps, ctx: RequestContext, id: string, b: ScheduleBody) {
  const start = new Date(startOf(b));
  await deps.db.transaction().execute(async (trx) => {
    const before = await lockedForSchedule(trx, ctx, id);
    if ((await findSites(trx, id)).length === 0) throw badRequest('errors:dialogues.noSites', 'sites');
    const moved = before.starts_at !== null && new Date(before.starts_at).getTime() !== start.getTime();
    // Calendars may hold the old start, or the cancellation: they must take the new entry.
    const raise = moved || before.cancelled_at !== null;
    const sequence = before.ics_sequence + (raise ? 1 : 0);
    await updateDialogue(
      trx,
      id,
      { starts_at: start, status: 'scheduled', cancelled_at: null, ics_sequence: sequence },
      deps.clock.now(),
    );
    const after = (await findDialogue(trx, id))!;
    await auditDialogueChange(trx, ctx, after, 'dialogue.schedule', {
      before: stateOf(before),
      after: stateOf(after),
    });
    if (b.notify && raise) {
      const d = await loadCalendarData(trx, after);
      const people = holdingOlder(await findParticipants(trx, id), sequence);
      await queueInvitations(
        trx,
        deps,
        d,
        people.map((p) => ({ p, kind: 'update' as const })),
        { by: ctx.actor.userId },
      );
    }
  });
  void deps.mailer.flush().catch(() => undefined);
}

/** Calls the dialogue off; with `notify`, those invited get the cancellation (METHOD:CANCEL). */
export async function cancelDialogue(deps: AppDeps, ctx: RequestContext, id: string, b: CancelBody) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await lockedForSchedule(trx, ctx, id);
    if (before.starts_at === null) throw conflict('errors:dialogues.notScheduled', 'startsAt');
    if (before.cancelled_at !== null) throw conflict('errors:dialogues.alreadyCancelled', 'cancelledAt');
    const sequence = before.ics_sequence + 1;
    await updateDialogue(
      trx,
      id,
      { cancelled_at: deps.clock.now(), ics_sequence: sequence },
      deps.clock.now(),
    );
    const after = (await findDialogue(trx, id))!;
    await auditDialogueChange(trx, ctx, after, 'dialogue.cancel', {
      before: stateOf(before),
      after: { ...stateOf(after), reason: b.reason },
    });
    if (b.notify) {
      const d = await loadCalendarData(trx, after);
      // Everyone who holds the entry, whatever its SEQUENCE.
      const people = holdingOlder(await findParticipants(trx, id), sequence);
      await queueInvitations(
        trx,
        deps,
        d,
        people.map((p) => ({ p, kind: 'cancel' as const })),
        { reason: b.reason, by: ctx.actor.userId },
      );
    }
  });
  void deps.mailer.flush().catch(() => undefined);
}
