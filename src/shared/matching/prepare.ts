/**
 * Needs and candidates (offers, experiences, capabilities, peer countries) prepared once each,
 * so that scoring a pair does no parsing, sorting or allocation. The nightly job prepares 20 000
 * of each and scores pairs; preparing is linear, scoring is where the time goes.
 */
import { type CodeProfile, codeProfile, DAC_SECTORS, profileCategories, SDG_TARGETS } from './codes.js';
import {
  type CountryContext,
  checkHistory,
  codeList,
  type ExchangeHistory,
  type PreparedContext,
  prepareContext,
} from './factors.js';
import { type Idf, keyTerms, type TextVector, textVector } from './text.js';
import { type DateWindow, type DayWindow, dayNumber, dayWindow, isStated } from './timeframe.js';

/** What both sides of a match may state. Lists are codes; a missing list is an empty one. */
export interface MatchItemInput {
  /** Unique among the items ranked together (prefix the kind when mixing: `offer:…`). */
  id: string;
  /** Stemmed lexemes of the item's text in every language it is held in (repeats kept). */
  lexemes: readonly string[];
  /** DAC purpose codes (15110) or categories (151). */
  sectors?: readonly string[];
  /** SDG targets (16.6) or goals (16). */
  sdgTargets?: readonly string[];
  /** ISO 639-1 codes. */
  languages?: readonly string[];
  /** Instrument vocabulary codes: preferred by a need, offered by a candidate. */
  instruments?: readonly string[];
  /** The country the item's organisation is in. */
  country?: CountryContext | null;
}

/** A knowledge need: what is sought, and when. */
export interface NeedInput extends MatchItemInput {
  /** When help is wanted; null or both ends null: not stated. */
  timeframe?: DateWindow | null;
}

/** Anything that may answer a need. */
export interface CandidateInput extends MatchItemInput {
  /**
   * When the candidate is available; null means always (an experience, a peer country). An
   * offer's period ends at its expiry.
   */
  availability?: DateWindow | null;
  /** Track record of the candidate's organisation or country; null: not known (left out). */
  history?: ExchangeHistory | null;
}

/** What preparation needs besides the item: the shared IDF and, optionally, today. */
export interface MatchContext {
  idf: Idf;
  /** ISO date of today: periods before it no longer count. Null: dates are taken as they are. */
  today?: string | null;
  /** How many of a text's heaviest terms serve as pre-filter keys (default 10). */
  keyTermCount?: number;
}

/** Pre-filter key kinds: shared sector category, SDG goal, language, or key text term. */
export const BLOCKING_KINDS = ['sector', 'sdg', 'language', 'text'] as const;
export type BlockingKind = (typeof BLOCKING_KINDS)[number];

/** What both prepared sides hold. */
export interface PreparedItem {
  readonly id: string;
  /** The IDF the text vector was built with: two vectors compare only under the same one. */
  readonly idf: Idf;
  readonly text: TextVector;
  readonly sectors: CodeProfile;
  readonly sdgs: CodeProfile;
  readonly languages: readonly string[];
  readonly instruments: readonly string[];
  readonly country: PreparedContext | null;
  /** Pre-filter keys, ascending: kind in the top bits (see `blockingKeyKind`), a value below. */
  readonly keys: Int32Array;
}

export interface PreparedNeed extends PreparedItem {
  /** Null: the need states no timeframe. */
  readonly window: DayWindow | null;
}

export interface PreparedCandidate extends PreparedItem {
  /** Always a window: unstated availability is open at both ends. */
  readonly window: DayWindow;
  readonly history: ExchangeHistory | null;
}

export const DEFAULT_KEY_TERM_COUNT = 10;
const KIND_SHIFT = 27;
const VALUE_MASK = (1 << KIND_SHIFT) - 1;

/** The kind of a blocking key (its index in BLOCKING_KINDS). */
export function blockingKeyKind(key: number): number {
  return (key >>> KIND_SHIFT) - 1;
}

/** The bit mask of some kinds, for `sharesKey`. */
export function kindMask(kinds: readonly BlockingKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << BLOCKING_KINDS.indexOf(kind);
  return mask;
}

/**
 * FNV-1a, cut to the key's value bits. Codes hash rather than intern so that keys need no shared
 * table; a collision only keeps a pair the pre-filter could have dropped, it never drops one.
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & VALUE_MASK;
}

function makeKeys(parts: Record<BlockingKind, Iterable<number>>): Int32Array {
  const keys: number[] = [];
  BLOCKING_KINDS.forEach((kind, index) => {
    for (const value of parts[kind]) keys.push(((index + 1) << KIND_SHIFT) | (value & VALUE_MASK));
  });
  return Int32Array.from(new Set(keys)).sort();
}

function prepareItem(input: MatchItemInput, context: MatchContext): PreparedItem {
  const text = textVector(context.idf, input.lexemes);
  const sectors = codeProfile(input.sectors, DAC_SECTORS);
  const sdgs = codeProfile(input.sdgTargets, SDG_TARGETS);
  const languages = codeList(input.languages);
  const keys = makeKeys({
    sector: profileCategories(sectors).map(hash),
    sdg: profileCategories(sdgs).map(hash),
    language: languages.map(hash),
    text: keyTerms(text, context.keyTermCount ?? DEFAULT_KEY_TERM_COUNT),
  });
  return {
    id: input.id,
    idf: context.idf,
    text,
    sectors,
    sdgs,
    languages,
    instruments: codeList(input.instruments),
    country: prepareContext(input.country),
    keys,
  };
}

const todayOf = (context: MatchContext) => (context.today ? dayNumber(context.today) : null);

/** Prepares a need once for scoring against many candidates. */
export function prepareNeed(input: NeedInput, context: MatchContext): PreparedNeed {
  const window = isStated(input.timeframe) ? dayWindow(input.timeframe, todayOf(context)) : null;
  return { ...prepareItem(input, context), window };
}

/** Prepares a candidate once for scoring against many needs. */
export function prepareCandidate(input: CandidateInput, context: MatchContext): PreparedCandidate {
  return {
    ...prepareItem(input, context),
    window: dayWindow(input.availability, todayOf(context)),
    history: checkHistory(input.history),
  };
}

/**
 * Whether two items share a key of the kinds in `mask`: a merge join over a few dozen integers.
 * Both key lists are ascending, and kinds sit in the top bits, so each kind is one run.
 */
export function sharesKey(a: Int32Array, b: Int32Array, mask: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      if ((mask >>> ((x >>> KIND_SHIFT) - 1)) & 1) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

/** Whether an item holds any key of the kinds in `mask` (else a pre-filter cannot judge it). */
export function hasKeys(item: PreparedItem, mask: number): boolean {
  for (const key of item.keys) if ((mask >>> ((key >>> KIND_SHIFT) - 1)) & 1) return true;
  return false;
}

/** An item's keys of some kinds, ascending: for an inverted index over thousands of candidates. */
export function blockingKeys(
  item: PreparedItem,
  kinds: readonly BlockingKind[] = BLOCKING_KINDS,
): Int32Array {
  const mask = kindMask(kinds);
  return item.keys.filter((key) => (mask >>> blockingKeyKind(key)) & 1);
}
