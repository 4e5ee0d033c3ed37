// The closed lists of the experience document, apart from the Zod contract so the web pages that
// label them (and the shared rules) do not pull Zod into their chunks.

export const EXPERIENCE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export const PARTICIPANT_ROLES = [
  'provider',
  'recipient',
  'facilitator',
  'funder',
  'private_partner',
] as const;
export const TRANSLATION_STATUSES = ['original', 'machine', 'reviewed'] as const;
export const REVIEW_DECISIONS = ['approved', 'changes_requested'] as const;
/** The summary is short by design: a reader decides from it whether to read on. */
export const SUMMARY_MAX_WORDS = 200;
