import { describe, expect, it } from 'vitest';
import {
  buildIdf,
  cosine,
  EMPTY_VECTOR,
  idfFromFrequencies,
  keyTerms,
  sharedTerms,
  textVector,
} from './text.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const corpus = [
  words('public invest manag budget capit project apprais'),
  words('public invest manag project select'),
  words('water suppli sanit rural'),
  words('teacher train school curriculum'),
  words('budget transpar citizen'),
];
const idf = buildIdf(corpus);
const vec = (text: string) => textVector(idf, words(text));

describe('buildIdf', () => {
  it('counts documents, not occurrences, and ranks rare terms higher', () => {
    const df = buildIdf([['a', 'a', 'b'], ['b']]);
    expect(df.docCount).toBe(2);
    expect(df.terms).toEqual(['a', 'b']);
    expect(df.weights[df.termId('a')]!).toBeGreaterThan(df.weights[df.termId('b')]!);
  });
  it('gives every term a positive weight, even one in every document', () => {
    const df = buildIdf([['a'], ['a']]);
    expect(df.weights[0]).toBe(1);
    expect(df.unseen).toBeGreaterThan(1);
  });
  it('numbers terms in code-unit order whatever the order of the documents', () => {
    const a = buildIdf([['zeta', 'alpha'], ['beta']]);
    const b = buildIdf([['beta'], ['alpha', 'zeta']]);
    expect(a.terms).toEqual(['alpha', 'beta', 'zeta']);
    expect(b.terms).toEqual(a.terms);
    expect([...b.weights]).toEqual([...a.weights]);
  });
  it('says -1 for a term the corpus lacks', () => expect(idf.termId('nowhere')).toBe(-1));
});

describe('idfFromFrequencies', () => {
  it('rebuilds the same IDF from stored document frequencies (a Map or a record)', () => {
    const stored = idfFromFrequencies(5, { public: 2, invest: 2, water: 1 });
    const fromMap = idfFromFrequencies(5, new Map([['public', 2]]));
    expect(stored.weights[stored.termId('public')]).toBe(idf.weights[idf.termId('public')]);
    expect(fromMap.weights[0]).toBe(idf.weights[idf.termId('public')]);
  });
  it('refuses a negative document count or frequency', () => {
    expect(() => idfFromFrequencies(-1, {})).toThrow(RangeError);
    expect(() => idfFromFrequencies(2, { a: -1 })).toThrow(/"a"/);
  });
  it('caps a stale frequency above the document count instead of going negative', () => {
    const stale = idfFromFrequencies(1, { a: 10 });
    expect(stale.weights[0]).toBe(1);
  });
});

describe('textVector', () => {
  it('is L2-normalised with ids ascending', () => {
    const v = vec('budget public public invest');
    const norm = Math.hypot(...v.weights);
    expect(norm).toBeCloseTo(1, 6);
    expect([...v.ids]).toEqual([...v.ids].sort((a, b) => a - b));
  });
  it('damps repeats (1 + ln tf): ten repeats weigh less than ten times one', () => {
    const once = vec('budget water');
    const often = vec(`${'budget '.repeat(10)}water`);
    const ratio = (v: typeof once) => v.weights[0]! / v.weights[1]!;
    expect(ratio(often) / ratio(once)).toBeCloseTo(1 + Math.log(10), 5);
  });
  it('is empty for no words or only unknown words', () => {
    expect(vec('')).toBe(EMPTY_VECTOR);
    expect(vec('zzz yyy')).toBe(EMPTY_VECTOR);
  });
  it('keeps unknown words out of the vector but in its length', () => {
    const known = vec('budget');
    const diluted = vec('budget zzz yyy xxx');
    expect([...diluted.ids]).toEqual([...known.ids]);
    expect(diluted.weights[0]!).toBeLessThan(known.weights[0]!);
  });
});

describe('cosine', () => {
  it('is 1 for the same text', () => {
    expect(cosine(vec('public invest manag budget'), vec('public invest manag budget'))).toBeCloseTo(1, 6);
    expect(cosine(vec('budget budget water'), vec('water budget budget'))).toBeCloseTo(1, 6);
  });
  it('never exceeds 1', () => {
    for (const doc of corpus) {
      const v = textVector(idf, doc);
      expect(cosine(v, v)).toBeLessThanOrEqual(1);
    }
  });
  it('is 0 for texts without a shared term, and for empty texts', () => {
    expect(cosine(vec('water suppli'), vec('teacher train'))).toBe(0);
    expect(cosine(vec('water'), EMPTY_VECTOR)).toBe(0);
    expect(cosine(EMPTY_VECTOR, EMPTY_VECTOR)).toBe(0);
  });
  it('is symmetric, to the last bit', () => {
    const a = vec('public invest manag budget capit');
    const b = vec('budget transpar public water');
    expect(cosine(a, b)).toBe(cosine(b, a));
    expect(cosine(a, b)).toBeGreaterThan(0);
    expect(cosine(a, b)).toBeLessThan(1);
  });
  it('ranks a closer text higher', () => {
    const need = vec('public invest manag apprais');
    expect(cosine(need, vec('public invest manag project'))).toBeGreaterThan(
      cosine(need, vec('budget transpar citizen public')),
    );
  });
});

describe('sharedTerms', () => {
  it('lists the shared terms, heaviest first, up to the limit', () => {
    const a = vec('public invest manag apprais budget');
    const b = vec('apprais public invest budget water');
    const terms = sharedTerms(idf, a, b, 10);
    expect([...terms].sort()).toEqual(['apprais', 'budget', 'invest', 'public']);
    // "apprais" is in one document of the corpus, "public" in two: rarer words say more.
    expect(terms[0]).toBe('apprais');
    expect(sharedTerms(idf, a, b, 2)).toEqual(terms.slice(0, 2));
  });
  it('is empty when nothing is shared', () =>
    expect(sharedTerms(idf, vec('water'), vec('school'))).toEqual([]));
  it('breaks equal weights by term, so the words shown never flicker', () => {
    const flat = buildIdf([['b', 'a', 'c']]);
    const v = textVector(flat, ['c', 'b', 'a']);
    expect(sharedTerms(flat, v, v)).toEqual(['a', 'b', 'c']);
  });
});

describe('keyTerms', () => {
  it('keeps the heaviest terms, ids ascending', () => {
    const v = vec('apprais capit public invest');
    const keys = keyTerms(v, 2);
    expect(keys).toHaveLength(2);
    expect([...keys].map((id) => idf.terms[id])).toEqual(['apprais', 'capit']);
  });
  it('keeps all terms of a short text and none for count 0', () => {
    expect(keyTerms(vec('water'), 10)).toHaveLength(1);
    expect(keyTerms(vec('water'), 0)).toHaveLength(0);
  });
});
