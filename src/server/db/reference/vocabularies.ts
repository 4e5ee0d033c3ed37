// The product vocabularies as first seeded; administrators may edit them later, so the database,
// not this constant, is the source of truth once seeded.
import {
  ASSESSMENT_DIMENSION,
  COUNTRY_ROLE,
  KNOWLEDGE_MODE,
  SSC_MODALITY,
} from './vocabularies-cooperation.js';
import { ACTIVITY_TYPE, DELIVERY_MODE, INSTRUMENT } from './vocabularies-delivery.js';
import {
  CHALLENGE_AREA,
  INTERMEDIATE_OUTCOME,
  LIFECYCLE_STAGE,
  PARTICIPANT_ROLE,
} from './vocabularies-exchange.js';
import { REVIEW_CRITERION } from './vocabularies-review.js';
import type { VocabularyName, VocabularySeedItem } from './vocabulary-types.js';

export type { VocabularyName, VocabularySeedItem } from './vocabulary-types.js';
export { VOCABULARY_NAMES } from './vocabulary-types.js';

export const VOCABULARIES: Record<VocabularyName, VocabularySeedItem[]> = {
  ssc_modality: SSC_MODALITY,
  country_role: COUNTRY_ROLE,
  knowledge_mode: KNOWLEDGE_MODE,
  lifecycle_stage: LIFECYCLE_STAGE,
  participant_role: PARTICIPANT_ROLE,
  challenge_area: CHALLENGE_AREA,
  intermediate_outcome: INTERMEDIATE_OUTCOME,
  instrument: INSTRUMENT,
  activity_type: ACTIVITY_TYPE,
  delivery_mode: DELIVERY_MODE,
  assessment_dimension: ASSESSMENT_DIMENSION,
  review_criterion: REVIEW_CRITERION,
};
