/**
 * The kinds of agenda segment. In a file of their own, without the time core, so the web app
 * can list them without downloading the time-zone library.
 */
export const SEGMENT_KINDS = [
  'welcome',
  'presentation',
  'qa',
  'discussion',
  'summary',
  'next_steps',
  'break',
  'other',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
