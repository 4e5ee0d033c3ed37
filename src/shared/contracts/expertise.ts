import { z } from 'zod';
import { LIMITS } from '../limits.js';
import {
  abilitiesSchema,
  emailSchema,
  localeMapSchema,
  localeSchema,
  pageQuerySchema,
  requiredLocaleMapSchema,
  uuidSchema,
  visibilitySchema,
} from './common.js';

/**
 * The expertise catalogue: capabilities (what an organisation, typically its country's focal
 * point, can offer) and experts (people it can send). Codes are checked against the database
 * by the service, which names the field and the code it does not know.
 */

export const COST_SHARING = [
  'provider_funded',
  'cost_shared',
  'recipient_funded',
  'third_party_funded',
  'negotiable',
] as const;
export type CostSharing = (typeof COST_SHARING)[number];

export const AVAILABILITY = ['available', 'limited', 'unavailable'] as const;
export type Availability = (typeof AVAILABILITY)[number];

export const CONSENT_METHODS = ['written', 'email', 'self_registered', 'verbal_witnessed'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

const MAX_CODES = 40;
/** A list of codes; which codes exist is the database's to say (400 naming the field and code). */
const codeList = (description: string) =>
  z.array(z.string().trim().min(1).max(20)).max(MAX_CODES).describe(description);

const sectorsField = codeList(
  'IATI Sector codes: 5-digit DAC purpose codes (e.g. 15110), or 3-digit DAC sector categories (e.g. 151) for a whole area',
);
const languagesField = codeList('ISO 639-1 language codes (e.g. es, fr)');

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'errors:validation.countryCode');
const sectorFilter = z
  .string()
  .regex(/^\d{3}(\d{2})?$/, 'errors:expertise.sectorFilter')
  .describe('A 5-digit DAC code, or a 3-digit category matching all its codes');
const languageFilter = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'errors:expertise.languageFilter')
  .describe('An ISO 639-1 language code');

// ---- Capabilities ---------------------------------------------------------------------------

const capabilityFields = {
  organisationId: uuidSchema,
  title: requiredLocaleMapSchema(LIMITS.nameMax),
  description: localeMapSchema(LIMITS.descriptionMax),
  sectors: sectorsField,
  sdgTargets: codeList('UN SDG target codes (list UNSDG-Targets), e.g. 16.6'),
  instruments: codeList('Codes of the `instrument` vocabulary (e.g. study_tour, expert_visit)'),
  languages: languagesField,
  capacityPerYear: z
    .number('errors:expertise.capacityPerYear')
    .int('errors:expertise.capacityPerYear')
    .min(0, 'errors:expertise.capacityPerYear')
    .max(100_000, 'errors:expertise.capacityPerYear')
    .nullable()
    .describe('How many exchanges (visits, trainings, missions) it can take on per year; null if unknown'),
  costSharing: z.enum(COST_SHARING).describe('Who pays for an exchange'),
  costSharingNote: localeMapSchema(1000),
  visibility: visibilitySchema,
  defaultLocale: localeSchema,
};

/** Creating: optional fields get their defaults. */
export const capabilityBody = z.object({
  ...capabilityFields,
  description: capabilityFields.description.default({}),
  sectors: capabilityFields.sectors.default([]),
  sdgTargets: capabilityFields.sdgTargets.default([]),
  instruments: capabilityFields.instruments.default([]),
  languages: capabilityFields.languages.default([]),
  capacityPerYear: capabilityFields.capacityPerYear.default(null),
  costSharing: capabilityFields.costSharing.default('negotiable'),
  costSharingNote: capabilityFields.costSharingNote.default({}),
  visibility: capabilityFields.visibility.default('public'),
  defaultLocale: capabilityFields.defaultLocale.default('en'),
});
/** Updating: only what is sent changes. A capability stays with its organisation. */
export const capabilityPatch = z.object(capabilityFields).omit({ organisationId: true }).partial();

const namedCode = z.object({ code: z.string(), name: z.string() });

export const expertiseOrganisationSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    acronym: z.string().nullable(),
    countryCode: z.string().nullable(),
    countryName: z.string().nullable(),
  })
  .meta({ id: 'ExpertiseOrganisation' });

export const capabilitySummarySchema = z
  .object({
    id: uuidSchema,
    title: z.string().describe('In the reader’s language, with fallback'),
    titleLocale: z.string(),
    summary: z.string().describe('The description in the reader’s language (first 300 characters)'),
    summaryLocale: z.string().nullable(),
    organisation: expertiseOrganisationSchema,
    sectors: z.array(namedCode),
    sdgTargets: z.array(namedCode),
    instruments: z.array(namedCode),
    languages: z.array(namedCode),
    capacityPerYear: z.number().int().nullable(),
    costSharing: z.enum(COST_SHARING),
    visibility: visibilitySchema,
    isDemo: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CapabilitySummary' });

// ---- Experts --------------------------------------------------------------------------------

/** The expert's consent to be listed: when and how it was given. No consent, no record. */
export const consentSchema = z.object(
  {
    givenOn: z.iso.date('errors:expertise.consentDate').describe('YYYY-MM-DD, not in the future'),
    method: z.enum(CONSENT_METHODS, 'errors:expertise.consentMethod'),
  },
  'errors:expertise.consentRequired',
);

const expertFields = {
  organisationId: uuidSchema,
  fullName: z.string().trim().min(1, 'errors:expertise.fullNameRequired').max(LIMITS.nameMax),
  jobTitle: z.string().trim().max(LIMITS.nameMax),
  email: emailSchema.nullable(),
  expertise: localeMapSchema(LIMITS.descriptionMax).describe('The areas of expertise in words'),
  sectors: sectorsField,
  languages: languagesField,
  availability: z.enum(AVAILABILITY),
  availabilityNote: z.string().trim().max(500),
  capabilityIds: z.array(uuidSchema).max(MAX_CODES).describe('Capabilities of the same organisation'),
  consent: consentSchema,
};

export const expertBody = z.object({
  ...expertFields,
  jobTitle: expertFields.jobTitle.default(''),
  email: expertFields.email.default(null),
  expertise: expertFields.expertise.default({}),
  sectors: expertFields.sectors.default([]),
  languages: expertFields.languages.default([]),
  availability: expertFields.availability.default('available'),
  availabilityNote: expertFields.availabilityNote.default(''),
  capabilityIds: expertFields.capabilityIds.default([]),
});
/** Updating: only what is sent changes; sending `consent` records a renewed consent. */
export const expertPatch = z.object(expertFields).omit({ organisationId: true }).partial();

export const expertSummarySchema = z
  .object({
    id: uuidSchema,
    organisation: expertiseOrganisationSchema,
    personal: z.boolean().describe('False for visitors: name, job title, e-mail and note are left out'),
    fullName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    expertise: z.string().describe('The areas of expertise in the reader’s language, with fallback'),
    expertiseLocale: z.string().nullable(),
    sectors: z.array(namedCode),
    languages: z.array(namedCode),
    availability: z.enum(AVAILABILITY),
    availabilityNote: z.string().nullable(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'ExpertSummary' });

export const expertSchema = expertSummarySchema
  .extend({
    expertiseTexts: z.record(z.string(), z.string()).describe('Every language the areas are held in'),
    capabilities: z.array(z.object({ id: uuidSchema, title: z.string() })),
    consent: z
      .object({
        givenOn: z.string(),
        method: z.enum(CONSENT_METHODS),
        recordedBy: z.object({ id: uuidSchema, displayName: z.string() }).nullable(),
      })
      .nullable()
      .describe('Only for those who manage the record'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Expert' });

export const capabilitySchema = capabilitySummarySchema
  .extend({
    titles: z.record(z.string(), z.string()),
    description: z.record(z.string(), z.string()),
    costSharingNote: z.record(z.string(), z.string()),
    defaultLocale: z.string(),
    experts: z.array(expertSummarySchema).describe('Experts who can deliver it, as the caller may see them'),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Capability' });

// ---- Queries --------------------------------------------------------------------------------

const search = z.string().trim().max(LIMITS.searchMax).optional();

export const capabilityListQuery = pageQuerySchema.extend({
  q: search.describe('Title or description; typos and missing accents tolerated'),
  country: countryCode.optional().describe('Country of the offering organisation'),
  organisation: uuidSchema.optional(),
  sector: sectorFilter.optional(),
  sdg: z
    .string()
    .regex(/^\d{1,2}(\.[0-9a-z]{1,2})?$/, 'errors:expertise.sdgFilter')
    .optional()
    .describe('A target (16.6) or a goal (16) matching all its targets'),
  instrument: z.string().max(64).optional(),
  language: languageFilter.optional(),
  sort: z.enum(['title', 'newest']).default('title'),
  locale: localeSchema.optional(),
});
export const capabilityExportQuery = capabilityListQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const expertListQuery = pageQuerySchema.extend({
  q: search.describe('Areas of expertise; for signed-in members also name and job title'),
  country: countryCode.optional(),
  organisation: uuidSchema.optional(),
  sector: sectorFilter.optional(),
  language: languageFilter.optional(),
  availability: z.enum(AVAILABILITY).optional(),
  locale: localeSchema.optional(),
});
export const expertExportQuery = expertListQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export type CapabilityBody = z.infer<typeof capabilityBody>;
export type CapabilityPatch = z.infer<typeof capabilityPatch>;
export type Capability = z.infer<typeof capabilitySchema>;
export type CapabilitySummary = z.infer<typeof capabilitySummarySchema>;
export type ExpertBody = z.infer<typeof expertBody>;
export type ExpertPatch = z.infer<typeof expertPatch>;
export type Expert = z.infer<typeof expertSchema>;
export type ExpertSummary = z.infer<typeof expertSummarySchema>;
export type NamedCode = z.infer<typeof namedCode>;
