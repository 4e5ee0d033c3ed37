import type { z } from 'zod';
import type {
  participantListSchema,
  participantSchema,
  sendInvitationsResult,
} from '../../../shared/contracts/dialogue-calendar.js';
import type { dialogueSummarySchema, SlotResult } from '../../../shared/contracts/dialogues.js';

/** The API's dialogue shapes the lists and the planner read (contract types only: no Zod at run time). */
export type {
  AgendaResult,
  Dialogue,
  Series,
  SlotResult,
  VenueTableResult,
} from '../../../shared/contracts/dialogues.js';
export type DialogueSummary = z.infer<typeof dialogueSummarySchema>;
export type SlotCandidate = SlotResult['candidates'][number];
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantList = z.infer<typeof participantListSchema>;
export type InvitationsSent = z.infer<typeof sendInvitationsResult>;
