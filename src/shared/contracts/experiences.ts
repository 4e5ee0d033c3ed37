import { z } from 'zod';
import { invalid } from '../error-keys.js';
import {
  EXPERIENCE_STATUSES,
  PARTICIPANT_ROLES,
  SUMMARY_MAX_WORDS,
  TRANSLATION_STATUSES,
} from '../experience-enums.js';
import { LIMITS } from '../limits.js';
import { LOCALES } from '../locales.js';
import {
  abilitiesSchema,
  localeMapSchema,
  localeSchema,
  pageQuerySchema,
  urlSchema,
  uuidSchema,
} from './common.js';

/**
 * An experience (case story) of South-South knowledge exchange, as one document: the working
 * copy (draft) and every published version share this shape. Every field has a default so a
 * draft may be incomplete; what a submission requires is checked by `submitProblems`
 * (src/shared/experience-rules.ts), not here.
 *
 * Codes are checked against the database when saved: instruments, activity types, delivery
 * mode, modality, knowledge modes, outcomes and assessment dimensions are vocabulary codes
 * (instrument, activity_type, delivery_mode, ssc_modality, knowledge_mode,
 * intermediate_outcome, assessment_dimension); sectors are IATI `Sector` (5-digit DAC) codes,
 * SDG targets `UNSDG-Targets` codes, countries ISO codes, currencies ISO 4217.
 */

const TEXT_MAX = 10_000;
const text = localeMapSchema(TEXT_MAX).default({});
const shortText = localeMapSchema(LIMITS.nameMax).default({});
const codes = (max: number) => z.array(z.string().max(64)).max(max).default([]);
const countryCode = z.string().regex(/^[A-Z]{2}$/, invalid('countryCode'));

// The closed lists live apart from Zod (experience-enums.ts); re-exported here under the same names.
export { EXPERIENCE_STATUSES, PARTICIPANT_ROLES, SUMMARY_MAX_WORDS, TRANSLATION_STATUSES };

export const experienceParticipantSchema = z.object({
  countryCode: countryCode.nullable().default(null),
  organisationId: uuidSchema.nullable().default(null).describe('An organisation of the directory'),
  name: shortText.describe('When the participant is not in the directory'),
  role: z.enum(PARTICIPANT_ROLES),
});

export const experienceLanguageSchema = z.object({
  locale: localeSchema,
  status: z.enum(TRANSLATION_STATUSES).describe('original: written in it; machine: unreviewed; reviewed'),
});

export const experienceDocumentSchema = z
  .object({
    title: shortText,
    summary: localeMapSchema(3000).default({}).describe(`At most ${SUMMARY_MAX_WORDS} words per language`),
    challenge: text.describe('The development challenge and its context'),
    approach: text.describe('What was done'),
    instruments: codes(20),
    activityTypes: codes(10),
    deliveryMode: z.string().max(64).nullable().default(null),
    durationMonths: z.number().int().min(0).max(600).nullable().default(null),
    participants: z.array(experienceParticipantSchema).max(50).default([]),
    results: text.describe('What changed, with evidence and figures'),
    didNotWork: text,
    lessons: text.describe('Lessons and conditions for replication or adaptation'),
    costs: z
      .object({
        amount: z.number().min(0).max(1e12).nullable().default(null),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .nullable()
          .default(null),
        paidBy: localeMapSchema(1000).default({}),
        note: localeMapSchema(2000).default({}),
      })
      .prefault({}),
    periodStart: z.number().int().min(1950).max(2100).nullable().default(null).describe('Year'),
    periodEnd: z.number().int().min(1950).max(2100).nullable().default(null).describe('Year'),
    sectors: codes(20),
    sdgTargets: codes(20),
    modality: z.string().max(64).nullable().default(null),
    knowledgeModes: codes(2),
    outcomes: codes(10),
    assessmentDimensions: codes(12).describe('Self-assessment dimensions this experience speaks to'),
    contact: z
      .object({
        name: z.string().trim().max(LIMITS.displayNameMax).default(''),
        email: z.email(invalid('email')).max(LIMITS.emailMax).nullable().default(null),
      })
      .prefault({})
      .describe('Shown to signed-in members only'),
    links: z
      .array(z.object({ url: urlSchema, title: z.string().trim().max(LIMITS.nameMax).default('') }))
      .max(20)
      .default([]),
    languages: z.array(experienceLanguageSchema).max(LOCALES.length).default([]),
  })
  .meta({ id: 'ExperienceDocument' });

export type ExperienceDocument = z.infer<typeof experienceDocumentSchema>;

export const experienceCreateBody = z.object({
  organisationId: uuidSchema,
  content: experienceDocumentSchema.prefault({}),
});
export const experienceDraftBody = z.object({
  content: experienceDocumentSchema,
  baseUpdatedAt: z.iso
    .datetime()
    .optional()
    .describe('The contentUpdatedAt the editor started from; a newer copy on the server is a 409'),
});
export const reviewBody = z.object({
  decision: z.enum(['approved', 'changes_requested']),
  checklist: z
    .record(z.string().max(64), z.boolean())
    .default({})
    .describe('Acceptance criterion code → met'),
  comment: z.string().trim().max(5000).default(''),
});

export const experienceSortSchema = z.enum(['relevance', 'newest', 'views']);

/** Library search: every filter is a URL parameter; lists are comma-separated codes. */
export const experienceSearchQuery = pageQuerySchema.extend({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  country: z.string().max(200).optional().describe('ISO codes, comma-separated'),
  region: z.string().max(100).optional(),
  sector: z.string().max(200).optional().describe('5-digit codes or 3-digit categories'),
  sdg: z.string().max(200).optional().describe('Targets (16.6) or goals (16)'),
  modality: z.string().max(200).optional(),
  instrument: z.string().max(300).optional(),
  mode: z.string().max(100).optional().describe('knowledge_mode codes'),
  outcome: z.string().max(300).optional(),
  dimension: z.string().max(300).optional().describe('assessment_dimension codes'),
  language: z.string().max(100).optional(),
  yearFrom: z.coerce.number().int().min(1950).max(2100).optional(),
  yearTo: z.coerce.number().int().min(1950).max(2100).optional(),
  organisation: uuidSchema.optional().describe('Only the experiences of this organisation'),
  sort: experienceSortSchema.default('relevance'),
  facets: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true)
    .describe('Count the facets too (slower)'),
  locale: localeSchema.optional(),
});
export const experienceExportQuery = experienceSearchQuery
  .omit({ cursor: true, limit: true, facets: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

export const experienceSummarySchema = z
  .object({
    id: uuidSchema,
    title: z.string(),
    titleLocale: z.string().describe('The language the title is shown in (fallback when not the reader’s)'),
    summary: z.string(),
    snippet: z.string().nullable().describe('Matched text with <mark>…</mark>; everything else escaped'),
    organisation: z.object({ id: uuidSchema, name: z.string() }),
    countryCodes: z.array(z.string()),
    status: z.enum(EXPERIENCE_STATUSES),
    publishedAt: z.iso.datetime().nullable(),
    lastVerifiedAt: z.iso.datetime().nullable(),
    stale: z.boolean().describe('Not verified for more than 12 months'),
    viewCount: z.number().int(),
    languages: z.array(z.string()),
    yearStart: z.number().int().nullable(),
    yearEnd: z.number().int().nullable(),
    // Worklists only ("my experiences", the review queue): where the working copy stands.
    updatedAt: z.iso.datetime().optional().describe('Worklists: the last change of the working copy'),
    submittedAt: z.iso.datetime().nullable().optional().describe('Worklists: when it was submitted'),
    hasPendingEdits: z.boolean().optional().describe('Worklists: edits not yet reviewed'),
  })
  .meta({ id: 'ExperienceSummary' });

export const facetBucketSchema = z.object({ code: z.string(), label: z.string(), count: z.number().int() });
export const FACET_NAMES = [
  'country',
  'region',
  'sector',
  'sdg',
  'modality',
  'instrument',
  'mode',
  'outcome',
  'year',
  'language',
] as const;
export const experienceSearchResultSchema = z
  .object({
    items: z.array(experienceSummarySchema),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    facets: z.partialRecord(z.enum(FACET_NAMES), z.array(facetBucketSchema)).nullable(),
    approximate: z
      .boolean()
      .optional()
      .describe(
        'True when the query matches so much of the library that the facet counts (and, for the broadest queries, the total) are estimated from a sample: show them as "about"',
      ),
  })
  .meta({ id: 'ExperienceSearchResult' });

export const experienceReviewSchema = z.object({
  id: uuidSchema,
  reviewer: z.string().nullable(),
  decision: z.enum(['approved', 'changes_requested']),
  checklist: z.record(z.string(), z.boolean()),
  comment: z.string(),
  createdAt: z.iso.datetime(),
});

export const attachmentSchema = z.object({
  id: uuidSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  caption: z.record(z.string(), z.string()),
  url: z.string(),
  createdAt: z.iso.datetime(),
  pending: z
    .boolean()
    .describe(
      'Added since the last publication: readers get it once the next version is published (always false for readers, who do not get such files)',
    ),
  removalPending: z
    .boolean()
    .describe(
      'Removed since the last publication: readers keep it until the next version is published (told only to those who see the working copy)',
    ),
});

/** The answer to removing an attachment. */
export const attachmentRemovalSchema = z.object({
  ok: z.literal(true),
  attachment: attachmentSchema
    .nullable()
    .describe(
      'The file, marked for removal: readers keep it until the next version is published. Null when it was deleted at once (never published, or not yet published itself).',
    ),
});

export const experienceSchema = z
  .object({
    id: uuidSchema,
    organisation: z.object({ id: uuidSchema, name: z.string(), countryCode: z.string().nullable() }),
    author: z.string().nullable(),
    status: z.enum(EXPERIENCE_STATUSES),
    published: z
      .object({
        version: z.number().int(),
        content: experienceDocumentSchema,
        publishedAt: z.iso.datetime(),
        reviewedBy: z.string().nullable(),
        reviewedAt: z.iso.datetime().nullable(),
      })
      .nullable()
      .describe('The published version readers see'),
    draft: z
      .object({ content: experienceDocumentSchema, updatedAt: z.iso.datetime() })
      .nullable()
      .describe('The working copy: only for those who may edit or review it'),
    lastVerifiedAt: z.iso.datetime().nullable(),
    stale: z.boolean(),
    hasPendingEdits: z
      .boolean()
      .describe(
        'The working copy holds edits (to the text or the files) not yet reviewed (only for those who may edit it)',
      ),
    submittedAt: z.iso.datetime().nullable().describe('When it was submitted for review (while in review)'),
    viewCount: z.number().int(),
    reviews: z.array(experienceReviewSchema).describe('Only for the authors and reviewers'),
    attachments: z.array(attachmentSchema),
    organisationNames: z
      .record(z.string(), z.string())
      .describe('Names of the directory organisations the participants refer to (visible ones), by id'),
    versions: z.array(
      z.object({ version: z.number().int(), publishedAt: z.iso.datetime(), changeNote: z.string() }),
    ),
    abilities: abilitiesSchema.describe('edit, submit, review, archive, restore, verify, delete, audit'),
  })
  .meta({ id: 'Experience' });

export const experienceParams = z.object({ id: uuidSchema });
export const experienceVersionParams = z.object({
  id: uuidSchema,
  version: z.coerce.number().int().min(1).max(100_000),
});
export const experienceListSchema = z
  .object({ items: z.array(experienceSummarySchema) })
  .meta({ id: 'ExperienceList' });
export const reviewCriteriaSchema = z
  .object({
    items: z.array(z.object({ code: z.string(), label: z.string(), definition: z.string() })),
  })
  .meta({ id: 'ReviewCriteria' });
export const experienceVersionSchema = z
  .object({
    version: z.number().int(),
    content: experienceDocumentSchema,
    publishedAt: z.iso.datetime(),
    changeNote: z.string(),
  })
  .meta({ id: 'ExperienceVersion' });

export type ExperienceSummary = z.infer<typeof experienceSummarySchema>;
export type ExperienceSearchResult = z.infer<typeof experienceSearchResultSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type ExperienceReview = z.infer<typeof experienceReviewSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type AttachmentRemoval = z.infer<typeof attachmentRemovalSchema>;
