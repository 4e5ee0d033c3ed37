/**
 * Hierarchy-aware overlap of code lists: OECD-DAC sectors (5-digit purpose codes in 3-digit
 * categories) and SDG targets (16.6 in goal 16). Either side may hold fine codes or bare
 * categories. Pure; a list is prepared once per item so that scoring a pair only compares strings.
 */

/** How a code list nests: the category a code belongs to, and whether a code is a bare category. */
export interface CodeHierarchy {
  /** The category of a code; a bare category is its own category. */
  categoryOf(code: string): string;
  isCategory(code: string): boolean;
}

/** DAC purpose codes: `15110` belongs to category `151`; a 3-digit code is a whole category. */
export const DAC_SECTORS: CodeHierarchy = {
  categoryOf: (code) => code.slice(0, 3),
  isCategory: (code) => code.length <= 3,
};

/** SDG targets: `16.6` (or `16.a`) belongs to goal `16`; a code without a dot is a whole goal. */
export const SDG_TARGETS: CodeHierarchy = {
  categoryOf: (code) => {
    const dot = code.indexOf('.');
    return dot < 0 ? code : code.slice(0, dot);
  },
  isCategory: (code) => !code.includes('.'),
};

/**
 * What a match within the same category (but not on the code) is worth. Half: working next door
 * is real evidence of relevant know-how, but clearly weaker than working on the very problem.
 */
export const DEFAULT_PARTIAL_CREDIT = 0.5;

/** A code list prepared for matching: sorted, unique, with each code's category beside it. */
export interface CodeProfile {
  readonly codes: readonly string[];
  /** `categories[i]` is the category of `codes[i]`. */
  readonly categories: readonly string[];
  /** `bare[i]` is true when `codes[i]` is itself a whole category. */
  readonly bare: readonly boolean[];
}

/** Prepares a code list once per item: trimmed, lower-cased (SDG `16.A` = `16.a`), deduplicated, sorted. */
export function codeProfile(
  codes: readonly string[] | null | undefined,
  hierarchy: CodeHierarchy,
): CodeProfile {
  const unique = [...new Set((codes ?? []).map((c) => c.trim().toLowerCase()).filter((c) => c !== ''))];
  // Code-unit order, not localeCompare: the same on every machine whatever its locale.
  unique.sort();
  return {
    codes: unique,
    categories: unique.map((c) => hierarchy.categoryOf(c)),
    bare: unique.map((c) => hierarchy.isCategory(c)),
  };
}

/** The distinct categories of a prepared list (a pre-filter's blocking keys). */
export function profileCategories(profile: CodeProfile): string[] {
  return [...new Set(profile.categories)];
}

/**
 * How well one need code is covered: 1 when the candidate holds the code itself, or holds a code
 * inside it when the need names a whole category (the need asked for "anything in 151", and
 * 15110 is that); the partial credit when the candidate is only in the same category (a sibling
 * code, or a bare category when the need is specific: a broad claim is weaker evidence); else 0.
 */
function bestMatch(need: CodeProfile, i: number, candidate: CodeProfile, partial: number): number {
  const code = need.codes[i]!;
  const category = need.categories[i]!;
  const bare = need.bare[i]!;
  const codes = candidate.codes;
  const categories = candidate.categories;
  let best = 0;
  for (let j = 0; j < codes.length; j++) {
    if (codes[j] === code || (bare && categories[j] === code)) return 1;
    if (categories[j] === category) best = partial;
  }
  return best;
}

/**
 * How well the candidate covers the need's codes: the mean over the need's codes of the best
 * match, in [0, 1]; null when the need states no code (so the factor is left out, not zero).
 * The hot path of scoring: no allocation.
 */
export function codeCoverage(
  need: CodeProfile,
  candidate: CodeProfile,
  partial: number = DEFAULT_PARTIAL_CREDIT,
): number | null {
  const n = need.codes.length;
  if (n === 0) return null;
  let total = 0;
  for (let i = 0; i < n; i++) total += bestMatch(need, i, candidate, partial);
  return total / n;
}

/** The coverage with the need's codes that matched fully and partly, for an explanation. */
export interface CodeOverlap {
  value: number | null;
  /** Need codes the candidate covers fully. */
  full: string[];
  /** Need codes the candidate covers only through the same category. */
  partial: string[];
}

/** `codeCoverage` plus which of the need's codes matched fully and which partly. */
export function codeOverlap(
  need: CodeProfile,
  candidate: CodeProfile,
  partial: number = DEFAULT_PARTIAL_CREDIT,
): CodeOverlap {
  const full: string[] = [];
  const partly: string[] = [];
  const n = need.codes.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Scored at full credit 1 / partial 0.5 regardless of `partial`, to classify the match.
    const kind = bestMatch(need, i, candidate, 0.5);
    if (kind === 1) full.push(need.codes[i]!);
    else if (kind > 0) partly.push(need.codes[i]!);
    total += kind === 1 ? 1 : kind > 0 ? partial : 0;
  }
  return { value: n === 0 ? null : total / n, full, partial: partly };
}
