import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'AuditEntry' });

export const auditParams = z.object({
  entityType: z.enum([
    'organisation',
    'user',
    'vocabulary_item',
    'membership',
    'invitation',
    'country_profile',
    'assessment',
    'capability',
    'expert',
    'experience',
    'need',
    'offer',
    'introduction',
    'dialogue',
    'dialogue_series',
  ]),
  entityId: z.string().min(1).max(100),
});
export const auditQuery = pageQuerySchema;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
