/**
 * The small factors of a match: shared language, instrument fit, track record and country
 * context. Each value function is the hot path (no allocation) and returns null when the need
 * (or, for the track record, the data) does not say, so that the factor is left out, not zeroed.
 */

/** A plain code list prepared once: trimmed, lower-cased, unique, sorted. */
export function codeList(values: readonly string[] | null | undefined): readonly string[] {
  const unique = [...new Set((values ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];
  return unique.sort();
}

/** How many of `need`'s codes `candidate` holds (lists are a handful long: a double loop wins). */
export function sharedCount(need: readonly string[], candidate: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < need.length; i++) {
    const code = need[i];
    for (let j = 0; j < candidate.length; j++) {
      if (candidate[j] === code) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The need's codes the candidate also holds, in the need's (sorted) order. */
export function sharedCodes(need: readonly string[], candidate: readonly string[]): string[] {
  return need.filter((code) => candidate.includes(code));
}

/**
 * 1 when need and candidate share a language, else 0; null when the need names none. All or
 * nothing: one shared working language is enough for an exchange, a second adds little.
 */
export function languageValue(need: readonly string[], candidate: readonly string[]): number | null {
  if (need.length === 0) return null;
  return sharedCount(need, candidate) > 0 ? 1 : 0;
}

/** The share of the need's preferred instruments the candidate offers; null when it prefers none. */
export function instrumentValue(need: readonly string[], candidate: readonly string[]): number | null {
  if (need.length === 0) return null;
  return sharedCount(need, candidate) / need.length;
}

/** Past successful exchanges of the candidate's organisation (or country) and their feedback. */
export interface ExchangeHistory {
  /** How many exchanges were completed successfully. */
  exchanges: number;
  /** Mean usefulness rating (1–5) given in feedback; null when nobody rated them yet. */
  meanFeedback: number | null;
}

/**
 * Exchanges at which the track record counts half. Two: one exchange may be luck, a handful is
 * a record; the curve count / (count + 2) saturates so that a big provider does not bury others.
 */
export const HISTORY_HALF_COUNT = 2;

/** Checks a track record once, when an item is prepared; a RangeError names the bad number. */
export function checkHistory(history: ExchangeHistory | null | undefined): ExchangeHistory | null {
  if (!history) return null;
  const { exchanges, meanFeedback } = history;
  if (!Number.isInteger(exchanges) || exchanges < 0)
    throw new RangeError(`exchanges must be a non-negative integer, got ${exchanges}`);
  if (meanFeedback !== null && !(meanFeedback >= 1 && meanFeedback <= 5))
    throw new RangeError(`meanFeedback must be between 1 and 5, got ${meanFeedback}`);
  return { exchanges, meanFeedback };
}

/**
 * Experience × quality: count / (count + 2), times the mean feedback mapped from 1–5 onto 0–1
 * (unrated exchanges count as middling, 0.5). No record known → null: not a penalty; a known
 * record of zero exchanges → 0.
 */
export function historyValue(history: ExchangeHistory | null): number | null {
  if (history === null) return null;
  const { exchanges, meanFeedback } = history;
  if (exchanges === 0) return 0;
  const quality = meanFeedback === null ? 0.5 : (meanFeedback - 1) / 4;
  return (exchanges / (exchanges + HISTORY_HALF_COUNT)) * quality;
}

/** World Bank income groups, poorest first, so neighbours can be told apart from opposites. */
export const INCOME_GROUPS = ['L', 'LM', 'UM', 'H'] as const;

/** A country's context: its region and World Bank income group (either may be unknown). */
export interface CountryContext {
  region: string | null;
  incomeGroup: string | null;
}

/** A country context prepared once: the income group as its rank (-1 unknown). */
export interface PreparedContext {
  readonly region: string | null;
  readonly income: number;
}

/** Prepares a country context; an unknown income group code counts as unknown. */
export function prepareContext(context: CountryContext | null | undefined): PreparedContext | null {
  if (!context) return null;
  const income = (INCOME_GROUPS as readonly (string | null)[]).indexOf(context.incomeGroup);
  const region = context.region?.trim() || null;
  return region === null && income < 0 ? null : { region, income };
}

/** Same region, different region, or not known (on the candidate's side). */
export type RegionMatch = 'same' | 'different' | 'unknown';
/** Same income group, a neighbouring one (lower-middle vs upper-middle), further, or not known. */
export type IncomeMatch = 'same' | 'near' | 'different' | 'unknown';

function regionPart(need: PreparedContext, candidate: PreparedContext | null): number {
  return candidate !== null && candidate.region === need.region ? 1 : 0;
}

function incomePart(need: PreparedContext, candidate: PreparedContext | null): number {
  if (candidate === null || candidate.income < 0) return 0;
  const distance = Math.abs(need.income - candidate.income);
  // A neighbouring group half: lower-middle and upper-middle countries face many of the same
  // constraints, while low and high income ones rarely do.
  return distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
}

/**
 * Context similarity: the mean of "same region" and "same income group" over the parts the
 * need's country states (experience travels best between similar settings); null when the need
 * has no country context. What the candidate does not state counts as no similarity.
 */
export function contextValue(need: PreparedContext | null, candidate: PreparedContext | null): number | null {
  if (need === null) return null;
  const hasRegion = need.region !== null;
  const hasIncome = need.income >= 0;
  const region = hasRegion ? regionPart(need, candidate) : 0;
  const income = hasIncome ? incomePart(need, candidate) : 0;
  return (region + income) / ((hasRegion ? 1 : 0) + (hasIncome ? 1 : 0));
}

/** How the two contexts compare, part by part, for an explanation. */
export function contextMatch(
  need: PreparedContext,
  candidate: PreparedContext | null,
): { region: RegionMatch; income: IncomeMatch } {
  const region: RegionMatch =
    need.region === null || candidate?.region == null
      ? 'unknown'
      : regionPart(need, candidate) === 1
        ? 'same'
        : 'different';
  const part = incomePart(need, candidate);
  const income: IncomeMatch =
    need.income < 0 || candidate === null || candidate.income < 0
      ? 'unknown'
      : part === 1
        ? 'same'
        : part > 0
          ? 'near'
          : 'different';
  return { region, income };
}
