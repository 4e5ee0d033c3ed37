/** The summaries every bench reports: nearest-rank percentiles and rounded figures. */

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Count, median, 95th percentile and maximum, rounded to `digits` decimals. */
export const stats = (xs: readonly number[], digits = 1) => ({
  n: xs.length,
  p50: round(percentile(xs, 50), digits),
  p95: round(percentile(xs, 95), digits),
  max: round(Math.max(...xs), digits),
});
