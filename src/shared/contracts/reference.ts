import { z } from 'zod';
import { invalid } from '../error-keys.js';
import { LIMITS } from '../limits.js';
import {
  abilitiesSchema,
  localeMapSchema,
  localeSchema,
  requiredLocaleMapSchema,
  uuidSchema,
} from './common.js';

/** World Bank income groups: low, lower-middle, upper-middle and high income. */
export const incomeGroupSchema = z.enum(['L', 'LM', 'UM', 'H']);
export const countrySchema = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  /** World Bank income group (see reference data); null where the Bank does not classify. */
  incomeGroup: incomeGroupSchema.nullable(),
});
export const codeItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  status: z.string(),
});
export const localeQuery = z.object({ locale: localeSchema.optional() });

/** A time zone to pick a site's or a person's zone from, found by its cities or country. */
export const timeZoneItemSchema = z
  .object({
    id: z.string().describe('Canonical IANA name, e.g. Asia/Kolkata'),
    aliases: z.array(z.string()).describe('Older names of the same zone, e.g. Asia/Calcutta'),
    countryCode: z.string().nullable(),
    country: z.string().nullable().describe('The country, named in the requested language'),
    cities: z
      .array(z.string())
      .describe('The zone’s own city first, then capitals and cities keeping its time'),
    capital: z.string().nullable().describe('The country’s capital, when this zone keeps its time'),
    note: z.string().describe('The area it covers where a country has several zones (tz database, English)'),
    offsetMinutes: z.number().describe('Offset from UTC in force now, in minutes east'),
    offset: z.string().describe('The same as text, e.g. UTC+05:30'),
  })
  .meta({ id: 'TimeZone' });
export const timeZoneQuery = localeQuery.extend({
  q: z.string().trim().max(100).optional().describe('A city, country or zone name; accents and case ignored'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .describe('At most this many (20 with `q`, else all)'),
});

export const vocabularyItemSchema = z
  .object({
    id: uuidSchema,
    vocabulary: z.string(),
    code: z.string(),
    label: z.string(),
    definition: z.string(),
    labels: z.record(z.string(), z.string()),
    definitions: z.record(z.string(), z.string()),
    position: z.number().int(),
    active: z.boolean(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'VocabularyItem' });

export const vocabularyItemBody = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,64}$/, invalid('vocabularyCode')),
  label: requiredLocaleMapSchema(LIMITS.vocabularyLabelMax),
  definition: localeMapSchema(LIMITS.vocabularyDefinitionMax).default({}),
  position: z.number().int().min(0).max(10000).optional(),
  active: z.boolean().default(true),
});
export const vocabularyItemPatch = vocabularyItemBody.omit({ code: true }).partial();

export type VocabularyItem = z.infer<typeof vocabularyItemSchema>;
export type Country = z.infer<typeof countrySchema>;
export type IncomeGroup = z.infer<typeof incomeGroupSchema>;
export type CodeItem = z.infer<typeof codeItemSchema>;
export type TimeZoneItem = z.infer<typeof timeZoneItemSchema>;
