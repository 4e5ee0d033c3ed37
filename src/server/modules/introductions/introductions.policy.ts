import type { IntroductionSide } from '../../../shared/contracts/introductions.js';
import {
  type Actor,
  ROLE_PERMISSIONS,
  type Role,
  roleAllows,
  rolesInScope,
  type Scope,
} from '../../../shared/permissions.js';

/**
 * Who may do what with an introduction. An introduction has two sides, each an organisation
 * (and its country): permissions are checked in the scope of the side concerned, so someone
 * of the seeker's organisation can never answer for the provider.
 */
export interface IntroductionFacts {
  state: string;
  seeker: Scope & { organisationId: string };
  provider: Scope & { organisationId: string };
  seekerAnswer: string | null;
  providerAnswer: string | null;
}

/** Roles that hold everywhere; a side's own roles are the others (organisation, country). */
const GLOBAL_ROLES: readonly Role[] = ['visitor', 'authenticated', 'platform_admin', 'broker'];

/**
 * Whether the actor may propose on behalf of the organisation in `scope` (its administrators and
 * editors, the coordinator of its country) — not merely as a broker or administrator.
 */
export function proposesFor(actor: Actor, scope: Scope): boolean {
  return rolesInScope(actor, scope).some(
    (r) => !GLOBAL_ROLES.includes(r) && ROLE_PERMISSIONS[r].includes('introduction.propose'),
  );
}

/** Brokers and platform administrators: the board, suggestions, any introduction. */
export const isBroker = (actor: Actor) => roleAllows(actor, 'introduction.broker');

export const sideScope = (f: IntroductionFacts, side: IntroductionSide) =>
  side === 'seeker' ? f.seeker : f.provider;

/** Whether the actor may answer (and agree terms, give feedback) for one side. */
export const answersFor = (actor: Actor, f: IntroductionFacts, side: IntroductionSide) =>
  roleAllows(actor, 'introduction.answer', sideScope(f, side));

/** The sides the actor may speak for. */
export const sidesOf = (actor: Actor, f: IntroductionFacts): IntroductionSide[] =>
  (['seeker', 'provider'] as const).filter((s) => answersFor(actor, f, s));

/**
 * Who may read an introduction: brokers; the members of either organisation and the coordinators
 * of their countries — but a suggestion not yet sent only brokers.
 */
export function canRead(actor: Actor, f: IntroductionFacts): boolean {
  if (isBroker(actor)) return true;
  if (f.state === 'suggested') return false;
  return (
    roleAllows(actor, 'record.read_private', f.seeker) || roleAllows(actor, 'record.read_private', f.provider)
  );
}

/** The contacts (names and e-mails of who answered) are for the two organisations and brokers. */
export function canSeeContacts(actor: Actor, f: IntroductionFacts): boolean {
  return (
    isBroker(actor) ||
    actor.memberships[f.seeker.organisationId] !== undefined ||
    actor.memberships[f.provider.organisationId] !== undefined
  );
}

const OPEN_FOR_ANSWERS = ['proposed', 'accepted'];

/** The caller's abilities on an introduction, for the UI. */
export function abilitiesOf(actor: Actor, f: IntroductionFacts) {
  const canAnswer = (side: IntroductionSide) =>
    OPEN_FOR_ANSWERS.includes(f.state) &&
    (side === 'seeker' ? f.seekerAnswer : f.providerAnswer) === null &&
    answersFor(actor, f, side);
  const agreed = f.state === 'agreed';
  return {
    answerAsSeeker: canAnswer('seeker'),
    answerAsProvider: canAnswer('provider'),
    send: f.state === 'suggested' && isBroker(actor),
    editTerms: agreed && sidesOf(actor, f).length > 0,
    giveFeedback: agreed && sidesOf(actor, f).length > 0,
    audit: roleAllows(actor, 'audit.read', f.seeker) || roleAllows(actor, 'audit.read', f.provider),
  };
}
