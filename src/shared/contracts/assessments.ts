import { z } from 'zod';
import { type ErrorKey, invalid } from '../error-keys.js';
import {
  abilitiesSchema,
  localeMapSchema,
  localeSchema,
  requiredLocaleMapSchema,
  urlSchema,
  uuidSchema,
} from './common.js';

/**
 * The capacity self-assessment: a country rates itself 0–4 on each dimension of the
 * `assessment_dimension` vocabulary against a rubric that describes every level. A round is a
 * draft until it is submitted; a submitted round is history (a new round is a new assessment).
 *
 * Dimension codes are checked against the database (active vocabulary items), so the contract
 * checks only their shape.
 */

/** The contract's messages: keys of the `assessments` section of the errors catalogue. */
type AssessmentKey =
  Extract<ErrorKey, `errors:assessments.${string}`> extends `errors:assessments.${infer N}` ? N : never;
const key = (name: AssessmentKey): ErrorKey => `errors:assessments.${name}`;

export const RATING_MIN = 0;
export const RATING_MAX = 4;
export const RATING_LEVELS = [0, 1, 2, 3, 4] as const;
export const ASSESSMENT_LIMITS = {
  evidenceMax: 4000,
  summaryMax: 5000,
  participantsMax: 2000,
  linksMax: 10,
  rubricMax: 1000,
  customPeersMax: 20,
} as const;
export const PEER_GROUPS = ['region', 'income', 'custom'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];
export const INCOME_GROUPS = ['L', 'LM', 'UM', 'H'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** True when a `YYYY-MM-DD` text names a real day (no 31 June). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const dateSchema = z
  .string()
  .trim()
  .refine(isRealDate, key('date'))
  .describe('A calendar date, YYYY-MM-DD');
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'errors:validation.countryCode');
export const dimensionCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, invalid('vocabularyCode'));
const ratingValue = z
  .number(key('rating'))
  .int(key('rating'))
  .min(RATING_MIN, key('rating'))
  .max(RATING_MAX, key('rating'));

/** One dimension's answer in a request. Every field is optional on a save (merged per field). */
export const ratingInputSchema = z.object({
  rating: ratingValue.nullable().optional().describe('0–4, or null to leave the dimension unrated'),
  evidence: localeMapSchema(ASSESSMENT_LIMITS.evidenceMax).optional().describe('Why this level'),
  links: z
    .array(urlSchema)
    .max(ASSESSMENT_LIMITS.linksMax, key('tooManyLinks'))
    .optional()
    .describe('Documents that back the rating'),
});
export const ratingsInputSchema = z
  .record(z.string().max(64), ratingInputSchema)
  .describe('By dimension code; dimensions left out are unchanged (a new draft leaves them unrated)');

export const assessmentBody = z.object({
  assessedOn: dateSchema.describe('The day of the assessment (not in the future)'),
  participants: z.string().trim().max(ASSESSMENT_LIMITS.participantsMax).default(''),
  summary: localeMapSchema(ASSESSMENT_LIMITS.summaryMax).default({}),
  ratings: ratingsInputSchema.default({}),
});
export const assessmentPatch = z.object({
  assessedOn: dateSchema.optional(),
  participants: z.string().trim().max(ASSESSMENT_LIMITS.participantsMax).optional(),
  summary: localeMapSchema(ASSESSMENT_LIMITS.summaryMax).optional(),
  ratings: ratingsInputSchema.optional(),
});

export const countryParams = z.object({ code: countryCodeSchema });
export const rubricParams = z.object({
  dimension: dimensionCodeSchema,
  level: z.coerce.number(key('level')).int(key('level')).min(0, key('level')).max(4, key('level')),
});
export const rubricLevelBody = z.object({
  description: requiredLocaleMapSchema(ASSESSMENT_LIMITS.rubricMax),
});

const codeList = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(,[A-Z]{2}){0,19}$/, key('peerCodes'))
  .transform((s) => [...new Set(s.split(','))]);

export const comparisonQuery = z.object({
  peers: z.enum(PEER_GROUPS).default('region'),
  codes: codeList.optional().describe('Custom peers: 1–20 ISO codes, comma-separated'),
  locale: localeSchema.optional(),
});
export const whoSolvedQuery = z.object({
  dimension: dimensionCodeSchema,
  country: countryCodeSchema.optional().describe('The asking country, left out of the answers'),
  minRating: z.coerce
    .number(key('rating'))
    .int(key('rating'))
    .min(0, key('rating'))
    .max(4, key('rating'))
    .default(3),
  locale: localeSchema.optional(),
});
export const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  locale: localeSchema.optional(),
});

const localeMap = z.record(z.string(), z.string());

export const rubricLevelSchema = z.object({
  level: z.number().int().min(0).max(4),
  description: z.string().describe('In the reader’s language, with fallback'),
  descriptions: localeMap.describe('Every language the description is held in'),
  edited: z.boolean().describe('True once an administrator has changed the seeded text'),
});
export const rubricDimensionSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    definition: z.string(),
    levels: z.array(rubricLevelSchema).length(5),
  })
  .meta({ id: 'AssessmentRubricDimension' });
export const rubricSchema = z
  .object({ dimensions: z.array(rubricDimensionSchema), abilities: abilitiesSchema })
  .meta({ id: 'AssessmentRubric' });

export const ratingSchema = z.object({
  dimension: z.string(),
  label: z.string(),
  rating: z.number().int().min(0).max(4).nullable(),
  evidence: localeMap.describe('Every language the evidence is held in'),
  evidenceText: z.string().nullable().describe('In the reader’s language, with fallback'),
  links: z.array(z.string()),
});

export const assessmentSchema = z
  .object({
    id: uuidSchema,
    countryCode: z.string(),
    countryName: z.string(),
    status: z.enum(['draft', 'submitted']),
    assessedOn: z.string().describe('YYYY-MM-DD'),
    participants: z.string(),
    summary: localeMap,
    summaryText: z.string().nullable(),
    ratings: z.array(ratingSchema).describe('Every active dimension in order; unrated ones have rating null'),
    ratedCount: z.number().int(),
    dimensionCount: z.number().int(),
    createdBy: z.string().nullable().describe('Display name'),
    submittedBy: z.string().nullable().describe('Display name'),
    submittedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Assessment' });

export const assessmentHistorySchema = z
  .object({
    country: z.object({ code: z.string(), name: z.string() }),
    items: z.array(assessmentSchema).describe('Newest first; a draft only for those who may edit it'),
    abilities: abilitiesSchema.describe('create: may start a new assessment for this country'),
  })
  .meta({ id: 'AssessmentHistory' });

export const peerSchema = z.object({
  code: z.string(),
  name: z.string(),
  hasAssessment: z.boolean(),
});
export const comparisonSchema = z
  .object({
    country: z.object({
      code: z.string(),
      name: z.string(),
      region: z.string().nullable(),
      incomeGroup: z.enum(INCOME_GROUPS).nullable(),
    }),
    peerGroup: z.enum(PEER_GROUPS),
    latest: z.object({ id: uuidSchema, assessedOn: z.string() }).nullable(),
    peers: z.array(peerSchema).describe('Countries of the peer group (the country itself excluded)'),
    networkCount: z.number().int().describe('Countries with a submitted assessment'),
    dimensions: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        rating: z.number().int().nullable(),
        peerMedian: z.number().nullable(),
        peerCount: z.number().int(),
        networkMedian: z.number().nullable(),
        networkCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'AssessmentComparison' });

/** An experience of the library about a dimension (issue 4); empty until the library exists. */
export const experienceRefSchema = z.object({ id: z.string(), title: z.string(), url: z.string() });

export const whoSolvedSchema = z
  .object({
    dimension: z.object({ code: z.string(), label: z.string(), definition: z.string() }),
    minRating: z.number().int(),
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        rating: z.number().int(),
        assessmentId: uuidSchema,
        assessedOn: z.string(),
        evidence: z.string().nullable(),
        evidenceLocale: z.string().nullable(),
        links: z.array(z.string()),
        experiences: z.array(experienceRefSchema),
      }),
    ),
  })
  .meta({ id: 'AssessmentWhoSolved' });

export type AssessmentBody = z.input<typeof assessmentBody>;
export type AssessmentPatch = z.input<typeof assessmentPatch>;
export type RatingInput = z.infer<typeof ratingInputSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentRating = z.infer<typeof ratingSchema>;
export type AssessmentHistory = z.infer<typeof assessmentHistorySchema>;
export type AssessmentRubric = z.infer<typeof rubricSchema>;
export type RubricDimension = z.infer<typeof rubricDimensionSchema>;
export type AssessmentComparison = z.infer<typeof comparisonSchema>;
export type WhoSolved = z.infer<typeof whoSolvedSchema>;
export type ExperienceRef = z.infer<typeof experienceRefSchema>;
