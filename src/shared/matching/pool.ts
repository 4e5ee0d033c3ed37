/**
 * Many candidates laid out for scoring one need against all of them at once: the nightly
 * all-pairs job and a need's page both rank a need against thousands of candidates.
 *
 * Why: pair by pair, each score walks a dozen small objects per candidate and merges two
 * hundred-term vectors, and on a small server that is microseconds a pair, too slow for
 * 20 000 × 20 000. Here the text cosines of one need with every candidate are summed through an
 * inverted index (work in proportion to the terms actually shared, not to the pairs), and the
 * other factors read codes interned to integers from flat typed arrays. The arithmetic is the
 * pairwise one in the same order, so every score equals `quickScore`'s to the last bit.
 */
import { DEFAULT_PARTIAL_CREDIT } from './codes.js';
import { historyValue } from './factors.js';
import type { PreparedCandidate, PreparedNeed } from './prepare.js';
import { combine, textValue } from './score.js';
import type { Idf } from './text.js';
import { windowFit } from './timeframe.js';
import { type CompiledWeights, compileWeights, MATCH_FACTORS, type MatchWeights } from './weights.js';

/** Lists of interned codes, one per candidate: candidate c's are `[start[c], start[c + 1])`. */
interface IntLists {
  readonly start: Int32Array;
  readonly code: Int32Array;
  /** Category of each code (code lists only). */
  readonly category: Int32Array;
}

/** Candidates prepared for scoring a need against all of them. Build once, rank many needs. */
export interface CandidatePool {
  readonly candidates: readonly PreparedCandidate[];
  /** The IDF every candidate was prepared with; null for an empty pool. */
  readonly idf: Idf | null;
  /** Inverted index, term → candidates: postings of term t are `[termStart[t], termStart[t + 1])`. */
  readonly termStart: Int32Array;
  readonly postingItem: Int32Array;
  readonly postingWeight: Float32Array;
  readonly sectors: IntLists;
  readonly sdgs: IntLists;
  readonly languages: IntLists;
  readonly instruments: IntLists;
  readonly windowStart: Float64Array;
  readonly windowEnd: Float64Array;
  /** History value of each candidate (it depends on the candidate alone); NaN: not known. */
  readonly history: Float64Array;
  /** Interned region (-1: none) and income rank (-1: unknown) of each candidate. */
  readonly region: Int32Array;
  readonly income: Int8Array;
  /** Interning tables: one per vocabulary; a code and a category of the same text share an id. */
  readonly ids: Record<'sector' | 'sdg' | 'language' | 'instrument' | 'region', Map<string, number>>;
  /** Scratch for one need's text dot products and scores (a pool scores one need at a time). */
  readonly dots: Float64Array;
  readonly scores: Float64Array;
}

// Codes a need holds that no candidate does: never equal to a candidate's id (≥ 0) nor to "none" (-1).
const UNKNOWN = -2;
const NONE = Number.NaN;

function intern(table: Map<string, number>, text: string): number {
  let id = table.get(text);
  if (id === undefined) {
    id = table.size;
    table.set(text, id);
  }
  return id;
}

function lists(
  candidates: readonly PreparedCandidate[],
  table: Map<string, number>,
  codesOf: (c: PreparedCandidate) => readonly string[],
  categoriesOf: (c: PreparedCandidate) => readonly string[] = codesOf,
): IntLists {
  const start = new Int32Array(candidates.length + 1);
  candidates.forEach((c, i) => {
    start[i + 1] = start[i]! + codesOf(c).length;
  });
  const code = new Int32Array(start[candidates.length]!);
  const category = new Int32Array(code.length);
  candidates.forEach((c, i) => {
    const categories = categoriesOf(c);
    codesOf(c).forEach((text, j) => {
      code[start[i]! + j] = intern(table, text);
      category[start[i]! + j] = intern(table, categories[j]!);
    });
  });
  return { start, code, category };
}

/** Lays candidates out for `scorePool`. All must share one IDF; an empty list makes an empty pool. */
export function createPool(candidates: readonly PreparedCandidate[]): CandidatePool {
  const idf = candidates[0]?.idf ?? null;
  const termCount = idf?.terms.length ?? 0;
  const termStart = new Int32Array(termCount + 1);
  for (const c of candidates) {
    if (c.idf !== idf) throw new Error(`Candidate ${c.id} was prepared with another IDF than the others`);
    for (const t of c.text.ids) termStart[t + 1]!++;
  }
  for (let t = 0; t < termCount; t++) termStart[t + 1]! += termStart[t]!;
  const fill = termStart.slice(0, -1);
  const postingItem = new Int32Array(termStart[termCount]!);
  const postingWeight = new Float32Array(postingItem.length);
  candidates.forEach((c, i) => {
    c.text.ids.forEach((t, j) => {
      const at = fill[t]!++;
      postingItem[at] = i;
      postingWeight[at] = c.text.weights[j]!;
    });
  });
  const table = () => new Map<string, number>();
  const ids = { sector: table(), sdg: table(), language: table(), instrument: table(), region: table() };
  const region = Int32Array.from(candidates, (c) =>
    c.country?.region ? intern(ids.region, c.country.region) : -1,
  );
  return {
    candidates,
    idf,
    termStart,
    postingItem,
    postingWeight,
    sectors: lists(
      candidates,
      ids.sector,
      (c) => c.sectors.codes,
      (c) => c.sectors.categories,
    ),
    sdgs: lists(
      candidates,
      ids.sdg,
      (c) => c.sdgs.codes,
      (c) => c.sdgs.categories,
    ),
    languages: lists(candidates, ids.language, (c) => c.languages),
    instruments: lists(candidates, ids.instrument, (c) => c.instruments),
    windowStart: Float64Array.from(candidates, (c) => c.window.start),
    windowEnd: Float64Array.from(candidates, (c) => c.window.end),
    history: Float64Array.from(candidates, (c) => historyValue(c.history) ?? Number.NaN),
    region,
    income: Int8Array.from(candidates, (c) => c.country?.income ?? -1),
    ids,
    dots: new Float64Array(candidates.length),
    scores: new Float64Array(candidates.length),
  };
}

/** A need's code list in the pool's ids: codes, categories, and which codes are whole categories. */
interface NeedCodes {
  code: Int32Array;
  category: Int32Array;
  bare: Uint8Array;
}

function needCodes(
  table: Map<string, number>,
  codes: readonly string[],
  categories?: readonly string[],
  bare?: readonly boolean[],
): NeedCodes {
  const id = (text: string) => table.get(text) ?? UNKNOWN;
  return {
    code: Int32Array.from(codes, id),
    category: Int32Array.from(categories ?? codes, id),
    bare: Uint8Array.from(bare ?? codes.map(() => false), Number),
  };
}

/** `codeCoverage` on interned lists: the same comparisons in the same order. */
function coverage(need: NeedCodes, lists: IntLists, c: number, partial: number): number {
  const from = lists.start[c]!;
  const to = lists.start[c + 1]!;
  let total = 0;
  for (let i = 0; i < need.code.length; i++) {
    const code = need.code[i]!;
    const category = need.category[i]!;
    const bare = need.bare[i] === 1;
    let best = 0;
    for (let j = from; j < to; j++) {
      if (lists.code[j] === code || (bare && lists.category[j] === code)) {
        best = 1;
        break;
      }
      if (lists.category[j] === category) best = partial;
    }
    total += best;
  }
  return total / need.code.length;
}

/** `sharedCount` on interned lists. */
function shared(need: NeedCodes, lists: IntLists, c: number): number {
  let count = 0;
  for (let i = 0; i < need.code.length; i++) {
    for (let j = lists.start[c]!; j < lists.start[c + 1]!; j++) {
      if (lists.code[j] === need.code[i]) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The score (as `quickScore`) of a need against every candidate of the pool: `out[i]` for
 * `pool.candidates[i]`. Without `out`, the pool's own array is filled and returned: it is
 * overwritten by the next call. Allocates a few small arrays per need, none per candidate.
 */
export function scorePool(
  pool: CandidatePool,
  need: PreparedNeed,
  weights: MatchWeights | CompiledWeights,
  out: Float64Array = pool.scores,
): Float64Array {
  if (pool.candidates.length > 0 && need.idf !== pool.idf)
    throw new Error(`Need ${need.id} was prepared with another IDF than the pool`);
  const w = compileWeights(weights);
  const dots = pool.dots;
  dots.fill(0);
  // Need terms ascending, postings by candidate: each candidate's products are summed in term
  // order, as cosine()'s merge join sums them, so the dot products are bit-identical.
  for (let i = 0; i < need.text.ids.length; i++) {
    const t = need.text.ids[i]!;
    const weight = need.text.weights[i]!;
    for (let p = pool.termStart[t]!; p < pool.termStart[t + 1]!; p++)
      dots[pool.postingItem[p]!]! += weight * pool.postingWeight[p]!;
  }
  const sectors = needCodes(pool.ids.sector, need.sectors.codes, need.sectors.categories, need.sectors.bare);
  const sdgs = needCodes(pool.ids.sdg, need.sdgs.codes, need.sdgs.categories, need.sdgs.bare);
  const languages = needCodes(pool.ids.language, need.languages);
  const instruments = needCodes(pool.ids.instrument, need.instruments);
  const country = need.country;
  const region = country?.region == null ? -1 : (pool.ids.region.get(country.region) ?? UNKNOWN);
  const values = new Float64Array(MATCH_FACTORS.length);
  const window = need.window;
  for (let c = 0; c < pool.candidates.length; c++) {
    values[0] = need.text.ids.length === 0 ? NONE : textValue(dots[c]!);
    values[1] = sectors.code.length === 0 ? NONE : coverage(sectors, pool.sectors, c, DEFAULT_PARTIAL_CREDIT);
    values[2] = sdgs.code.length === 0 ? NONE : coverage(sdgs, pool.sdgs, c, DEFAULT_PARTIAL_CREDIT);
    values[3] = languages.code.length === 0 ? NONE : shared(languages, pool.languages, c) > 0 ? 1 : 0;
    values[4] =
      instruments.code.length === 0
        ? NONE
        : shared(instruments, pool.instruments, c) / instruments.code.length;
    values[5] =
      window === null ? NONE : windowFit(window.start, window.end, pool.windowStart[c]!, pool.windowEnd[c]!);
    values[6] = pool.history[c]!;
    values[7] = country === null ? NONE : contextOf(country.region !== null, region, country.income, pool, c);
    out[c] = combine(values, w);
  }
  return out;
}

/** `contextValue` on interned regions. */
function contextOf(
  hasRegion: boolean,
  region: number,
  income: number,
  pool: CandidatePool,
  c: number,
): number {
  const hasIncome = income >= 0;
  const regionPart = hasRegion && pool.region[c] === region ? 1 : 0;
  let incomePart = 0;
  if (hasIncome && pool.income[c]! >= 0) {
    const distance = Math.abs(income - pool.income[c]!);
    incomePart = distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
  }
  return (regionPart + incomePart) / ((hasRegion ? 1 : 0) + (hasIncome ? 1 : 0));
}
