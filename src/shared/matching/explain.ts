/**
 * A match score in words: the factors ordered by their share of the score, each as a catalogue
 * key with its variables. The words live in `src/shared/i18n/<locale>/matching.json`, so the web
 * app words them in the reader's language and the server can word a digest e-mail the same way.
 */
import type { FactorResult, MatchReason, MatchScore } from './score.js';
import { MATCH_FACTORS, type MatchFactor } from './weights.js';

/** The i18n namespace of matchmaking's words. */
export const MATCHING_NAMESPACE = 'matching';

/** One line of an explanation: the factor's label, its reason and its share of the score. */
export interface ExplanationLine {
  factor: MatchFactor;
  /** Catalogue key of the factor's name, e.g. `factor.sector`. */
  labelKey: string;
  reason: MatchReason;
  /** Fraction of the score (0–1). */
  share: number;
  /** The share as a whole percentage; the lines' percentages add up to 100 when the score is > 0. */
  percent: number;
  /** False when the need does not state this factor (it did not count either way). */
  stated: boolean;
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder): rounding each on its own can
 * show 33 % + 33 % + 33 %, and readers add them up. Ties go to the earlier line.
 */
function percentages(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (total <= 0) return shares.map(() => 0);
  const exact = shares.map((s) => (100 * s) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - floors[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

/** Order of lines: by share, largest first; then stated factors that earned nothing; then unstated. */
function rankOf(f: FactorResult): number {
  return f.value === null ? 2 : f.share > 0 ? 0 : 1;
}

/**
 * The lines of an explanation, largest share first (ties in factor order). A stated factor that
 * counts for nothing because the administrator weighted it 0 is left out: it played no part.
 */
export function explainMatch(match: MatchScore): ExplanationLine[] {
  const order = (f: FactorResult) => MATCH_FACTORS.indexOf(f.factor);
  const kept = match.factors
    .filter((f) => f.value === null || f.weight > 0)
    .sort((a, b) => rankOf(a) - rankOf(b) || b.share - a.share || order(a) - order(b));
  const percents = percentages(kept.map((f) => f.share));
  return kept.map((f, i) => ({
    factor: f.factor,
    labelKey: `factor.${f.factor}`,
    reason: f.reason,
    share: f.share,
    percent: percents[i]!,
    stated: f.value !== null,
  }));
}

/** A translate function such as i18next's `t`, bound to the matching namespace. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One explanation line in words. */
export interface WordedLine {
  factor: MatchFactor;
  label: string;
  text: string;
  /** "40% of the score"; null for a factor that added nothing (or under half a per cent). */
  share: string | null;
}

/**
 * An explanation in words. Lists (codes, terms) are joined by `formatList`, where the caller can
 * put names for codes and `Intl.ListFormat` ("A, B and C"); by default a comma list.
 */
export function wordExplanation(
  lines: readonly ExplanationLine[],
  t: Translate,
  formatList: (values: readonly string[], param: string) => string = (values) => values.join(', '),
): WordedLine[] {
  return lines.map((line) => {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(line.reason.params))
      params[name] = Array.isArray(value) ? formatList(value, name) : value;
    return {
      factor: line.factor,
      label: t(line.labelKey),
      text: t(line.reason.key, params),
      share: line.percent > 0 ? t('share', { percent: line.percent }) : null,
    };
  });
}
