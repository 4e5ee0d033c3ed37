import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { emailSchema, timeZoneSchema, uuidSchema } from './common.js';

/**
 * Dialogues, part 2 (issue 6): fixing the start, participants per site, and the invitations —
 * iCalendar (RFC 5545) files whose UID never changes and whose SEQUENCE rises with every change
 * of time or place and with the cancellation, sent by e-mail and offered as an "add to calendar"
 * link.
 */

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors:dialogues.time');
const localDate = z.iso.date('errors:dialogues.date');

/**
 * The start, as an instant or as a local date and time in a zone (what a convener reads off the
 * slot finder or types); a local time inside a daylight-saving gap is refused on `time`.
 */
export const scheduleBody = z
  .object({
    start: z.iso.datetime({ offset: true, message: 'errors:dialogues.instant' }).optional(),
    date: localDate.optional(),
    time: timeOfDay.optional(),
    zone: timeZoneSchema.optional(),
    notify: z
      .boolean()
      .default(true)
      .describe('E-mail the updated invitation to participants who hold an older one'),
  })
  .meta({ id: 'DialogueScheduleBody' });
export type ScheduleBody = z.infer<typeof scheduleBody>;

export const cancelBody = z
  .object({
    reason: z.string().trim().max(LIMITS.descriptionMax).default(''),
    notify: z.boolean().default(true).describe('E-mail the cancellation (METHOD:CANCEL) to those invited'),
  })
  .meta({ id: 'DialogueCancelBody' });
export type CancelBody = z.infer<typeof cancelBody>;

export const PARTICIPANT_ROLES = ['convener', 'moderator', 'speaker', 'participant'] as const;

export const participantBody = z
  .object({
    id: uuidSchema.optional().describe('A participant already listed; leave out for a new one'),
    siteId: uuidSchema.describe('One of the dialogue’s sites'),
    name: z.string().trim().min(1).max(200),
    email: emailSchema.nullable().default(null),
    userId: uuidSchema.nullable().default(null).describe('The participant’s account, if any'),
    role: z.enum(PARTICIPANT_ROLES, 'errors:dialogues.participantRole').default('participant'),
  })
  .meta({ id: 'DialogueParticipantBody' });

/** The whole list, as the agenda: one request keeps an edit atomic. */
export const participantsBody = z
  .object({ participants: z.array(participantBody).max(500) })
  .meta({ id: 'DialogueParticipantsBody' });
export type ParticipantsBody = z.infer<typeof participantsBody>;

export const participantSchema = z
  .object({
    id: z.string(),
    siteId: z.string(),
    name: z.string(),
    email: z
      .string()
      .nullable()
      .describe('Shown to the dialogue’s conveners and to the participant themself; null for others'),
    userId: z.string().nullable(),
    role: z.enum(PARTICIPANT_ROLES),
    attended: z.boolean().nullable(),
    invitedSequence: z.number().int().nullable().describe('SEQUENCE of the last invitation sent'),
  })
  .meta({ id: 'DialogueParticipant' });

export const participantListSchema = z
  .object({ items: z.array(participantSchema) })
  .meta({ id: 'DialogueParticipantList', description: 'By site, then name' });

export const sendInvitationsBody = z
  .object({
    participantIds: z
      .array(uuidSchema)
      .max(500)
      .optional()
      .describe('Only these; otherwise everyone with an address who holds an older invitation'),
  })
  .meta({ id: 'DialogueSendInvitations' });

export const sendInvitationsResult = z
  .object({
    queued: z.number().int().describe('Messages placed in the outbox (sent over SMTP when configured)'),
    upToDate: z.number().int().describe('Already hold the current SEQUENCE'),
    withoutEmail: z.number().int(),
    sequence: z.number().int(),
    calendarLink: z
      .string()
      .nullable()
      .describe(
        'The "add to calendar" link put in these e-mails when this request created it (shown once); null when the dialogue already had one',
      ),
  })
  .meta({ id: 'DialogueInvitationsSent' });

export const calendarLinkSchema = z
  .object({
    url: z.string().describe('Secret "add to calendar" address; shown once, a new one replaces it'),
  })
  .meta({ id: 'DialogueCalendarLink' });

/** A participant of a dialogue, for their own calendar file. */
export const participantParams = z.object({ id: uuidSchema, pid: uuidSchema });

export const calendarTokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'errors:dialogues.calendarToken'),
});
