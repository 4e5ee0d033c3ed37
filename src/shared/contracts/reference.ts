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
