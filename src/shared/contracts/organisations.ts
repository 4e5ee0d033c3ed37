import { z } from 'zod';
import { invalid } from '../error-keys.js';
import { LIMITS } from '../limits.js';
import { ORG_ROLES } from '../permissions.js';
import {
  abilitiesSchema,
  emailSchema,
  localeMapSchema,
  localeSchema,
  pageQuerySchema,
  requiredLocaleMapSchema,
  urlSchema,
  uuidSchema,
  visibilitySchema,
} from './common.js';

/**
 * IATI organisation identifiers are `{registration agency prefix}-{id}`, e.g. `XM-DAC-41301`
 * or `GB-COH-123`; the prefix must be a code of the OrganisationRegistrationAgency list
 * (checked against the database by the service; the shape is checked here).
 */
export const iatiIdentifierSchema = z
  .string()
  .trim()
  .max(100)
  .regex(/^[A-Z]{2}-[A-Z0-9]{2,}-\S+$/i, invalid('iatiIdentifier'));

const countryCode = z.string().regex(/^[A-Z]{2}$/, invalid('countryCode'));

const organisationFields = {
  name: requiredLocaleMapSchema(LIMITS.nameMax),
  acronym: z.string().trim().max(LIMITS.acronymMax).nullable().optional(),
  orgType: z.string().regex(/^\d{2}$/, invalid('orgType')),
  countryCode: countryCode.nullable().optional(),
  parentId: uuidSchema.nullable().optional(),
  website: urlSchema.nullable().optional(),
  iatiIdentifier: iatiIdentifierSchema.nullable().optional(),
  description: localeMapSchema(LIMITS.descriptionMax),
  defaultLocale: localeSchema,
  visibility: visibilitySchema,
};

/** Creating: optional fields get their defaults. */
export const organisationBody = z.object({
  ...organisationFields,
  description: organisationFields.description.default({}),
  defaultLocale: organisationFields.defaultLocale.default('en'),
  visibility: organisationFields.visibility.default('public'),
});
/** Updating: only what is sent changes (no defaults, which would reset unsent fields). */
export const organisationPatch = z.object(organisationFields).partial();

export const organisationSummarySchema = z
  .object({
    id: uuidSchema,
    name: z.string().describe('In the reader’s language, with fallback'),
    nameLocale: z.string(),
    acronym: z.string().nullable(),
    orgType: z.string(),
    orgTypeName: z.string().nullable(),
    countryCode: z.string().nullable(),
    countryName: z.string().nullable(),
    visibility: visibilitySchema,
    isDemo: z.boolean(),
  })
  .meta({ id: 'OrganisationSummary' });

export const organisationSchema = organisationSummarySchema
  .extend({
    names: z.record(z.string(), z.string()).describe('Every language the name is held in'),
    description: z.record(z.string(), z.string()),
    parent: z.object({ id: uuidSchema, name: z.string() }).nullable(),
    website: z.string().nullable(),
    iatiIdentifier: z.string().nullable(),
    defaultLocale: z.string(),
    memberCount: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'Organisation' });

export const organisationListQuery = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(LIMITS.searchMax)
    .optional()
    .describe('Name, acronym or identifier; typos tolerated'),
  country: countryCode.optional(),
  type: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  sort: z.enum(['name', 'newest']).default('name'),
  locale: localeSchema.optional(),
});

export const organisationExportQuery = organisationListQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const memberSchema = z.object({
  userId: uuidSchema,
  displayName: z.string(),
  email: z.string().nullable().describe('Only shown to the organisation’s administrators'),
  role: z.enum(ORG_ROLES),
  since: z.iso.datetime(),
});

export const memberRoleBody = z.object({ role: z.enum(ORG_ROLES) });

export const invitationBody = z.object({ email: emailSchema, role: z.enum(ORG_ROLES).default('member') });
export const invitationSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  role: z.enum(ORG_ROLES),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export const acceptInvitationBody = z.object({ token: z.string().min(20).max(200) });

export type OrganisationBody = z.infer<typeof organisationBody>;
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export type Member = z.infer<typeof memberSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
