import type { z } from 'zod';
import type { matchSettingsSchema } from '../../../shared/contracts/marketplace.js';
import type { MatchSettingsBody } from '../../../shared/contracts/matching.js';
import {
  checkWeights,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_FACTORS,
  type MatchFactor,
} from '../../../shared/matching/weights.js';

/** The administrator's match settings as the API returns them. */
export type MatchSettings = z.infer<typeof matchSettingsSchema>;

/** A weight as typed: null while its field is empty or not a number. */
export type WeightValues = Record<MatchFactor, number | null>;

/** What the form edits (and keeps as a local draft until saved). */
export interface MatchSettingsDraft {
  weights: WeightValues;
  minScore: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const usable = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Weights on the form's 0–100 scale. Weights are relative (only their ratios count), so a set
 * given as fractions, like the defaults (0.3, 0.25…), is shown ×100 (30, 25…) without changing
 * what it means; a set already above 1 is shown as it is, so what was typed comes back as typed.
 */
export function weightsOnScale(weights: Partial<Record<MatchFactor, number>>): WeightValues {
  const given = MATCH_FACTORS.map((f) => weights[f]).filter(usable);
  const scale = given.length > 0 && Math.max(...given) <= 1 ? 100 : 1;
  return Object.fromEntries(
    MATCH_FACTORS.map((f) => {
      const v = weights[f];
      return [f, usable(v) ? round2(v * scale) : null];
    }),
  ) as WeightValues;
}

/** The defaults (DEFAULT_MATCH_WEIGHTS) on the form's scale. */
export const defaultWeights = (): WeightValues => weightsOnScale(DEFAULT_MATCH_WEIGHTS);

export function draftOf(settings: MatchSettings): MatchSettingsDraft {
  return { weights: weightsOnScale(settings.weights), minScore: settings.minScore };
}

/** A draft as kept on this device, made whole: a factor added since it was kept starts empty. */
export function wholeDraft(draft: Partial<MatchSettingsDraft>): MatchSettingsDraft {
  const kept = (draft.weights ?? {}) as Partial<Record<MatchFactor, unknown>>;
  const weights = Object.fromEntries(
    MATCH_FACTORS.map((f) => {
      const v = kept[f];
      return [f, typeof v === 'number' && Number.isFinite(v) ? v : null];
    }),
  ) as WeightValues;
  const minScore = typeof draft.minScore === 'number' ? draft.minScore : null;
  return { weights, minScore };
}

/**
 * Each factor's share of a score when every factor is stated: its weight over the sum, as the
 * scoring core renormalises them (0–1; all 0 when no weight is above 0). A weight the server
 * would refuse (empty, negative) counts as 0 here; its field says why on saving.
 */
export function weightShares(weights: WeightValues): Record<MatchFactor, number> {
  const total = MATCH_FACTORS.reduce((sum, f) => sum + (usable(weights[f]) ? (weights[f] as number) : 0), 0);
  return Object.fromEntries(
    MATCH_FACTORS.map((f) => {
      const v = weights[f];
      return [f, total > 0 && usable(v) ? v / total : 0];
    }),
  ) as Record<MatchFactor, number>;
}

/** True when every weight is a number but none is above 0: no match could be scored. */
export function allZero(weights: WeightValues): boolean {
  return checkWeights(weights).some((p) => p.problem === 'allZero');
}

/**
 * The request body. An empty weight is left out, so the server names that factor in its
 * answer; an empty minimum score is left out too, which keeps the one in force.
 */
export function bodyOf(draft: MatchSettingsDraft): MatchSettingsBody {
  const weights: Record<string, number> = {};
  for (const f of MATCH_FACTORS) {
    const v = draft.weights[f];
    if (v !== null) weights[f] = v;
  }
  return draft.minScore === null ? { weights } : { weights, minScore: draft.minScore };
}
