import { z } from 'zod';
import {
  BODY_ROLES,
  COORDINATION_MECHANISMS,
  LEGAL_INSTRUMENTS,
  STRATEGY_STATUSES,
} from '../country-profile-enums.js';
import { LIMITS } from '../limits.js';
import { abilitiesSchema, localeMapSchema, localeSchema, urlSchema, uuidSchema } from './common.js';

/**
 * A country's SSC profile: how its South-South cooperation is organised. The profile is one
 * document (drafted, then published as numbered versions), so the same schema describes the
 * draft, every published version, and the rows of the side-by-side comparison.
 *
 * Codes: `countryRole` is a code of the `country_role` vocabulary (provider, recipient, dual),
 * `modalities` of `ssc_modality`; both are checked against the database when saved.
 */

const TEXT_MAX = 5000;
const text = localeMapSchema(TEXT_MAX).default({});
const shortText = localeMapSchema(LIMITS.nameMax).default({});
const year = z.number().int().min(1900).max(2100).nullable().default(null);
const link = urlSchema.nullable().default(null);
const yesNo = z.boolean().nullable().default(null).describe('null: not answered yet');

export { BODY_ROLES, COORDINATION_MECHANISMS, LEGAL_INSTRUMENTS, STRATEGY_STATUSES };

/** A body of the country's SSC architecture: an organisation of the directory, or one named here. */
export const profileBodySchema = z.object({
  organisationId: uuidSchema.nullable().default(null).describe('An organisation of the directory'),
  name: shortText.describe('Used when the body is not in the directory'),
  roles: z.array(z.enum(BODY_ROLES)).max(BODY_ROLES.length).default([]),
  note: localeMapSchema(1000).default({}),
});

export const profileDocumentSchema = z
  .object({
    countryRole: z.string().max(64).nullable().default(null).describe('country_role vocabulary code'),
    modalities: z.array(z.string().max(64)).max(20).default([]).describe('ssc_modality codes preferred'),
    bodies: z.array(profileBodySchema).max(50).default([]),
    legalBasis: z
      .object({
        instrument: z.enum(LEGAL_INSTRUMENTS).nullable().default(null),
        title: shortText,
        year,
        url: link,
      })
      .prefault({}),
    strategy: z
      .object({
        status: z.enum(STRATEGY_STATUSES).nullable().default(null),
        title: shortText,
        year,
        url: link,
      })
      .prefault({}),
    nationalPlan: z.object({ mainstreamed: yesNo, how: text }).prefault({}),
    coordination: z
      .object({
        mechanism: z.enum(COORDINATION_MECHANISMS).nullable().default(null),
        description: text,
        memberIds: z.array(uuidSchema).max(100).default([]).describe('Organisations taking part'),
      })
      .prefault({}),
    budgetLine: z.object({ exists: yesNo, note: text }).prefault({}),
    informationSystem: z.object({ exists: yesNo, name: shortText, url: link, note: text }).prefault({}),
    monitoringEvaluation: z.object({ exists: yesNo, note: text }).prefault({}),
    history: text,
    obstacles: text,
    challenges: text,
    defaultLocale: localeSchema.default('en').describe('The language the profile is written in'),
  })
  .meta({ id: 'CountryProfileDocument' });

export type ProfileDocument = z.infer<typeof profileDocumentSchema>;
export type ProfileBody = z.infer<typeof profileBodySchema>;

/** Saving the draft: any part may be missing or empty; a draft is never refused for being incomplete. */
export const profileDraftBody = z.object({
  draft: profileDocumentSchema,
  baseUpdatedAt: z.iso
    .datetime()
    .optional()
    .describe('The draftUpdatedAt the editor started from; a newer draft on the server is a 409'),
});

/** Creating a profile: an empty draft, or the one given (checked like a saved draft). */
export const createProfileBody = z.object({ draft: profileDocumentSchema.optional() });

export const publishBody = z.object({
  changeNote: z.string().trim().max(1000).default('').describe('What changed in this version'),
});

export const countryCodeParams = z.object({ code: z.string().regex(/^[A-Z]{2}$/) });
export const versionParams = countryCodeParams.extend({ version: z.coerce.number().int().min(1) });
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1).optional().describe('Defaults to the latest version'),
});

const countryRef = {
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  incomeGroup: z.enum(['L', 'LM', 'UM', 'H']).nullable(),
};

export const countryListItemSchema = z
  .object({
    ...countryRef,
    hasProfile: z.boolean().describe('A published profile exists'),
    countryRole: z.string().nullable(),
    countryRoleName: z.string().nullable(),
    leadAgency: z.string().nullable().describe('Name of the lead agency, in the reader’s language'),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CountryListItem' });

export const countryListQuery = z.object({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  region: z.string().max(10).optional(),
  incomeGroup: z.enum(['L', 'LM', 'UM', 'H']).optional(),
  role: z.string().max(64).optional().describe('country_role code'),
  withProfile: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const countryExportQuery = countryListQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

/** Names (reader’s language) of the directory organisations a document refers to, by id. */
const organisationNamesSchema = z
  .record(z.string(), z.string())
  .describe('Bodies and coordination members that are in the directory (and visible to the reader)');

/** A body as read: the directory organisation's current name joined in when there is one. */
export const profileBodyViewSchema = profileBodySchema.extend({
  displayName: z.string().describe('Directory name (reader’s language) or the name given here'),
});

export const publishedProfileSchema = z
  .object({
    version: z.number().int(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().nullable(),
    changeNote: z.string(),
    content: profileDocumentSchema,
    bodies: z.array(profileBodyViewSchema).describe('content.bodies with display names'),
    organisationNames: organisationNamesSchema.optional(),
  })
  .meta({ id: 'PublishedCountryProfile' });

export const countryPageSchema = z
  .object({
    country: z.object(countryRef),
    profile: publishedProfileSchema.nullable().describe('The latest published version'),
    draft: z
      .object({
        content: profileDocumentSchema,
        updatedAt: z.iso.datetime(),
        updatedBy: z.string().nullable(),
        organisationNames: organisationNamesSchema.optional(),
      })
      .nullable()
      .describe('Only for those who may edit the profile'),
    abilities: abilitiesSchema.describe('createProfile, editProfile, publish, audit'),
  })
  .meta({ id: 'CountryPage' });

export const versionSummarySchema = z.object({
  version: z.number().int(),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string().nullable(),
  changeNote: z.string(),
});
export const versionListSchema = z.object({ items: z.array(versionSummarySchema) });
export const countryListSchema = z.object({ items: z.array(countryListItemSchema) });

export const profileChangeSchema = z.object({
  path: z.string().describe('Field path, e.g. strategy.status or history.es'),
  before: z.unknown(),
  after: z.unknown(),
});
export const profileDiffSchema = z.object({
  from: versionSummarySchema,
  to: versionSummarySchema,
  changes: z.array(profileChangeSchema),
});

export const compareQuery = z.object({
  codes: z
    .string()
    .regex(/^[A-Z]{2}(,[A-Z]{2}){1,4}$/)
    .transform((s) => [...new Set(s.split(','))])
    .describe('2 to 5 ISO codes, comma-separated: MX,CN,IN'),
});
export const compareExportQuery = compareQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

export const compareSchema = z
  .object({
    countries: z.array(z.object({ ...countryRef, profile: publishedProfileSchema.nullable() })),
  })
  .meta({ id: 'CountryComparison' });

export type CountryListItem = z.infer<typeof countryListItemSchema>;
export type CountryPage = z.infer<typeof countryPageSchema>;
export type PublishedProfile = z.infer<typeof publishedProfileSchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type ProfileDiff = z.infer<typeof profileDiffSchema>;
export type CountryComparison = z.infer<typeof compareSchema>;
