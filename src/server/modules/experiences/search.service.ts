import type { z } from 'zod';
import type {
  ExperienceSearchResult,
  ExperienceSummary,
  experienceExportQuery,
  experienceSearchQuery,
} from '../../../shared/contracts/experiences.js';
import { type LocaleMap, localized, pickLocale } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { indexGeneration } from './experiences.indexer.js';
import * as repo from './search.repository.js';
import * as exportRepo from './search-export.repository.js';
import * as facetRepo from './search-facets.repository.js';
import {
  cjkBigrams,
  cjkSnippet,
  hasCjk,
  normaliseName,
  safeSnippet,
  splitList,
  tsConfigOf,
  usesOperators,
} from './search-text.js';
import * as similarRepo from './similar.repository.js';

/**
 * The library's search: published experiences matching a text (every language, stemmed where
 * PostgreSQL can, Chinese as bigrams, names with typos), filters from the URL, three sorts,
 * highlighted snippets, facet counts, similar experiences and exports.
 */

type SearchQuery = z.infer<typeof experienceSearchQuery>;
type ExportQuery = z.infer<typeof experienceExportQuery>;
type Filterable = Omit<ExportQuery, 'format'>;

/** The URL's filters as lists; a sector or SDG list mixes codes and categories/goals. */
export function filtersOf(q: Filterable): repo.SearchFilters {
  const sectors = splitList(q.sector);
  const sdg = splitList(q.sdg);
  return {
    countries: splitList(q.country).map((c) => c.toUpperCase()),
    regions: splitList(q.region),
    sectors: sectors.filter((s) => s.length !== 3),
    sectorCategories: sectors.filter((s) => s.length === 3),
    sdgTargets: sdg.filter((s) => s.includes('.')),
    sdgGoals: sdg.filter((s) => !s.includes('.')),
    modalities: splitList(q.modality),
    instruments: splitList(q.instrument),
    modes: splitList(q.mode),
    outcomes: splitList(q.outcome),
    dimensions: splitList(q.dimension),
    languages: splitList(q.language),
    yearFrom: q.yearFrom,
    yearTo: q.yearTo,
    organisationId: q.organisation,
  };
}

/** The text query: stemmed in the reader's language and in the languages filtered on. */
export function textQueryOf(
  q: string | undefined,
  locale: string,
  languages: string[],
): repo.TextQuery | null {
  const text = q?.trim();
  if (!text) return null;
  const configs = [...new Set([locale, ...languages].map(tsConfigOf).filter((c) => c !== 'simple'))];
  const normalised = normaliseName(text);
  return {
    text,
    simple: hasCjk(normalised) ? cjkBigrams(normalised) : normalised,
    names: usesOperators(text) ? null : normalised,
    configs,
    fuzzy: false,
  };
}

/** Not verified for more than 12 months (by the service clock). */
export function isStale(lastVerifiedAt: Date | null, now: Date): boolean {
  if (!lastVerifiedAt) return false;
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - 12);
  return lastVerifiedAt.getTime() < cutoff.getTime();
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A search row as the summary readers see, in their language with the fallback reported. */
export function toSummary(
  r: repo.SummaryRow,
  locale: string,
  now: Date,
  snippet: string | null = null,
): ExperienceSummary {
  const title = pickLocale(r.title, locale, r.original_locale);
  const summaryLocale = title?.locale ?? locale;
  return {
    id: r.id,
    title: title?.text ?? '',
    titleLocale: title?.locale ?? r.original_locale,
    summary: localized(r.summary, summaryLocale, r.original_locale),
    snippet,
    organisation: { id: r.organisation_id, name: localized(r.org_name, locale, r.org_locale) },
    countryCodes: r.country_codes,
    status: r.status,
    publishedAt: iso(r.published_at),
    lastVerifiedAt: iso(r.last_verified_at),
    stale: isStale(r.last_verified_at ? new Date(r.last_verified_at) : null, now),
    viewCount: Number(r.view_count),
    languages: r.languages,
    yearStart: r.year_start,
    yearEnd: r.year_end,
  };
}

// ---------------------------------------------------------------------------------------------
// Cursors

/** The most results one can page through by relevance (deep pages are not useful). */
const RELEVANCE_MAX_OFFSET = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

type Sort = 'relevance' | 'newest' | 'views';

/** The position a cursor encodes, checked before it reaches SQL (a bad value would be a 500). */
function positionOf(cursor: string | undefined, sort: Sort): { offset: number; after: repo.After | null } {
  const c = decodeCursor(cursor);
  if (!c) return { offset: 0, after: null };
  const bad = () => badRequest('errors:cursor.invalid', 'cursor');
  if (sort === 'relevance') {
    if (
      c.id !== 'relevance' ||
      !Number.isInteger(c.v) ||
      (c.v as number) < 0 ||
      (c.v as number) > RELEVANCE_MAX_OFFSET
    )
      throw bad();
    return { offset: c.v as number, after: null };
  }
  if (!UUID.test(c.id)) throw bad();
  if (
    sort === 'newest' &&
    !(
      typeof c.v === 'string' &&
      SORT_TIMESTAMP.test(c.v) &&
      !Number.isNaN(Date.parse(`${c.v.slice(0, 23)}Z`))
    )
  )
    throw bad();
  if (sort === 'views' && !(Number.isSafeInteger(c.v) && (c.v as number) >= 0)) throw bad();
  return { offset: 0, after: { v: c.v as string | number, id: c.id } };
}

// ---------------------------------------------------------------------------------------------
// Facets

const FACETS: repo.FacetName[] = [
  'country',
  'region',
  'sector',
  'sdg',
  'modality',
  'instrument',
  'mode',
  'outcome',
  'year',
  'language',
];

/**
 * Counts over the whole library (no text, no filter) are what the library page shows first and
 * what each facet shows while only its own filter is set; they are kept for a minute, and
 * dropped at once when this process indexes an experience.
 */
const WHOLE_LIBRARY_TTL_MS = 60_000;
let wholeLibrary: { generation: number; at: number; rows: Promise<facetRepo.FacetRow[]> } | null = null;

function wholeLibraryCounts(ex: Executor): Promise<facetRepo.FacetRow[]> {
  const now = Date.now();
  if (
    wholeLibrary &&
    wholeLibrary.generation === indexGeneration() &&
    now - wholeLibrary.at < WHOLE_LIBRARY_TTL_MS
  )
    return wholeLibrary.rows;
  const rows = facetRepo.facetCounts(ex, filtersOf({ sort: 'newest' }), null, undefined, FACETS, true, null);
  const entry = { generation: indexGeneration(), at: now, rows };
  wholeLibrary = entry;
  rows.catch(() => {
    if (wholeLibrary === entry) wholeLibrary = null;
  });
  return rows;
}

/** For tests: forget the cached counts. */
export function forgetCachedCounts() {
  wholeLibrary = null;
}

type FacetBuckets = NonNullable<ExperienceSearchResult['facets']>;

function decadeLabel(code: string) {
  const start = Number(code);
  return `${start}–${start + 9}`;
}

function bucketsOf(rows: facetRepo.FacetRow[], locale: string): FacetBuckets {
  const out: FacetBuckets = {};
  for (const f of FACETS) out[f] = [];
  for (const r of rows) {
    if (r.facet === 'total') continue;
    const label =
      r.facet === 'year' ? decadeLabel(r.code) : localized(r.name as LocaleMap | null, locale) || r.code;
    out[r.facet]?.push({ code: r.code, label, count: r.n });
  }
  for (const f of FACETS) {
    out[f]?.sort((a, b) =>
      f === 'year'
        ? Number(b.code) - Number(a.code)
        : b.count - a.count || a.label.localeCompare(b.label, locale),
    );
  }
  return out;
}

/**
 * Exact counts up to EXACT_FACETS_MAX matches; beyond, an eighth, a sixteenth or a
 * thirty-second of the library, so that a sampled count reads about 2 000 matches at most
 * (3 000 when the whole library matches).
 */
export function sampleFor(estimate: number | null): repo.Sample | null {
  if (estimate === null || estimate <= EXACT_FACETS_MAX) return null;
  if (estimate <= 8 * EXACT_FACETS_MAX) return 8;
  return estimate <= 16 * EXACT_FACETS_MAX ? 16 : 32;
}

/**
 * How many experiences match, roughly. With a text: the exact count in the thirty-second
 * sample, times 32 (a few milliseconds through its partial index; a third of the error is
 * under 20% from about 500 matches on, where it matters). The planner's own estimate for a
 * text is unusable: it only knows the thousand most common words, and guesses 1% for the rest
 * ("Mexico", in 11% of a generated library, was estimated at 998 of 100 000). Without a text,
 * the planner's estimate, which is good for the arrays' codes.
 */
async function estimateMatches(
  deps: AppDeps,
  f: repo.SearchFilters,
  q: repo.TextQuery | null,
  without?: repo.FacetName,
): Promise<number> {
  if (!q) return repo.estimateMatches(deps.db, f, null, without);
  return (await repo.countMatches(deps.db, f, q, 32, without)) * 32;
}

/**
 * Facet counts on the matching set, each facet ignoring its own filter (multi-select facets):
 * one statement for the facets without a filter of their own (it also counts the matches), one
 * per facet that has one. Whenever what a statement counts over is the whole library, the
 * cached counts answer instead; over many matches, a sample is counted and scaled up.
 */
async function facetRows(
  deps: AppDeps,
  f: repo.SearchFilters,
  q: repo.TextQuery | null,
  mainSample: repo.Sample | null,
) {
  const active = repo.activeFacetFilters(f);
  const free = FACETS.filter((x) => !active.includes(x));
  const unfilteredAll = !q && f.dimensions.length === 0;
  const pick = (rows: facetRepo.FacetRow[], facets: readonly string[], total: boolean) =>
    rows.filter((r) => facets.includes(r.facet) || (total && r.facet === 'total'));
  const counted = async (without: repo.FacetName | undefined, facets: repo.FacetName[], total: boolean) => {
    const sample = without ? sampleFor(await estimateMatches(deps, f, q, without)) : mainSample;
    const rows = await facetRepo.facetCounts(deps.db, f, q, without, facets, total, sample);
    return sample ? rows.map((r) => ({ ...r, n: r.n * sample })) : rows;
  };
  const jobs: Promise<facetRepo.FacetRow[]>[] = [];
  if (unfilteredAll && active.length === 0) jobs.push(wholeLibraryCounts(deps.db));
  else jobs.push(counted(undefined, free, true));
  for (const a of active) {
    jobs.push(
      unfilteredAll && active.length === 1
        ? wholeLibraryCounts(deps.db).then((rows) => pick(rows, [a], false))
        : counted(a, [a], false),
    );
  }
  const [main, ...own] = await Promise.all(jobs);
  return [...pick(main ?? [], free, true), ...own.flat()];
}

// ---------------------------------------------------------------------------------------------
// Search

/** Highlighted snippets for a page, in the language each item is shown in. */
async function snippetsFor(
  deps: AppDeps,
  q: repo.TextQuery,
  rows: repo.SummaryRow[],
  locale: string,
): Promise<Map<string, string | null>> {
  const targets = rows.map((r) => {
    const shown = pickLocale(r.title, locale, r.original_locale)?.locale ?? r.original_locale;
    return { id: r.id, locale: shown, config: tsConfigOf(shown) };
  });
  const cjk = hasCjk(q.text);
  const found = await repo.snippets(deps.db, q, targets, cjk);
  return new Map(found.map((s) => [s.id, cjk ? cjkSnippet(s.text, q.text) : safeSnippet(s.text)]));
}

/** How many of the most recent matches are ranked by relevance (see pageByRelevance). */
export const RANK_CANDIDATES = 300;
/** When plain text finds fewer experiences than this, names close to the query (typos) count too. */
const FUZZY_BELOW = 3;
/** Above this many matches (estimated), facets are counted on a sample. */
export const EXACT_FACETS_MAX = 2_000;
/** Above this many, the total is estimated too and a page reads along the date index. */
export const EXACT_TOTAL_MAX = 8_000;

/** How close a dictionary word must be to a query word to be taken as what was meant. */
const CORRECTION_SIMILARITY = 0.5;

/**
 * A query of one or two plain words that found (almost) nothing may hold a typo in a name.
 * What to try, in order: each word replaced by the closest country or organisation name word
 * ("Mozambiqe" → "mozambique"); then names close to the query (trigram similarity with each
 * experience's names: titles, organisations, participants, countries).
 */
async function typoTolerant(
  deps: AppDeps,
  q: repo.TextQuery,
  locale: string,
  languages: string[],
): Promise<repo.TextQuery[]> {
  if (q.names === null || hasCjk(q.names)) return [];
  const words = q.names.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 2) return [];
  const closest = await repo.closestNames(
    deps.db,
    words.filter((w) => w.length >= 4),
    CORRECTION_SIMILARITY,
  );
  const corrected = words.map((w) => closest.find((c) => c.term === w)?.word ?? w);
  const fuzzy = { ...q, fuzzy: true };
  if (corrected.every((w, i) => w === words[i])) return [fuzzy];
  const better = textQueryOf(corrected.join(' '), locale, languages);
  return better ? [better, fuzzy] : [fuzzy];
}

interface PageResult {
  rows: { id: string; sort_key?: string | number; total?: number | null }[];
  total: number | null;
}

async function pageOf(
  deps: AppDeps,
  sort: Sort,
  f: repo.SearchFilters,
  q: repo.TextQuery | null,
  pos: { offset: number; after: repo.After | null },
  limit: number,
  plan: repo.Plan,
): Promise<PageResult> {
  if (sort === 'relevance' && q) {
    const rows = await repo.pageByRelevance(deps.db, f, q, pos.offset, limit, RANK_CANDIDATES, plan);
    return { rows, total: rows[0]?.total ?? (plan === 'bitmap' && pos.offset === 0 ? 0 : null) };
  }
  const rows = await repo.pageBy(deps.db, sort as 'newest' | 'views', f, q, pos.after, limit, plan);
  // With a text and the bitmap plan, the page carries the count unless the keyset left no row.
  return { rows, total: q && plan === 'bitmap' ? (rows[0]?.total ?? (pos.after ? null : 0)) : null };
}

/**
 * One page of the library: published experiences matching the query, with facets and total.
 *
 * How much of the library matches decides the work (estimated first: see estimateMatches): up
 * to EXACT_FACETS_MAX, every count is exact; beyond, facets (and, without a text, the total)
 * are counted on a sample; beyond EXACT_TOTAL_MAX, a text's total too, and its page reads
 * along the date index (common words).
 * The page, the facets and the count run side by side. A plain query that finds (almost)
 * nothing is run again with typo-tolerant name matching: "Bapenas" still finds Bappenas.
 */
export async function searchExperiences(
  deps: AppDeps,
  ctx: RequestContext,
  query: SearchQuery,
): Promise<ExperienceSearchResult> {
  const f = filtersOf(query);
  let q = textQueryOf(query.q, ctx.locale, f.languages);
  // Without a text there is nothing to rank: "relevance" means newest first.
  const sort: Sort = query.sort === 'relevance' && !q ? 'newest' : query.sort;
  const pos = positionOf(query.cursor, sort);
  const limit = query.limit;
  const unfiltered = !q && repo.activeFacetFilters(f).length === 0 && f.dimensions.length === 0;

  const estimate = unfiltered ? null : await estimateMatches(deps, f, q);
  const sample = sampleFor(estimate);
  // A text's page reads every match (bitmap) up to EXACT_TOTAL_MAX and counts them on the way;
  // without a text, the page reads along the date or views index, and counting is the cost.
  const broad = estimate !== null && estimate > EXACT_TOTAL_MAX;
  const sampleTotal = q ? broad : sample !== null;
  const plan: repo.Plan = q && broad ? 'walk' : 'bitmap';

  const run = (tq: repo.TextQuery | null, s: repo.Sample | null, p: repo.Plan) =>
    Promise.all([pageOf(deps, sort, f, tq, pos, limit, p), query.facets ? facetRows(deps, f, tq, s) : null]);
  let [page, facetList] = await run(q, sample, plan);
  if (q && page.total !== null && page.total < FUZZY_BELOW && !pos.after && pos.offset === 0) {
    for (const retry of await typoTolerant(deps, q, ctx.locale, f.languages)) {
      const [p, fl] = await run(retry, null, 'bitmap');
      if ((p.total ?? 0) > (page.total ?? 0)) {
        [q, page, facetList] = [retry, p, fl];
        break;
      }
    }
  }

  let total = sampleTotal ? null : page.total;
  if (total === null && facetList && (sampleTotal || !sample))
    total = facetList.find((r) => r.facet === 'total')?.n ?? null;
  if (total === null) {
    if (unfiltered) total = (await wholeLibraryCounts(deps.db)).find((r) => r.facet === 'total')?.n ?? 0;
    // With a text, the estimate is already the count of the thirty-second sample, scaled.
    else if (sampleTotal && sample === 32 && q && estimate !== null) total = estimate;
    else if (sampleTotal && sample) total = (await repo.countMatches(deps.db, f, q, sample)) * sample;
    else total = await repo.countMatches(deps.db, f, q);
  }

  const ids = page.rows.slice(0, limit).map((r) => r.id);
  const rows = await repo.summaries(deps.db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is repo.SummaryRow => !!r);
  const snippets = q ? await snippetsFor(deps, q, ordered, ctx.locale) : new Map<string, string | null>();

  let nextCursor: string | null = null;
  if (page.rows.length > limit) {
    const last = page.rows[limit - 1]!;
    if (sort !== 'relevance') nextCursor = encodeCursor({ v: last.sort_key ?? null, id: last.id });
    else if (pos.offset + limit < RELEVANCE_MAX_OFFSET)
      nextCursor = encodeCursor({ v: pos.offset + limit, id: 'relevance' });
  }
  const now = deps.clock.now();
  return {
    items: ordered.map((r) => toSummary(r, ctx.locale, now, snippets.get(r.id) ?? null)),
    nextCursor,
    total,
    facets: facetList ? bucketsOf(facetList, ctx.locale) : null,
    approximate: (sample !== null && !!facetList) || sampleTotal,
  };
}

// ---------------------------------------------------------------------------------------------
// Similar experiences

const SIMILAR_MAX = 5;

/** Up to five other published experiences like this one (404 when it is not in the library). */
export async function similarExperiences(deps: AppDeps, ctx: RequestContext, id: string) {
  const keys = await similarRepo.similarityKeys(deps.db, id);
  if (!keys) throw notFound('errors:experiences.notFound');
  const title = normaliseName(await similarRepo.originalTitle(deps.db, id));
  const similar = await similarRepo.similarTo(deps.db, keys, title, SIMILAR_MAX);
  const rows = await repo.summaries(
    deps.db,
    similar.map((s) => s.id),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const now = deps.clock.now();
  return {
    items: similar
      .map((s) => byId.get(s.id))
      .filter((r): r is repo.SummaryRow => !!r)
      .map((r) => toSummary(r, ctx.locale, now)),
  };
}

// ---------------------------------------------------------------------------------------------
// Export

/** The most rows one export returns; only bounds a runaway. */
export const EXPORT_MAX_ROWS = 50_000;

/** Every matching experience (same filters and sort as the library), with code names. */
export async function exportExperiences(deps: AppDeps, ctx: RequestContext, query: ExportQuery) {
  const f = filtersOf(query);
  const q = textQueryOf(query.q, ctx.locale, f.languages);
  const sort: Sort = query.sort === 'relevance' && !q ? 'newest' : query.sort;
  const [rows, labels] = await Promise.all([
    exportRepo.exportRows(deps.db, f, q, sort, EXPORT_MAX_ROWS),
    facetRepo.codeLabels(deps.db),
  ]);
  const names = new Map(labels.map((l) => [`${l.facet}:${l.code}`, l.name]));
  const now = deps.clock.now();
  return { rows, names, now };
}
