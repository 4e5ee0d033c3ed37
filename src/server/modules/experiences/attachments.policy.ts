import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { ExperienceFacts } from './attachments.repository.js';

const scope = (e: ExperienceFacts) => ({ organisationId: e.organisationId, countryCode: e.countryCode });

/**
 * Who may change an experience (and so its attachments): its author, the administrators and
 * editors of its organisation, platform administrators.
 */
export function canEditExperience(actor: Actor, e: ExperienceFacts): boolean {
  if (!actor.userId) return false;
  return e.authorId === actor.userId || roleAllows(actor, 'experience.edit', scope(e));
}

/**
 * Who sees an experience (and so its attachments): anyone once it is published; otherwise
 * those who may change it, and its reviewers (brokers, the coordinator of the organisation's
 * country, platform administrators) while it is in review. Everyone else gets a 404.
 */
export function canSeeExperience(actor: Actor, e: ExperienceFacts): boolean {
  if (e.status === 'published') return true;
  if (canEditExperience(actor, e)) return true;
  return e.status === 'in_review' && roleAllows(actor, 'experience.review', scope(e));
}
