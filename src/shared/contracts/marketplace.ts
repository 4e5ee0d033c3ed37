import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { MATCH_FACTORS } from '../matching/index.js';
import {
  abilitiesSchema,
  localeMapSchema,
  localeSchema,
  pageQuerySchema,
  requiredLocaleMapSchema,
  uuidSchema,
  visibilitySchema,
} from './common.js';
import { COST_SHARING } from './expertise.js';
import { INTRODUCTION_STATES } from './introductions.js';

/**
 * The marketplace: needs (knowledge demand) and offers, and the matches between them. Codes
 * (sectors, SDG targets, vocabularies, countries, languages) are checked against the database
 * by the service, which names the field and the code it does not know.
 */

export const MARKET_STATUSES = ['open', 'in_discussion', 'matched', 'closed', 'withdrawn'] as const;
export type MarketStatus = (typeof MARKET_STATUSES)[number];
/** Statuses in which a need or offer is still looking (listed by default, matched nightly). */
export const LIVE_STATUSES: readonly MarketStatus[] = ['open', 'in_discussion'];

const MAX_CODES = 40;
const codeList = (description: string) =>
  z.array(z.string().trim().min(1).max(20)).max(MAX_CODES).describe(description);
const isoDate = (key: string) => z.iso.date(`errors:market.${key}`).describe('YYYY-MM-DD');

const sharedFields = {
  organisationId: uuidSchema.describe('The organisation that seeks or offers (its country is the country)'),
  title: requiredLocaleMapSchema(LIMITS.nameMax),
  defaultLocale: localeSchema.describe('The language the texts were written in'),
  sectors: codeList('5-digit DAC purpose codes or 3-digit DAC categories'),
  sdgTargets: codeList('UN SDG targets (16.6) or goals (16)'),
  instruments: codeList('Codes of the `instrument` vocabulary'),
  languages: codeList('ISO 639-1 codes of the languages the exchange can be held in'),
  dimensions: codeList('Codes of the `assessment_dimension` vocabulary (capacities concerned)'),
  visibility: visibilitySchema,
  status: z.enum(MARKET_STATUSES, 'errors:market.status'),
  expiresOn: isoDate('expiresOn').describe(
    'YYYY-MM-DD: after this day it is no longer listed (a reminder comes first)',
  ),
};

// ---- Needs ----------------------------------------------------------------------------------

const needFields = {
  ...sharedFields,
  challenge: requiredLocaleMapSchema(LIMITS.descriptionMax).describe(
    'The development challenge and its context',
  ),
  challengeArea: z
    .string()
    .trim()
    .min(1, 'errors:market.challengeArea')
    .max(40)
    .describe('Code of the `challenge_area` vocabulary'),
  changeSought: localeMapSchema(LIMITS.descriptionMax).describe('The change sought, in words'),
  outcomes: codeList('Codes of the `intermediate_outcome` vocabulary: the change sought'),
  deliveryMode: z
    .string()
    .trim()
    .max(40)
    .nullable()
    .describe('Code of the `delivery_mode` vocabulary, or null for any'),
  timeframeFrom: isoDate('timeframe').nullable(),
  timeframeTo: isoDate('timeframe').nullable(),
  contributesFunds: z.boolean(),
  contributesInKind: z.boolean(),
  contributionNote: localeMapSchema(1000),
};

export const needBody = z.object({
  ...needFields,
  defaultLocale: needFields.defaultLocale.default('en'),
  changeSought: needFields.changeSought.default({}),
  sectors: needFields.sectors.default([]),
  sdgTargets: needFields.sdgTargets.default([]),
  instruments: needFields.instruments.default([]),
  languages: needFields.languages.default([]),
  dimensions: needFields.dimensions.default([]),
  outcomes: needFields.outcomes.default([]),
  deliveryMode: needFields.deliveryMode.default(null),
  timeframeFrom: needFields.timeframeFrom.default(null),
  timeframeTo: needFields.timeframeTo.default(null),
  contributesFunds: needFields.contributesFunds.default(false),
  contributesInKind: needFields.contributesInKind.default(false),
  contributionNote: needFields.contributionNote.default({}),
  visibility: needFields.visibility.default('public'),
  status: needFields.status.default('open'),
});
/** Updating: only what is sent changes; a need stays with its organisation. */
export const needPatch = z.object(needFields).omit({ organisationId: true }).partial();

// ---- Offers ---------------------------------------------------------------------------------

const offerFields = {
  ...sharedFields,
  description: requiredLocaleMapSchema(LIMITS.descriptionMax).describe('What is offered, in words'),
  challengeAreas: codeList('Codes of the `challenge_area` vocabulary'),
  deliveryModes: codeList('Codes of the `delivery_mode` vocabulary'),
  capabilityIds: z
    .array(uuidSchema)
    .max(MAX_CODES)
    .describe('Capabilities of the catalogue this offer draws on'),
  experienceIds: z.array(uuidSchema).max(MAX_CODES).describe('Published experiences this offer draws on'),
  capacityPerYear: z
    .number('errors:expertise.capacityPerYear')
    .int('errors:expertise.capacityPerYear')
    .min(0, 'errors:expertise.capacityPerYear')
    .max(100_000, 'errors:expertise.capacityPerYear')
    .nullable(),
  costSharing: z.enum(COST_SHARING),
  costSharingNote: localeMapSchema(1000),
  availableFrom: isoDate('availability').nullable(),
  availableTo: isoDate('availability').nullable(),
};

export const offerBody = z.object({
  ...offerFields,
  defaultLocale: offerFields.defaultLocale.default('en'),
  sectors: offerFields.sectors.default([]),
  sdgTargets: offerFields.sdgTargets.default([]),
  instruments: offerFields.instruments.default([]),
  languages: offerFields.languages.default([]),
  dimensions: offerFields.dimensions.default([]),
  challengeAreas: offerFields.challengeAreas.default([]),
  deliveryModes: offerFields.deliveryModes.default([]),
  capabilityIds: offerFields.capabilityIds.default([]),
  experienceIds: offerFields.experienceIds.default([]),
  capacityPerYear: offerFields.capacityPerYear.default(null),
  costSharing: offerFields.costSharing.default('negotiable'),
  costSharingNote: offerFields.costSharingNote.default({}),
  availableFrom: offerFields.availableFrom.default(null),
  availableTo: offerFields.availableTo.default(null),
  visibility: offerFields.visibility.default('public'),
  status: offerFields.status.default('open'),
});
export const offerPatch = z.object(offerFields).omit({ organisationId: true }).partial();

// ---- Lists ----------------------------------------------------------------------------------

/** Filters of the needs and offers lists (lists are comma-separated: OR within, AND across). */
export const marketListQuery = pageQuerySchema.extend({
  q: z.string().trim().max(LIMITS.searchMax).optional().describe('Words, in any language'),
  country: z.string().max(200).optional().describe('ISO 3166-1 alpha-2 codes, comma-separated'),
  region: z.string().max(200).optional(),
  sector: z.string().max(200).optional().describe('DAC codes or categories, comma-separated'),
  sdg: z.string().max(200).optional().describe('SDG targets or goals, comma-separated'),
  instrument: z.string().max(400).optional(),
  language: z.string().max(200).optional(),
  challengeArea: z.string().max(200).optional(),
  status: z
    .string()
    .max(200)
    .optional()
    .describe('Statuses, comma-separated; default: open and in discussion'),
  organisation: uuidSchema.optional(),
  sort: z.enum(['newest', 'expiring', 'relevance']).default('newest'),
  facets: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** The lists' export: the same filters as the list, the whole result, as XLSX or CSV. */
export const marketExportQuery = marketListQuery.omit({ cursor: true, limit: true, facets: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

const namedCode = z.object({ code: z.string(), name: z.string() });
const marketOrganisation = z.object({
  id: uuidSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  countryCode: z.string(),
  countryName: z.string(),
});

const summaryFields = {
  id: uuidSchema,
  title: z.string().describe('In the reader’s language, with fallback'),
  titleLocale: z.string(),
  organisation: marketOrganisation,
  sectors: z.array(namedCode),
  sdgTargets: z.array(namedCode),
  languages: z.array(namedCode),
  status: z.enum(MARKET_STATUSES),
  visibility: visibilitySchema,
  expiresOn: z.string(),
  expired: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.iso.datetime(),
};

export const needSummarySchema = z
  .object({
    ...summaryFields,
    challengeArea: namedCode,
    summary: z.string(),
    summaryLocale: z.string().nullable(),
  })
  .meta({ id: 'NeedSummary' });
export const offerSummarySchema = z
  .object({ ...summaryFields, summary: z.string(), summaryLocale: z.string().nullable() })
  .meta({ id: 'OfferSummary' });

const facetBucket = z.object({ code: z.string(), label: z.string(), count: z.number().int() });
const facetsSchema = z.record(z.string(), z.array(facetBucket)).nullable();

export const needListSchema = z.object({
  items: z.array(needSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  facets: facetsSchema,
});
export const offerListSchema = z.object({
  items: z.array(offerSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  facets: facetsSchema,
});

/** A need as its page shows it: every field, texts in every language, the caller's abilities. */
export const needSchema = z
  .object({
    ...summaryFields,
    challenge: z.record(z.string(), z.string()),
    changeSought: z.record(z.string(), z.string()),
    titles: z.record(z.string(), z.string()),
    defaultLocale: z.string(),
    challengeArea: namedCode,
    dimensions: z.array(namedCode),
    outcomes: z.array(namedCode),
    instruments: z.array(namedCode),
    deliveryMode: namedCode.nullable(),
    timeframeFrom: z.string().nullable(),
    timeframeTo: z.string().nullable(),
    contributesFunds: z.boolean(),
    contributesInKind: z.boolean(),
    contributionNote: z.record(z.string(), z.string()),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Need' });

export const offerSchema = z
  .object({
    ...summaryFields,
    description: z.record(z.string(), z.string()),
    titles: z.record(z.string(), z.string()),
    defaultLocale: z.string(),
    challengeAreas: z.array(namedCode),
    dimensions: z.array(namedCode),
    instruments: z.array(namedCode),
    deliveryModes: z.array(namedCode),
    capabilities: z.array(z.object({ id: uuidSchema, title: z.string() })),
    experiences: z.array(z.object({ id: uuidSchema, title: z.string() })),
    capacityPerYear: z.number().int().nullable(),
    costSharing: z.enum(COST_SHARING),
    costSharingNote: z.record(z.string(), z.string()),
    availableFrom: z.string().nullable(),
    availableTo: z.string().nullable(),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Offer' });

// ---- My pipeline ----------------------------------------------------------------------------

/** How many introductions a need or offer has in each state (every state present, 0 when none). */
const introductionCounts = z.record(z.enum(INTRODUCTION_STATES), z.number().int());

/** The needs and offers of the caller's organisations, in every status, with their introductions. */
export const marketMineSchema = z.object({
  needs: z.array(needSummarySchema.extend({ introductions: introductionCounts })),
  offers: z.array(offerSummarySchema.extend({ introductions: introductionCounts })),
});

// ---- Matches --------------------------------------------------------------------------------

export const MATCH_KINDS = ['offer', 'experience', 'capability', 'country', 'need'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One factor of a match: its share of the score and the reason in the reader's words. */
export const matchFactorSchema = z.object({
  factor: z.enum(MATCH_FACTORS),
  weight: z.number(),
  value: z.number().nullable(),
  contribution: z.number(),
  share: z.number().describe('Fraction of the score (0–1)'),
  percent: z.number().int().describe('Whole percentages of the score, adding up to 100'),
  text: z.string().describe('Why, in the reader’s language'),
});

export const matchSchema = z
  .object({
    kind: z.enum(MATCH_KINDS),
    id: z.string().describe('uuid, or the country code for a peer country'),
    title: z.string(),
    organisation: marketOrganisation.nullable(),
    countryCode: z.string().nullable(),
    score: z.number().describe('0–100'),
    factors: z.array(matchFactorSchema),
  })
  .meta({ id: 'Match' });

export const matchListSchema = z.object({
  items: z.array(matchSchema),
  computedAt: z.iso.datetime(),
  weights: z.record(z.string(), z.number()),
});

export const matchQuery = z.object({
  kind: z
    .string()
    .max(60)
    .optional()
    .describe('Kinds, comma-separated (offer, experience, capability, country, need)'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const matchSettingsSchema = z.object({
  weights: z.record(z.enum(MATCH_FACTORS), z.number().min(0).max(100)),
  minScore: z.number().min(0).max(100),
  updatedAt: z.iso.datetime().nullable(),
});

export type NeedBody = z.infer<typeof needBody>;
export type NeedPatch = z.infer<typeof needPatch>;
export type OfferBody = z.infer<typeof offerBody>;
export type OfferPatch = z.infer<typeof offerPatch>;
export type MarketListQuery = z.infer<typeof marketListQuery>;
export type MarketExportQuery = z.infer<typeof marketExportQuery>;
export type Need = z.infer<typeof needSchema>;
export type NeedSummary = z.infer<typeof needSummarySchema>;
export type Offer = z.infer<typeof offerSchema>;
export type OfferSummary = z.infer<typeof offerSummarySchema>;
export type MarketMine = z.infer<typeof marketMineSchema>;
