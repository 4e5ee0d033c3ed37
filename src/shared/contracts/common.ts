import { z } from 'zod';
import { invalid } from '../error-keys.js';
import { LIMITS } from '../limits.js';
import { LOCALES } from '../locales.js';
import { isTimeZone } from '../time-zones.js';
import { VISIBILITIES } from '../visibility.js';

/** Building blocks every module's contract uses, so the same input is refused the same way. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      location: z
        .string()
        .optional()
        .describe(
          'The record the error points to (the duplicate that already exists), also sent as Location',
        ),
    }),
  })
  .meta({ id: 'Error', description: 'Every error: a code, a message naming the field, and the field.' });

export const uuidSchema = z.uuid(invalid('uuid'));
export const idParams = z.object({ id: uuidSchema });
export const localeSchema = z.enum(LOCALES);
export const visibilitySchema = z
  .enum(VISIBILITIES)
  .describe('public: anyone; network: signed-in members; organisation: its members');
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, invalid('timeZone'));
export const emailSchema = z.email(invalid('email')).max(LIMITS.emailMax).toLowerCase();
export const urlSchema = z.url({ protocol: /^https?$/, message: invalid('url') }).max(LIMITS.urlMax);

/** Text in several languages: `{ "en": "…", "es": "…" }`, keys from the supported locales. */
export const localeMapSchema = (max: number) =>
  z.partialRecord(localeSchema, z.string().trim().max(max)).describe('Text by language code');

/** A locale map that must hold at least one non-empty text. */
export const requiredLocaleMapSchema = (max: number) =>
  localeMapSchema(max).refine((m) => Object.values(m).some((v) => v && v.length > 0), invalid('localeMap'));

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

/** A page of items with the cursor of the next page (null on the last page). */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const abilitiesSchema = z
  .record(z.string(), z.boolean())
  .describe('What the caller may do with this record; the UI shows actions from this alone');

export const okSchema = z.object({ ok: z.literal(true) });
