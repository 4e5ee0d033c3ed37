import { ApiError } from '../../api/client.js';

/**
 * The agenda and the summary each carry a revision that every save raises. The editors send back
 * the one they started from (`baseRevision`); when someone else saved in between, the server
 * refuses with a 409 naming that field and saves nothing, and the editor keeps its edits and lets
 * its user choose whose version continues.
 */

/** True when a save was refused because someone else saved the part after this editor loaded it. */
export const isStaleSave = (reason: unknown): reason is ApiError =>
  reason instanceof ApiError && reason.status === 409 && reason.field === 'baseRevision';

/**
 * The shared autosave keeps, beside the local copy, the text of the server copy it started from
 * and compares it for equality only (it was written for time stamps): a revision goes there as
 * its digits.
 */
export const revisionToken = (revision: number): string => String(revision);

/** The base revision a kept token stands for; none when there is no usable one. */
export function baseRevisionOf(token: string | null): { baseRevision?: number } {
  return token !== null && /^\d+$/.test(token) ? { baseRevision: Number(token) } : {};
}
