import { z } from 'zod';
import { checkWeights, MATCH_FACTORS } from '../matching/index.js';

/**
 * Matchmaking's own requests. The match and settings responses are in `marketplace.ts`
 * (`matchListSchema`, `matchSettingsSchema`); what is here is the administrator's settings
 * form, validated by the scoring core's `checkWeights` so that every message names the weight
 * at fault (`weights.sector`), which `matchWeightsSchema` (a strict object) cannot do for a
 * misspelt factor.
 */

const PROBLEM_KEY = {
  missing: 'errors:matching.weightMissing',
  notFinite: 'errors:matching.weightNotFinite',
  negative: 'errors:matching.weightNegative',
  allZero: 'errors:matching.weightsAllZero',
  unknownFactor: 'errors:matching.unknownFactor',
} as const;

export const matchSettingsBody = z
  .object({
    weights: z
      .record(z.string(), z.unknown())
      .describe(
        `Relative weight of every factor (${MATCH_FACTORS.join(', ')}): numbers ≥ 0, at least one above 0`,
      ),
    minScore: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('Matches scoring below this (0–100) are not shown; unchanged when left out'),
  })
  .superRefine((body, ctx) => {
    const known = new Set<string>(MATCH_FACTORS);
    for (const key of Object.keys(body.weights))
      if (!known.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['weights', key],
          message: PROBLEM_KEY.unknownFactor,
          factor: key,
          factors: MATCH_FACTORS.join(', '),
        });
    for (const p of checkWeights(body.weights)) {
      if (p.problem === 'unknownFactor') continue;
      ctx.addIssue({
        code: 'custom',
        path: p.factor ? ['weights', p.factor] : ['weights'],
        message: PROBLEM_KEY[p.problem],
      });
    }
  });
export type MatchSettingsBody = z.infer<typeof matchSettingsBody>;
