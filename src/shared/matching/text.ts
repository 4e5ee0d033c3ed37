/**
 * Text relevance from lexeme lists. The server stems each item's text with PostgreSQL's
 * `to_tsvector` in the text's own language and hands over the lexemes (repeats kept); pass the
 * lexemes of every language version of an item, so a Spanish need meets an offer that also has
 * a Spanish text. Here: sparse TF-IDF vectors and their cosine, built for many pairs: a vector is
 * a sorted Int32Array of term ids beside a Float32Array of weights, and the dot product is a
 * merge join without allocation.
 */

/** Inverse document frequencies over a corpus, with term ids. Build once, reuse for every vector. */
export interface Idf {
  readonly docCount: number;
  /** Term of each id; ids follow code-unit order of the terms, so they never depend on input order. */
  readonly terms: readonly string[];
  /** IDF of each id. */
  readonly weights: Float64Array;
  /** IDF of a term no document of the corpus holds. */
  readonly unseen: number;
  /** The id of a term, or -1 when the corpus does not hold it. */
  termId(term: string): number;
}

/**
 * Smoothed IDF, ln((1 + N) / (1 + df)) + 1 (as scikit-learn's): never zero, so a term every
 * document holds still counts a little, and defined for unseen terms (df = 0).
 */
function idfOf(docCount: number, df: number): number {
  return Math.log((1 + docCount) / (1 + Math.min(df, docCount))) + 1;
}

/**
 * An IDF from stored document frequencies, e.g. PostgreSQL's `ts_stat(...)` `ndoc` per word, or
 * one saved from an earlier `buildIdf`: the nightly job need not re-read the corpus.
 */
export function idfFromFrequencies(
  docCount: number,
  frequencies: Iterable<readonly [string, number]> | Readonly<Record<string, number>>,
): Idf {
  if (!Number.isInteger(docCount) || docCount < 0)
    throw new RangeError(`docCount must be a non-negative integer, got ${docCount}`);
  const entries: Iterable<readonly [string, number]> =
    Symbol.iterator in frequencies
      ? (frequencies as Iterable<readonly [string, number]>)
      : Object.entries(frequencies as Record<string, number>);
  const df = new Map<string, number>();
  for (const [term, count] of entries) {
    if (term === '') continue;
    if (!Number.isFinite(count) || count < 0)
      throw new RangeError(`document frequency of "${term}" must be a non-negative number, got ${count}`);
    df.set(term, (df.get(term) ?? 0) + count);
  }
  const terms = [...df.keys()].sort();
  const ids = new Map<string, number>();
  const weights = new Float64Array(terms.length);
  terms.forEach((term, id) => {
    ids.set(term, id);
    weights[id] = idfOf(docCount, df.get(term)!);
  });
  return {
    docCount,
    terms,
    weights,
    unseen: idfOf(docCount, 0),
    termId: (term) => ids.get(term) ?? -1,
  };
}

/** Counts, for each lexeme, the documents that hold it, and makes an IDF of it. */
export function buildIdf(docs: Iterable<readonly string[]>): Idf {
  const df = new Map<string, number>();
  let docCount = 0;
  for (const doc of docs) {
    docCount++;
    for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return idfFromFrequencies(docCount, df);
}

/** An L2-normalised sparse TF-IDF vector: `ids` ascending, `weights[i]` the weight of `ids[i]`. */
export interface TextVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

export const EMPTY_VECTOR: TextVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * The TF-IDF vector of a lexeme list. Term frequency is sublinear (1 + ln tf) so a word repeated
 * ten times does not outweigh ten different words. Terms the IDF's corpus lacks cannot be shared
 * with anything it was built from; they stay out of the vector but still count in its length, so
 * a text of mostly unknown words is not mistaken for a short, focused one. Build the IDF over
 * the union of the texts being compared (needs and candidates) and this rarely matters.
 */
export function textVector(idf: Idf, lexemes: readonly string[]): TextVector {
  const counts = new Map<string, number>();
  for (const lexeme of lexemes) if (lexeme !== '') counts.set(lexeme, (counts.get(lexeme) ?? 0) + 1);
  const known: [number, number][] = [];
  let squares = 0;
  for (const [term, tf] of counts) {
    const id = idf.termId(term);
    const weight = (1 + Math.log(tf)) * (id < 0 ? idf.unseen : idf.weights[id]!);
    squares += weight * weight;
    if (id >= 0) known.push([id, weight]);
  }
  if (known.length === 0) return EMPTY_VECTOR;
  known.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(squares);
  const ids = new Int32Array(known.length);
  const weights = new Float32Array(known.length);
  known.forEach(([id, weight], i) => {
    ids[i] = id;
    weights[i] = weight / norm;
  });
  return { ids, weights };
}

/**
 * Cosine similarity of two normalised vectors, in [0, 1] (weights are non-negative): 1 for the
 * same text, 0 for texts without a shared term. Symmetric; a merge join, no allocation.
 */
export function cosine(a: TextVector, b: TextVector): number {
  const ai = a.ids;
  const bi = b.ids;
  const aw = a.weights;
  const bw = b.weights;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += aw[i++]! * bw[j++]!;
    else if (x < y) i++;
    else j++;
  }
  // Float32 weights may sum to a hair above 1 for identical texts.
  return Math.min(dot, 1);
}

/** The terms two texts share, those adding most to their similarity first (ties by term). */
export function sharedTerms(idf: Idf, a: TextVector, b: TextVector, limit = 5): string[] {
  const shared: { term: string; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) shared.push({ term: idf.terms[x]!, weight: a.weights[i++]! * b.weights[j++]! });
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q.weight - p.weight || (p.term < q.term ? -1 : p.term > q.term ? 1 : 0));
  return shared.slice(0, Math.max(0, limit)).map((s) => s.term);
}

/**
 * The ids of a text's `count` heaviest terms (ties by id), ascending: the words that say what it
 * is about. Used as a pre-filter's blocking keys, where every shared word would keep every pair.
 */
export function keyTerms(vector: TextVector, count: number): Int32Array {
  const order = Array.from(vector.ids.keys());
  order.sort((p, q) => vector.weights[q]! - vector.weights[p]! || p - q);
  const ids = order.slice(0, Math.max(0, count)).map((i) => vector.ids[i]!);
  return Int32Array.from(ids).sort();
}
