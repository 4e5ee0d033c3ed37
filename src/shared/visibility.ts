/** Who may see a record: anyone, signed-in network members, or its organisation only. */
export const VISIBILITIES = ['public', 'network', 'organisation'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
