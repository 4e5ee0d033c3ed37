import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { ExperienceStatus } from '../../db/schema.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** What the experience policy needs to know about one experience. */
export interface ExperienceFacts {
  organisationId: string;
  /** The country of the owning organisation (its coordinator reviews). */
  countryCode: string | null;
  authorId: string | null;
  status: ExperienceStatus;
  publishedVersion: number | null;
  hasPendingEdits: boolean;
  /** Submitted and waiting for a reviewer's decision (a first submission, or edits of a published one). */
  submitted: boolean;
}

/**
 * Waiting for review: a first submission (status in_review), or the edits of a published
 * experience (status stays published, so readers keep the published version meanwhile).
 */
export const awaitingReview = (f: ExperienceFacts) =>
  f.submitted && (f.status === 'in_review' || f.status === 'published');

const scope = (f: { organisationId: string; countryCode: string | null }) => ({
  organisationId: f.organisationId,
  countryCode: f.countryCode,
});

/** The author, while they still belong to the organisation the experience is filed under. */
const isAuthor = (actor: Actor, f: ExperienceFacts) =>
  !!actor.userId && actor.userId === f.authorId && !!actor.memberships[f.organisationId];

/**
 * Who does what with an experience:
 * - edit (the working copy, submit, verify, archive, restore): its author while a member of the
 *   organisation, the organisation's administrators and editors, platform administrators;
 * - review: brokers, the coordinator of the organisation's country, platform administrators —
 *   never the experience's own author;
 * - audit: the organisation's administrators and editors, its country's coordinator, administrators.
 */
export const experiencePolicy = definePolicy<
  ExperienceFacts,
  'experience.edit' | 'experience.review' | 'audit.read'
>(
  {
    'experience.edit': (actor, f) => isAuthor(actor, f) || roleAllows(actor, 'experience.edit', scope(f)),
    'experience.review': (actor, f) =>
      roleAllows(actor, 'experience.review', scope(f)) && !(actor.userId && actor.userId === f.authorId),
    'audit.read': (actor, f) => roleAllows(actor, 'audit.read', scope(f)),
  },
  { edit: 'experience.edit', review: 'experience.review', audit: 'audit.read' },
);

/** Whether the actor may add experiences to an organisation (its administrators, editors, members). */
export const canCreateIn = (actor: Actor, org: { id: string; countryCode: string | null }) =>
  roleAllows(actor, 'experience.create', { organisationId: org.id, countryCode: org.countryCode });

/** Whether the actor holds a reviewer's role for the organisation's country (authorship aside). */
export const isReviewerFor = (actor: Actor, f: ExperienceFacts) =>
  roleAllows(actor, 'experience.review', scope(f));

export const canEdit = (actor: Actor, f: ExperienceFacts) =>
  experiencePolicy.can(actor, 'experience.edit', f);

/**
 * Who sees the working copy (the draft, or the edits and new files waiting for the next version):
 * those who may edit it, and reviewers while it waits for their decision.
 */
export const seesWorkingCopy = (actor: Actor, f: ExperienceFacts) =>
  canEdit(actor, f) || (isReviewerFor(actor, f) && awaitingReview(f));

/**
 * Deleting: a draft never published may be deleted by its author and the organisation's
 * administrators (and platform administrators); once published, only platform administrators
 * delete (owners archive instead).
 */
export function canDelete(actor: Actor, f: ExperienceFacts): boolean {
  if (actor.isAdmin) return true;
  if (f.publishedVersion !== null) return false;
  return isAuthor(actor, f) || actor.memberships[f.organisationId] === 'org_admin';
}

/**
 * Whether the actor may read the experience at all (else it is "not found"): a published one
 * anyone; otherwise those who may edit it, and reviewers while it waits for review.
 */
export function canRead(actor: Actor, f: ExperienceFacts): boolean {
  if (f.status === 'published') return true;
  if (canEdit(actor, f)) return true;
  return f.status === 'in_review' && isReviewerFor(actor, f);
}

/** The abilities an Experience carries: what the caller may do with it now. */
export function experienceAbilities(actor: Actor, f: ExperienceFacts): Record<string, boolean> {
  const edit = canEdit(actor, f);
  const waiting = awaitingReview(f);
  const published = f.status === 'published';
  return {
    edit: edit && !waiting && (f.status === 'draft' || published),
    submit: edit && !waiting && (f.status === 'draft' || (published && f.hasPendingEdits)),
    review: waiting && experiencePolicy.can(actor, 'experience.review', f),
    archive: edit && published,
    restore: edit && f.status === 'archived',
    verify: edit && published,
    delete: canDelete(actor, f),
    audit: experiencePolicy.can(actor, 'audit.read', f),
  };
}
