import type { VocabularySeedItem } from './vocabulary-types.js';

/** One level's description, in the three complete languages. */
export type RubricText = VocabularySeedItem['definition'];

/**
 * The seeded rubric of the capacity self-assessment: for each dimension of the
 * `assessment_dimension` vocabulary, what levels 0 (nothing in place) to 4 (mature, sustained)
 * look like. Loaded by the reference sync into assessment_rubric_levels for levels nobody has
 * edited; administrators edit it afterwards, so the database is the source of truth once seeded.
 */
export const ASSESSMENT_RUBRIC: Record<
  string,
  readonly [RubricText, RubricText, RubricText, RubricText, RubricText]
> = {};
