/**
 * What the header's unread count needs, kept apart from the inbox so the frame's chunk stays
 * small: the event the inbox fires after marking notifications read, and how often the count
 * may be asked again.
 */

/** Fired on `window` whenever notifications were marked read here, so the header asks at once. */
export const INBOX_CHANGED = 'kxhub:notifications';

export function announceInboxChange(): void {
  window.dispatchEvent(new CustomEvent(INBOX_CHANGED));
}

/**
 * Route changes and the window regaining focus ask again at most this often: cheap enough to
 * feel current, and never a stream of requests on a slow line when someone clicks around.
 */
export const UNREAD_MIN_GAP_MS = 15_000;

/** True when the count was never asked or was asked at least `gap` ms ago. */
export function isDue(lastAt: number | null, now: number, gap = UNREAD_MIN_GAP_MS): boolean {
  return lastAt === null || now - lastAt >= gap;
}

/** The badge's text: a long number would widen the header for nothing. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
