import type { Actor } from '../../../shared/permissions.js';
import type { ExperienceFacts } from './attachments.repository.js';
import { awaitingReview, canEdit, canRead, seesWorkingCopy } from './experiences.policy.js';

/**
 * The attachment rules are the experience's own (experiences.policy.ts), so that a file is never
 * more visible, nor more changeable, than the text it belongs to.
 */

/** Who may change an experience's files: whoever may edit the experience. */
export const canEditExperience = (actor: Actor, e: ExperienceFacts): boolean => canEdit(actor, e);

/** Who sees an experience (and so its published files); everyone else gets a 404. */
export const canSeeExperience = (actor: Actor, e: ExperienceFacts): boolean => canRead(actor, e);

/**
 * Who also sees the files added since the last publication: those who see the working copy
 * (its editors, and its reviewers while it waits for them, since they approve those files too).
 */
export const seesPendingFiles = (actor: Actor, e: ExperienceFacts): boolean => seesWorkingCopy(actor, e);

/** Files change with the text: not while a reviewer decides on it (they approve what they saw). */
export const frozenForReview = (e: ExperienceFacts): boolean => awaitingReview(e);
