import type { ErrorKey } from '../../../shared/error-keys.js';
import { conflict } from '../../platform/http/errors.js';

/**
 * Two conveners may edit the same agenda or summary at once. A save that says which revision it
 * started from is refused (409, naming `baseRevision`, nothing saved) once another save came in
 * between: the editor keeps its edits and lets its user choose whose version continues. A save
 * without it (an API script) replaces the part as before. Called with the dialogue row locked,
 * so the revision read is the one the save will raise.
 */
export function checkBaseRevision(current: number, base: number | undefined, stale: ErrorKey): void {
  if (base !== undefined && base !== current) throw conflict(stale, 'baseRevision');
}
