import type { Me } from '../../../shared/contracts/accounts.js';
import type { PARTICIPANT_ROLES } from '../../../shared/contracts/dialogue-calendar.js';
import type { DIALOGUE_FORMATS } from '../../../shared/contracts/dialogues.js';
import { ROLE_PERMISSIONS } from '../../../shared/permissions.js';

/**
 * The fixed choices of the dialogue forms. The web app takes contract types only (no Zod at run
 * time); the types keep the lists honest and the tests compare them with the contracts'.
 */
export const FORMAT_OPTIONS: readonly (typeof DIALOGUE_FORMATS)[number][] = ['video', 'hybrid', 'in_person'];
export const ROLE_OPTIONS: readonly (typeof PARTICIPANT_ROLES)[number][] = [
  'participant',
  'speaker',
  'moderator',
  'convener',
];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * The user's organisations they may convene dialogues for, from the shared role → permission
 * table (the server has the last word: brokers and administrators convene for any organisation).
 */
export function conveningOrganisations(memberships: Me['memberships']): { value: string; label: string }[] {
  return memberships
    .filter((m) => ROLE_PERMISSIONS[m.role].includes('dialogue.convene'))
    .map((m) => ({ value: m.organisationId, label: m.organisationName }));
}

/** A select's choices among time-zone names, worded as people read them ("America/New York"). */
export const zoneOptions = (zones: readonly string[]): { value: string; label: string }[] =>
  zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }));
