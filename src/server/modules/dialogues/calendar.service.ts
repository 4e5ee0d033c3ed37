import type { RequestContext } from '../../platform/http/context.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { sha256 } from '../../platform/security/secrets.js';
import {
  type CalendarData,
  calendarTexts,
  convenerOf,
  icsFileName,
  loadCalendarData,
  titleOf,
  wordingFor,
} from './calendar-text.js';
import { type DialogueRecord, findDialogue } from './dialogues.repository.js';
import { dialogueToConvene, getDialogue } from './dialogues.service.js';
import { buildIcs, type IcsAttendee, type IcsMethod, mailAddress } from './ics.js';
import {
  dialogueIdByCalendarHash,
  findParticipants,
  type ParticipantRecord,
} from './participants.repository.js';

/**
 * A dialogue's calendar files: the plain download and the public link (METHOD:PUBLISH), and a
 * participant's own invitation (METHOD:REQUEST, or CANCEL once the dialogue is called off).
 */

export interface IcsFile {
  filename: string;
  body: string;
}

/** The address an invitation goes to: the one entered for the participant, else their account's. */
export const inviteAddress = (p: ParticipantRecord) => p.email ?? p.user_email ?? null;

/** A participant as an ATTENDEE, or null without an address to name them by. */
export function attendeeOf(p: ParticipantRecord): IcsAttendee | null {
  const email = inviteAddress(p);
  return email ? { name: p.name, email, chair: p.role === 'convener' || p.role === 'moderator' } : null;
}

/** Refuses (409) a calendar file for a dialogue without a start. */
export function assertScheduled(row: DialogueRecord): asserts row is DialogueRecord & { starts_at: Date } {
  if (!row.starts_at) throw conflict('errors:dialogues.notScheduled', 'startsAt');
}

/** The .ics text of a scheduled dialogue in one language, with one attendee or none. */
export function renderIcs(
  deps: AppDeps,
  d: CalendarData,
  locale: string,
  method: IcsMethod,
  attendee: IcsAttendee | null = null,
): string {
  const texts = calendarTexts(wordingFor(deps.i18n, locale), d, deps.config.PUBLIC_URL);
  return buildIcs({
    method,
    uid: d.row.ics_uid,
    sequence: d.row.ics_sequence,
    startMs: new Date(d.row.starts_at!).getTime(),
    durationMinutes: d.row.duration_minutes,
    ...texts,
    organizer: { name: convenerOf(d.row, locale), email: mailAddress(deps.config.MAIL_FROM) },
    attendees: attendee ? [attendee] : [],
    cancelled: d.row.cancelled_at !== null,
    stampMs: deps.clock.now().getTime(),
  });
}

async function publishFile(deps: AppDeps, row: DialogueRecord, locale: string): Promise<IcsFile> {
  assertScheduled(row);
  const d = await loadCalendarData(deps.db, row);
  return {
    filename: icsFileName(titleOf(row, row.default_locale)),
    body: renderIcs(deps, d, locale, 'PUBLISH'),
  };
}

/** The calendar entry of a dialogue the caller may see (404 unseen, 409 not scheduled yet). */
export async function dialogueCalendar(deps: AppDeps, ctx: RequestContext, id: string) {
  const { row } = await getDialogue(deps, ctx, id);
  return publishFile(deps, row, ctx.locale);
}

/** One participant's invitation file, addressed to them (conveners). */
export async function participantCalendar(deps: AppDeps, ctx: RequestContext, id: string, pid: string) {
  const row = await dialogueToConvene(deps.db, ctx.actor, id);
  const p = (await findParticipants(deps.db, id)).find((x) => x.id === pid);
  if (!p) throw notFound('errors:dialogues.participantNotFound');
  assertScheduled(row);
  const attendee = attendeeOf(p);
  // An invitation names its attendee; without an address the file is a plain entry.
  const method: IcsMethod = !attendee ? 'PUBLISH' : row.cancelled_at ? 'CANCEL' : 'REQUEST';
  const d = await loadCalendarData(deps.db, row);
  const locale = p.user_locale ?? row.default_locale;
  return {
    filename: icsFileName(titleOf(row, row.default_locale)),
    body: renderIcs(deps, d, locale, method, attendee),
  };
}

/**
 * The entry behind a public "add to calendar" link (no session: the secret is the permission),
 * in the dialogue's own language since calendar programs send none. Unknown or replaced → 404.
 */
export async function publicCalendar(deps: AppDeps, token: string) {
  const id = await dialogueIdByCalendarHash(deps.db, sha256(token));
  const row = id ? await findDialogue(deps.db, id) : undefined;
  if (!row) throw notFound('errors:dialogues.calendarLinkNotFound');
  return publishFile(deps, row, row.default_locale);
}
