// Kept apart from vocabularies.ts so the per-group data files can import the types without an
// import cycle through the module that assembles them.

export const VOCABULARY_NAMES = [
  'ssc_modality',
  'country_role',
  'knowledge_mode',
  'lifecycle_stage',
  'participant_role',
  'challenge_area',
  'intermediate_outcome',
  'instrument',
  'activity_type',
  'delivery_mode',
  'assessment_dimension',
  'review_criterion',
] as const;

export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

export interface VocabularySeedItem {
  /** Stable machine code, unique within its vocabulary; never translated. */
  code: string;
  label: { en: string; es: string; fr: string; pt?: string };
  definition: { en: string; es: string; fr: string };
  /** Code of a broader item in the same vocabulary. */
  parent?: string;
}
