import { z } from 'zod';
import { abilitiesSchema, pageQuerySchema, uuidSchema } from './common.js';
import { COST_SHARING } from './expertise.js';

/**
 * Brokered introductions between a seeker (the need's organisation) and a provider:
 * suggested (a broker's draft) → proposed → accepted (by one side) → agreed (by both), or
 * declined (with a reason) / expired. An agreed one carries what an exchange needs.
 */

export const INTRODUCTION_STATES = [
  'suggested',
  'proposed',
  'accepted',
  'agreed',
  'declined',
  'expired',
] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];
/** States in which an introduction still blocks a second one for the same need and provider. */
export const LIVE_INTRODUCTION_STATES: readonly IntroductionState[] = [
  'suggested',
  'proposed',
  'accepted',
  'agreed',
];
export const INTRODUCTION_SIDES = ['seeker', 'provider'] as const;
export type IntroductionSide = (typeof INTRODUCTION_SIDES)[number];
export const PROPOSED_AS = ['seeker', 'provider', 'broker', 'platform'] as const;

const MESSAGE_MAX = 2000;
const REASON_MAX = 1000;

export const introductionBody = z.object({
  needId: uuidSchema.describe('The need the introduction answers'),
  offerId: uuidSchema.nullable().default(null).describe('The provider’s offer, if there is one'),
  providerOrganisationId: uuidSchema
    .optional()
    .describe('The providing organisation; required when there is no offer (else the offer’s)'),
  message: z.string().trim().max(MESSAGE_MAX).default('').describe('Why these two should talk'),
  send: z
    .boolean()
    .default(true)
    .describe('false: a broker’s suggestion, not yet sent to either side (POST /introductions/{id}/send)'),
});
export type IntroductionBody = z.infer<typeof introductionBody>;

export const answerBody = z
  .object({
    side: z.enum(INTRODUCTION_SIDES).describe('The side you answer for'),
    answer: z.enum(['accepted', 'declined']),
    reason: z.string().trim().max(REASON_MAX).default('').describe('Required when declining'),
  })
  .describe('Only someone with introduction.answer in that side’s organisation may answer for it');
export type AnswerBody = z.infer<typeof answerBody>;

const isoDate = z.iso.date().describe('YYYY-MM-DD');

/** What the two sides agreed, for the exchange that starts from the introduction. */
export const termsSchema = z.object({
  modality: z.string().trim().max(200).nullable().optional().describe('How the exchange runs'),
  instruments: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  costSharing: z.enum(COST_SHARING).nullable().optional(),
  notes: z.string().trim().max(MESSAGE_MAX).nullable().optional(),
});
export const termsPatch = termsSchema.describe('Only the fields sent change');
export type TermsPatch = z.infer<typeof termsPatch>;

export const feedbackBody = z.object({
  usefulness: z.number().int().min(1).max(5).describe('1 (not useful) to 5 (very useful)'),
  comment: z.string().trim().max(REASON_MAX).default(''),
  side: z
    .enum(INTRODUCTION_SIDES)
    .optional()
    .describe('Needed only by someone who belongs to both organisations'),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

const partyOrganisation = z.object({
  id: uuidSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  countryCode: z.string().nullable(),
});

const sideAnswer = z.object({
  answer: z.enum(['accepted', 'declined']).nullable(),
  answeredAt: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
});

export const introductionSummarySchema = z
  .object({
    id: uuidSchema,
    state: z.enum(INTRODUCTION_STATES),
    need: z.object({ id: uuidSchema, title: z.string(), status: z.string() }),
    offer: z.object({ id: uuidSchema, title: z.string(), status: z.string() }).nullable(),
    seeker: partyOrganisation,
    provider: partyOrganisation,
    proposedAs: z.enum(PROPOSED_AS),
    seekerAnswer: sideAnswer,
    providerAnswer: sideAnswer,
    expiresAt: z.iso.datetime(),
    agreedAt: z.iso.datetime().nullable(),
    mayAnswer: z
      .array(z.enum(INTRODUCTION_SIDES))
      .describe('The sides the caller may answer for now (empty when none is theirs to answer)'),
    isDemo: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'IntroductionSummary' });

const contact = z.object({ name: z.string(), email: z.string() }).nullable();

export const introductionFeedbackSchema = z.object({
  side: z.enum(INTRODUCTION_SIDES),
  organisationId: uuidSchema,
  usefulness: z.number().int(),
  comment: z.string(),
  createdAt: z.iso.datetime(),
});

export const introductionSchema = introductionSummarySchema
  .extend({
    message: z.string(),
    score: z.number().nullable(),
    terms: termsSchema,
    contacts: z
      .object({ seeker: contact, provider: contact })
      .nullable()
      .describe('The people who answered for each side: only for the two sides and brokers'),
    feedback: z.array(introductionFeedbackSchema),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Introduction' });

const stateGroups = z.object(
  Object.fromEntries(INTRODUCTION_STATES.map((s) => [s, z.array(introductionSummarySchema)])) as Record<
    IntroductionState,
    z.ZodArray<typeof introductionSummarySchema>
  >,
);

export const pipelineSchema = z
  .object({
    asSeeker: stateGroups.describe('Introductions for the needs of your organisations, by state'),
    asProvider: stateGroups.describe('Introductions where your organisations provide, by state'),
  })
  .meta({ id: 'IntroductionPipeline' });

export const boardQuery = pageQuerySchema;

export const boardItemSchema = z.object({
  need: z.object({
    id: uuidSchema,
    title: z.string(),
    status: z.string(),
    challengeArea: z.object({ code: z.string(), name: z.string() }),
    organisation: partyOrganisation,
    createdAt: z.iso.datetime(),
    expiresOn: z.string(),
  }),
  liveIntroductions: z.number().int().describe('Suggested or proposed introductions already made'),
  bestMatch: z
    .object({
      kind: z.string(),
      id: z.string(),
      title: z.string().nullable(),
      score: z.number(),
    })
    .nullable()
    .describe('The best stored match (need_matches), if any'),
});
