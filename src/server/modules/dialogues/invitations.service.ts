import type { z } from 'zod';
import type {
  sendInvitationsBody,
  sendInvitationsResult,
} from '../../../shared/contracts/dialogue-calendar.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { assertScheduled, attendeeOf, inviteAddress, renderIcs } from './calendar.service.js';
import { issueCalendarLink } from './calendar-link.service.js';
import {
  type CalendarData,
  convenerOf,
  dialoguePageUrl,
  icsFileName,
  loadCalendarData,
  localWhen,
  publicIcsUrl,
  titleOf,
  venueText,
  wordingFor,
} from './calendar-text.js';
import { type InvitationKind, tellParticipants } from './dialogue-notifications.js';
import { lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { findParticipants, markInvited, type ParticipantRecord } from './participants.repository.js';

/**
 * Invitation e-mails: one message per participant with an address, in their account's language
 * (else the dialogue's), with their own .ics attached, queued in the outbox in the caller's
 * transaction (sent over SMTP when configured, kept in the outbox otherwise). Each participant's
 * `invited_sequence` records the SEQUENCE they hold, so updates go only to those behind.
 */

export interface InvitationExtras {
  /** Who sends it (told nothing in their own inbox). */
  by: string | null;
  /** The secret "add to calendar" link, when known (made with this batch). */
  link?: string | null;
  /** Why the dialogue was called off (cancellations). */
  reason?: string;
}

async function queueOne(
  ex: Executor,
  deps: AppDeps,
  d: CalendarData,
  p: ParticipantRecord,
  kind: InvitationKind,
  extras: InvitationExtras,
) {
  const locale = p.user_locale ?? d.row.default_locale;
  const w = wordingFor(deps.i18n, locale);
  const vars = {
    name: p.name,
    title: titleOf(d.row, locale),
    convener: convenerOf(d.row, locale),
    when: localWhen(w, new Date(d.row.starts_at!), p.site_zone),
    site: p.site_city,
  };
  const cancel = kind === 'cancel';
  const method = cancel ? 'CANCEL' : 'REQUEST';
  // Later batches cannot repeat the secret link (only its hash is kept); a public dialogue's
  // open calendar address does the same job for them.
  const link =
    extras.link ?? (d.row.visibility === 'public' ? publicIcsUrl(deps.config.PUBLIC_URL, d.row.id) : null);
  const parts = [
    w.t(`${kind}.intro`, vars),
    cancel && extras.reason ? w.t('cancel.reason', { reason: extras.reason }) : '',
    cancel ? '' : `${w.t('calendar.venues')}\n${venueText(w, d)}`,
    !cancel && p.site_connection.trim()
      ? `${w.t('calendar.connection')}\n  ${p.site_city}: ${p.site_connection}`
      : '',
    w.t(cancel ? 'cancel.attached' : 'attached'),
    !cancel && link ? w.t('link', { link }) : '',
    w.t('calendar.page', { link: dialoguePageUrl(deps.config.PUBLIC_URL, d.row.id) }),
    w.t('signature'),
  ];
  await deps.mailer.enqueue(ex, {
    kind: `dialogue_${kind}`,
    to: inviteAddress(p)!, // callers pass participants with an address
    subject: w.t(`${kind}.subject`, vars),
    text: parts.filter((x) => x.trim() !== '').join('\n\n'),
    attachments: [
      {
        filename: icsFileName(titleOf(d.row, d.row.default_locale)),
        contentType: `text/calendar; method=${method}; charset=utf-8`,
        content: renderIcs(deps, d, locale, method, attendeeOf(p)),
      },
    ],
  });
}

/**
 * Queues the dialogue's current calendar entry to each of `people` (all with an address) and
 * records that they hold its SEQUENCE. `kind` per person: a first invitation, an update, or the
 * cancellation. Those with an account also find the news in their inbox.
 */
export async function queueInvitations(
  ex: Executor,
  deps: AppDeps,
  d: CalendarData,
  people: readonly { p: ParticipantRecord; kind: InvitationKind }[],
  extras: InvitationExtras,
) {
  for (const { p, kind } of people) await queueOne(ex, deps, d, p, kind, extras);
  await tellParticipants(ex, deps, d, people, extras.by);
  await markInvited(
    ex,
    people.map(({ p }) => p.id),
    d.row.ics_sequence,
  );
}

/** Those invited before to an older SEQUENCE (who must get the change), with an address. */
export const holdingOlder = (all: readonly ParticipantRecord[], sequence: number) =>
  all.filter((p) => p.invited_sequence !== null && p.invited_sequence < sequence && inviteAddress(p));

type SendBody = z.infer<typeof sendInvitationsBody>;
type SendResult = z.infer<typeof sendInvitationsResult>;

/**
 * Sends the invitation to the listed participants (a resend even when up to date), or else to
 * everyone with an address who does not hold the current SEQUENCE. The first batch of a dialogue
 * without a secret link makes one, so the e-mails can carry it (only its hash is kept after);
 * later batches of a public dialogue carry its open calendar address instead.
 */
export async function sendInvitations(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  b: SendBody,
): Promise<SendResult> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const row = await lockedToConvene(trx, ctx.actor, id);
    assertScheduled(row);
    if (row.cancelled_at) throw conflict('errors:dialogues.invitationsCancelled', 'cancelledAt');
    const all = await findParticipants(trx, id);
    const byId = new Map(all.map((p) => [p.id, p]));
    b.participantIds?.forEach((pid, i) => {
      if (!byId.has(pid)) throw badRequest('errors:dialogues.noSuchParticipant', `participantIds.${i}`);
    });
    const explicit = b.participantIds !== undefined;
    const chosen = explicit ? [...new Set(b.participantIds)].map((pid) => byId.get(pid)!) : all;
    const seq = row.ics_sequence;
    const counts = { queued: 0, upToDate: 0, withoutEmail: 0, sequence: seq };
    const send: ParticipantRecord[] = [];
    for (const p of chosen) {
      if (!inviteAddress(p)) counts.withoutEmail++;
      else if (!explicit && p.invited_sequence === seq) counts.upToDate++;
      else send.push(p);
    }
    const link =
      send.length > 0 && row.calendar_token_hash === null ? await issueCalendarLink(trx, deps, id) : null;
    const d = await loadCalendarData(trx, row);
    await queueInvitations(
      trx,
      deps,
      d,
      send.map((p) => ({
        p,
        kind: p.invited_sequence !== null && p.invited_sequence < seq ? 'update' : 'invitation',
      })),
      { link, by: ctx.actor.userId },
    );
    counts.queued = send.length;
    await auditDialogueChange(trx, ctx, row, 'dialogue.invitations', {
      after: { sequence: seq, participantIds: send.map((p) => p.id), calendarLink: link !== null },
    });
    return { ...counts, calendarLink: link };
  });
  if (result.queued > 0) void deps.mailer.flush().catch(() => undefined);
  return result;
}
