// Kept apart from editor-model.ts: the account menu (in every page's frame) needs only this.
/**
 * Whether to offer the review queue: the session's `experience.review` ability when the server
 * sends it; otherwise the roles that review (brokers, country coordinators, administrators). The
 * queue itself lists only what the server lets the user review.
 */
export function mayReview(
  user: { isAdmin: boolean; isBroker: boolean; coordinatorOf: readonly string[] } | null,
  can: (action: string) => boolean,
): boolean {
  if (!user) return false;
  return can('experience.review') || user.isAdmin || user.isBroker || user.coordinatorOf.length > 0;
}
