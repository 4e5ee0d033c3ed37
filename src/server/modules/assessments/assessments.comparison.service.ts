import type { z } from 'zod';
import { type CountryRatings, compareWithPeers } from '../../../shared/assessment-stats.js';
import type {
  comparisonQuery,
  ExperienceRef,
  whoSolvedQuery,
} from '../../../shared/contracts/assessments.js';
import { type LocaleMap, pickLocale } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './assessments.repository.js';
import { countryOr404 } from './assessments.support.js';

/**
 * What the submitted rounds say across countries: a country against its peers, "who solved
 * this?", and the network's open data. Each reads every country's latest submitted round.
 */

/** Each country's latest submitted round with its ratings by dimension. */
async function latestRatings(ex: Executor) {
  const latest = await repo.latestSubmitted(ex);
  const ratings = await repo.ratingsOf(
    ex,
    latest.map((l) => l.id),
  );
  const byAssessment = new Map<string, repo.RatingRecord[]>();
  for (const r of ratings)
    byAssessment.set(r.assessment_id, [...(byAssessment.get(r.assessment_id) ?? []), r]);
  return latest.map((row) => {
    const rows = byAssessment.get(row.id) ?? [];
    const ratingOf: CountryRatings = {
      code: row.country_code,
      ratings: Object.fromEntries(rows.map((r) => [r.dimension, r.rating])),
    };
    return { row, rows, ratingOf };
  });
}

/**
 * A country's latest submitted round against a peer group (same region, same income group, or
 * hand-picked countries) and the whole network, dimension by dimension.
 */
export async function comparison(
  deps: AppDeps,
  _ctx: RequestContext,
  code: string,
  q: z.output<typeof comparisonQuery>,
) {
  const country = await countryOr404(deps.db, code);
  if (q.peers === 'custom' && !q.codes?.length) throw badRequest('errors:assessments.peerCodes', 'codes');
  const [dimensions, latest] = await Promise.all([repo.listDimensions(deps.db), latestRatings(deps.db)]);
  const byCode = new Map(latest.map((l) => [l.row.country_code, l]));
  let peerCountries: { code: string; name: unknown }[];
  if (q.peers === 'custom') {
    const wanted = q.codes!.filter((c) => c !== code);
    const known = await repo.findCountries(deps.db, wanted);
    const unknown = wanted.find((c) => !known.some((k) => k.code === c));
    if (unknown) throw badRequest('errors:assessments.unknownCountry', 'codes', { code: unknown });
    peerCountries = wanted.map((c) => known.find((k) => k.code === c)!);
  } else {
    const same = (l: (typeof latest)[number]) =>
      q.peers === 'region'
        ? country.region !== null && l.row.region === country.region
        : country.income_group !== null && l.row.income_group === country.income_group;
    peerCountries = latest
      .filter((l) => l.row.country_code !== code && same(l))
      .map((l) => ({ code: l.row.country_code, name: l.row.country_name }));
  }
  const own = byCode.get(code);
  const rows = compareWithPeers({
    country: code,
    dimensions: dimensions.map((d) => d.code),
    own: own?.ratingOf.ratings ?? null,
    peers: peerCountries.flatMap((p) => byCode.get(p.code)?.ratingOf ?? []),
    network: latest.map((l) => l.ratingOf),
  });
  return {
    country,
    peerGroup: q.peers,
    latest: own ? { id: own.row.id, assessedOn: own.row.assessed_on } : null,
    peers: peerCountries.map((p) => ({ code: p.code, name: p.name, hasAssessment: byCode.has(p.code) })),
    networkCount: latest.length,
    dimensions,
    rows,
  };
}

/**
 * The hand-off to the experience library (issue 4): the published experiences of these
 * countries tagged with this assessment dimension, by country code. Experiences will carry the
 * `assessment_dimension` codes they are about, so "who solved this?" can show how a strong
 * country got there. Until the library exists there are none: the answer is an empty map, and
 * callers already read it, so the library only has to fill this function in.
 */
export async function experiencesOnDimension(
  _deps: AppDeps,
  _countryCodes: readonly string[],
  _dimension: string,
): Promise<Map<string, ExperienceRef[]>> {
  return new Map();
}

/**
 * "Who solved this?": countries (other than the asking one) whose latest submitted rating on the
 * dimension is at least `minRating`, strongest first, then the most recently assessed.
 */
export async function whoSolved(deps: AppDeps, ctx: RequestContext, q: z.output<typeof whoSolvedQuery>) {
  const dimensions = await repo.listDimensions(deps.db);
  const dimension = dimensions.find((d) => d.code === q.dimension);
  if (!dimension) throw badRequest('errors:assessments.unknownDimension', 'dimension', { code: q.dimension });
  if (q.country && !(await repo.findCountry(deps.db, q.country)))
    throw badRequest('errors:assessments.unknownCountry', 'country', { code: q.country });
  const latest = await latestRatings(deps.db);
  const strong = latest
    .filter((l) => l.row.country_code !== q.country)
    .flatMap(({ row, rows }) => {
      const r = rows.find((x) => x.dimension === q.dimension);
      return r && r.rating !== null && r.rating >= q.minRating ? [{ row, rating: r }] : [];
    })
    .sort(
      (a, b) =>
        b.rating.rating! - a.rating.rating! ||
        b.row.assessed_on.localeCompare(a.row.assessed_on) ||
        a.row.country_code.localeCompare(b.row.country_code),
    );
  const experiences = await experiencesOnDimension(
    deps,
    strong.map((s) => s.row.country_code),
    q.dimension,
  );
  return {
    dimension,
    minRating: q.minRating,
    items: strong.map(({ row, rating }) => {
      const evidence = pickLocale(rating.evidence as LocaleMap, ctx.locale);
      return {
        row,
        rating,
        evidence: evidence?.text ?? null,
        evidenceLocale: evidence?.locale ?? null,
        experiences: experiences.get(row.country_code) ?? [],
      };
    }),
  };
}

/** The latest submitted rating of every country on every dimension (open data). */
export async function exportNetwork(deps: AppDeps) {
  const [dimensions, latest] = await Promise.all([repo.listDimensions(deps.db), latestRatings(deps.db)]);
  return { dimensions, latest };
}
