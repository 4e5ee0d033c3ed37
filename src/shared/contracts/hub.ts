import { z } from 'zod';

export const statsSchema = z
  .object({
    counts: z.record(z.string(), z.number().int()).describe('Live counts shown on the home page, by module'),
  })
  .meta({ id: 'Stats' });
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ engine: z.string(), reachable: z.boolean() }),
  migrations: z.object({ current: z.boolean(), pending: z.array(z.string()) }),
  version: z.string(),
});
