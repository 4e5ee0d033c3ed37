/**
 * Fairness across a series: a site that bore inconvenient hours in earlier dialogues weighs more
 * now, so the inconvenience rotates. With `burden` the past discomfort of each site (the sum of
 * its `discomfort` over the series' earlier dialogues, see `addBurden`):
 *
 *   weight(site) = 1 + strength × burden(site) / mean burden of this dialogue's sites
 *
 * Equal burdens leave the ranking as it was; a site that bore twice the average weighs 3, one that
 * bore nothing 1. Relative to the mean, so the weights do not grow with the length of the series.
 */
import { DialogueTimeError } from './errors.js';

export interface Fairness {
  /** Past discomfort per site id (missing: 0). Ids of sites not in this dialogue are ignored. */
  burden: Readonly<Record<string, number>>;
  /** 0 turns fairness off; default 1. */
  strength?: number;
}

/** The weight of each site (same order as `siteIds`); all 1 without fairness or burden. */
export function fairnessWeights(siteIds: readonly string[], fairness?: Fairness): number[] {
  if (!fairness) return siteIds.map(() => 1);
  const strength = fairness.strength ?? 1;
  if (!Number.isFinite(strength) || strength < 0)
    throw new DialogueTimeError('invalid_burden', 'Fairness strength must be 0 or more', 'fairness.strength');
  const burden = siteIds.map((id) => {
    const b = Object.hasOwn(fairness.burden, id) ? fairness.burden[id] : 0;
    if (typeof b !== 'number' || !Number.isFinite(b) || b < 0)
      throw new DialogueTimeError(
        'invalid_burden',
        `Burden must be a number ≥ 0: ${id}`,
        `fairness.burden.${id}`,
      );
    return b;
  });
  const mean = burden.reduce((a, b) => a + b, 0) / (burden.length || 1);
  return burden.map((b) => (mean > 0 ? 1 + (strength * b) / mean : 1));
}

/** The burden after a dialogue: each site's discomfort added to what it bore before. */
export function addBurden(
  burden: Readonly<Record<string, number>>,
  held: { sites: readonly { siteId: string; discomfort: number }[] },
): Record<string, number> {
  const next: Record<string, number> = { ...burden };
  for (const s of held.sites)
    next[s.siteId] = (Object.hasOwn(next, s.siteId) ? next[s.siteId]! : 0) + s.discomfort;
  return next;
}
