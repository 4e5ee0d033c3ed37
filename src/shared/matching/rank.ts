/**
 * The best n matches of one item among many. Deterministic: the order is by score (as shown, one
 * decimal), then by id in code-unit order, so the result does not depend on the order the
 * candidates come in, nor on the machine's locale (ids must be unique among the candidates).
 * Selection keeps an n-sized heap, so ranking 20 000 candidates costs 20 000 quick scores and n
 * detailed ones.
 */
import { type CandidatePool, scorePool } from './pool.js';
import {
  BLOCKING_KINDS,
  type BlockingKind,
  hasKeys,
  kindMask,
  type PreparedCandidate,
  type PreparedItem,
  type PreparedNeed,
  sharesKey,
} from './prepare.js';
import { type MatchScore, quickScore, scoreMatch } from './score.js';
import { type CompiledWeights, compileWeights, type MatchWeights } from './weights.js';

/** How to rank. */
export interface RankOptions {
  /** Leave out matches scoring below this (0–100). A score of 0 is never a match, whatever this says. */
  minScore?: number;
  /**
   * Skip candidates that share no blocking key with the item: `true` for every kind (sector
   * category, SDG goal, language, one of the item's heaviest text terms), or a list of kinds.
   * Off by default because it is a heuristic: a skipped candidate could still have scored on
   * instrument, timeframe, track record or context, or on lighter words. Pair by pair it saves
   * the scoring of the skipped; over a pool every candidate is scored anyway (cheaper than
   * checking keys pair by pair) and it only narrows the result. `['sector', 'sdg', 'text']`
   * filters far more than all four, since nearly every pair shares English. When the item has
   * no key of the chosen kinds, nothing is skipped (the filter could not judge).
   */
  prefilter?: boolean | readonly BlockingKind[];
}

/** One ranked match: the other item's id and its full score. */
export interface RankedMatch {
  id: string;
  match: MatchScore;
}

interface Entry {
  score: number;
  index: number;
  id: string;
}

/** True when `a` ranks below `b`: lower score, or the same score and a later id. */
function worse(a: Entry, b: Entry): boolean {
  return a.score < b.score || (a.score === b.score && a.id > b.id);
}

/** A heap with the weakest of the kept entries on top, so a better newcomer replaces it. */
class TopN {
  readonly heap: Entry[] = [];
  constructor(readonly size: number) {}

  /** The lowest score that may still get in (-Infinity until the heap is full). */
  floor(): number {
    return this.heap.length < this.size ? Number.NEGATIVE_INFINITY : this.heap[0]!.score;
  }

  /** Whether an entry with this score and id would get in (checked before allocating one). */
  admits(score: number, id: string): boolean {
    if (this.heap.length < this.size) return true;
    const top = this.heap[0]!;
    return score > top.score || (score === top.score && id < top.id);
  }

  push(entry: Entry): void {
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    heap[0] = entry;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let weakest = i;
      if (left < heap.length && worse(heap[left]!, heap[weakest]!)) weakest = left;
      if (right < heap.length && worse(heap[right]!, heap[weakest]!)) weakest = right;
      if (weakest === i) return;
      [heap[i], heap[weakest]] = [heap[weakest]!, heap[i]!];
      i = weakest;
    }
  }

  /** The kept entries, best first. */
  best(): Entry[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
}

/** The pre-filter's kind mask for an item, or 0 when it does not apply. */
function prefilterMask(item: PreparedItem, option: RankOptions['prefilter']): number {
  if (!option) return 0;
  const mask = kindMask(option === true ? BLOCKING_KINDS : option);
  return hasKeys(item, mask) ? mask : 0;
}

function rank<T extends PreparedItem>(
  item: PreparedItem,
  others: readonly T[],
  n: number,
  options: RankOptions,
  score: (other: T, index: number) => number,
  detail: (other: T) => MatchScore,
): RankedMatch[] {
  checkN(n);
  if (n === 0) return [];
  const mask = prefilterMask(item, options.prefilter);
  const minScore = options.minScore ?? 0;
  const top = new TopN(n);
  for (let index = 0; index < others.length; index++) {
    const other = others[index]!;
    if (mask !== 0 && !sharesKey(item.keys, other.keys, mask)) continue;
    const value = score(other, index);
    // The id is read only for a score that could get in: most candidates stop at the number.
    if (value <= 0 || value < minScore || value < top.floor() || !top.admits(value, other.id)) continue;
    top.push({ score: value, index, id: other.id });
  }
  return top.best().map((entry) => ({ id: entry.id, match: detail(others[entry.index]!) }));
}

/**
 * The best `n` candidates for a need (offers, experiences, capabilities, peer countries), best
 * first. Pass a pool (`createPool`) when ranking many needs against the same candidates: the
 * result is the same, computed much faster.
 */
export function topMatches(
  need: PreparedNeed,
  candidates: readonly PreparedCandidate[] | CandidatePool,
  weights: MatchWeights | CompiledWeights,
  n: number,
  options: RankOptions = {},
): RankedMatch[] {
  const w = compileWeights(weights);
  if (Array.isArray(candidates))
    return rank(
      need,
      candidates as readonly PreparedCandidate[],
      n,
      options,
      (candidate) => quickScore(need, candidate, w),
      (candidate) => scoreMatch(need, candidate, w),
    );
  const pool = candidates as CandidatePool;
  checkN(n);
  // Scoring the whole pool costs less than checking the pre-filter pair by pair would save.
  const scores = n === 0 ? pool.scores : scorePool(pool, need, w);
  return rank(
    need,
    pool.candidates,
    n,
    options,
    (_, index) => scores[index]!,
    (candidate) => scoreMatch(need, candidate, w),
  );
}

/**
 * The best `n` needs for an offer (or any candidate), best first. Each pair is scored from the
 * need's side, as on the need's page, so a match shows the same score and reasons on both pages.
 */
export function topNeeds(
  candidate: PreparedCandidate,
  needs: readonly PreparedNeed[],
  weights: MatchWeights | CompiledWeights,
  n: number,
  options: RankOptions = {},
): RankedMatch[] {
  const w = compileWeights(weights);
  return rank(
    candidate,
    needs,
    n,
    options,
    (need) => quickScore(need, candidate, w),
    (need) => scoreMatch(need, candidate, w),
  );
}
