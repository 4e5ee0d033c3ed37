import type { z } from 'zod';
import type { participantSchema } from '../../../shared/contracts/dialogue-calendar.js';
import type { Actor } from '../../../shared/permissions.js';
import type { ParticipantRecord } from './participants.repository.js';

type Participant = z.infer<typeof participantSchema>;

/**
 * A participant as the API shows it. Addresses are personal data entered by the conveners: only
 * they (who send the invitations) and the participant themself see one.
 */
export const toParticipant = (p: ParticipantRecord, actor: Actor, convener: boolean): Participant => ({
  id: p.id,
  siteId: p.site_id,
  name: p.name,
  email: convener || (p.user_id !== null && p.user_id === actor.userId) ? p.email : null,
  userId: p.user_id,
  role: p.role,
  attended: p.attended,
  invitedSequence: p.invited_sequence,
});

/** A stored participant as the request body names it (for the audit trail's `before`). */
export const participantAsBody = (p: ParticipantRecord) => ({
  id: p.id,
  siteId: p.site_id,
  name: p.name,
  email: p.email,
  userId: p.user_id,
  role: p.role,
});
