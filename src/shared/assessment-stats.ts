/**
 * The arithmetic of the self-assessment comparison, shared by the server (API answers) and the
 * web app (history changes). Pure: no I/O, no dates, no language.
 */

/** One country's ratings by dimension code (null or missing: not rated). */
export interface CountryRatings {
  code: string;
  ratings: Readonly<Record<string, number | null | undefined>>;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface DimensionMedian {
  median: number | null;
  /** How many countries rated the dimension. */
  count: number;
}

/** For each dimension, the median of the countries that rated it, and how many did. */
export function medianByDimension(
  countries: readonly CountryRatings[],
  dimensions: readonly string[],
): Record<string, DimensionMedian> {
  const out: Record<string, DimensionMedian> = {};
  for (const dimension of dimensions) {
    const values = countries
      .map((c) => c.ratings[dimension])
      .filter((v): v is number => typeof v === 'number');
    out[dimension] = { median: median(values), count: values.length };
  }
  return out;
}

export interface DimensionComparison {
  code: string;
  rating: number | null;
  peerMedian: number | null;
  peerCount: number;
  networkMedian: number | null;
  networkCount: number;
}

/**
 * A country's ratings beside the median of its peers and of the whole network. The country is
 * never its own peer (it is taken out of `peers` here whatever the caller passed); the network
 * is every country with a submitted assessment, the country included.
 */
export function compareWithPeers(input: {
  country: string;
  dimensions: readonly string[];
  own: CountryRatings['ratings'] | null;
  peers: readonly CountryRatings[];
  network: readonly CountryRatings[];
}): DimensionComparison[] {
  const peers = medianByDimension(
    input.peers.filter((p) => p.code !== input.country),
    input.dimensions,
  );
  const network = medianByDimension(input.network, input.dimensions);
  return input.dimensions.map((code) => ({
    code,
    rating: input.own?.[code] ?? null,
    peerMedian: peers[code]!.median,
    peerCount: peers[code]!.count,
    networkMedian: network[code]!.median,
    networkCount: network[code]!.count,
  }));
}

/** The change of a rating from one round to the next; null when either round left it unrated. */
export function ratingChange(
  previous: number | null | undefined,
  current: number | null | undefined,
): number | null {
  return typeof previous === 'number' && typeof current === 'number' ? current - previous : null;
}

/** A median as people read it: whole numbers plain, halves with one decimal. */
export function formatMedian(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
