import {
  type CompiledWeights,
  type MatchScore,
  type PreparedCandidate,
  type PreparedNeed,
  scoreMatch,
  scorePool,
  topNeeds,
} from '../../../shared/matching/index.js';
import type { CandidateKind, ItemMeta } from './matching.items.js';
import type { MatchIndex } from './matching.pools.js';

/** One ranked match and what is shown beside it. */
export interface Ranked {
  kind: CandidateKind | 'need';
  meta: ItemMeta;
  match: MatchScore;
}

interface Entry {
  index: number;
  score: number;
  id: string;
}

/** True when `a` ranks above `b`: higher score, or the same score and an earlier id (as the core). */
const above = (a: Entry, b: Entry) => a.score > b.score || (a.score === b.score && a.id < b.id);

/**
 * The best `n` candidates of one kind for a need that `allow` lets through (visible to the
 * reader, not the need's own organisation…), best first. The whole pool is scored at once
 * (`scorePool`, the core's fast path); `allow` is asked only of candidates that would get in,
 * and the few kept are scored in detail for their explanation.
 */
export function rankForNeed(
  index: MatchIndex,
  kind: CandidateKind,
  need: PreparedNeed,
  weights: CompiledWeights,
  n: number,
  minScore: number,
  allow: (meta: ItemMeta) => boolean,
): Ranked[] {
  const { pool, metas } = index.pools[kind];
  if (pool.candidates.length === 0 || n <= 0) return [];
  // The pool's own scratch array: read before anything else scores on this pool.
  const scores = scorePool(pool, need, weights);
  const top: Entry[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score <= 0 || score < minScore) continue;
    if (top.length === n && score < top[n - 1]!.score) continue;
    const entry = { index: i, score, id: pool.candidates[i]!.id };
    if (top.length === n && !above(entry, top[n - 1]!)) continue;
    if (!allow(metas[i]!)) continue;
    let at = top.length;
    while (at > 0 && above(entry, top[at - 1]!)) at--;
    top.splice(at, 0, entry);
    if (top.length > n) top.pop();
  }
  return top.map((e) => ({
    kind,
    meta: metas[e.index]!,
    match: scoreMatch(need, pool.candidates[e.index]!, weights),
  }));
}

/**
 * The best `n` live needs for a candidate (an offer) that `allow` lets through, each scored from
 * the need's side (`topNeeds`), so a match reads the same on the need's and the offer's page.
 */
export function rankNeedsFor(
  index: MatchIndex,
  candidate: PreparedCandidate,
  weights: CompiledWeights,
  n: number,
  minScore: number,
  allow: (meta: ItemMeta) => boolean,
): Ranked[] {
  const { prepared, metas } = index.needs;
  const kept: PreparedNeed[] = [];
  const byId = new Map<string, ItemMeta>();
  for (let i = 0; i < prepared.length; i++) {
    if (!allow(metas[i]!)) continue;
    kept.push(prepared[i]!);
    byId.set(metas[i]!.id, metas[i]!);
  }
  return topNeeds(candidate, kept, weights, n, { minScore }).map((r) => ({
    kind: 'need' as const,
    meta: byId.get(r.id)!,
    match: r.match,
  }));
}
