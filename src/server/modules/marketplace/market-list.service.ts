import { INTRODUCTION_STATES } from '../../../shared/contracts/introductions.js';
import {
  LIVE_STATUSES,
  MARKET_STATUSES,
  type MarketExportQuery,
  type MarketListQuery,
} from '../../../shared/contracts/marketplace.js';
import { localized } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { tsConfigOf } from '../experiences/index.js';
import { countsOf, toNeedSummary, toOfferSummary } from './market.presenter.js';
import {
  type CodeKind,
  type CodeNames,
  codeNames,
  countPublic,
  introductionCounts,
  type MarketTable,
} from './market.repository.js';
import { simpleQuery, todayOf } from './market.support.js';
import * as list from './market-list.repository.js';

/**
 * The needs and offers lists: filters from the URL, text in any language, three sorts, keyset
 * pages (offsets when sorted by relevance), facet counts that ignore their own filter, exports,
 * and "my pipeline".
 */

/** A comma-separated URL parameter as distinct, non-empty values. */
const split = (param: string | undefined) => [
  ...new Set(
    (param ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

type Filterable = Omit<MarketExportQuery, 'format'>;

/** The URL's filters; a sector or SDG list mixes codes and categories/goals. */
export function filtersOf(q: Filterable, locale: string): list.MarketFilters {
  const statuses = q.status ? split(q.status) : [...LIVE_STATUSES];
  const wrong = statuses.find((s) => !(MARKET_STATUSES as readonly string[]).includes(s));
  if (wrong !== undefined) throw badRequest('errors:market.statusFilter', 'status', { code: wrong });
  const sectors = split(q.sector);
  const sdg = split(q.sdg);
  const text = q.q?.trim();
  return {
    countries: split(q.country).map((c) => c.toUpperCase()),
    regions: split(q.region),
    sectors: sectors.filter((s) => s.length !== 3),
    sectorCategories: sectors.filter((s) => s.length === 3),
    sdgTargets: sdg.filter((s) => s.includes('.')),
    sdgGoals: sdg.filter((s) => !s.includes('.')),
    instruments: split(q.instrument),
    languages: split(q.language),
    challengeAreas: split(q.challengeArea),
    statuses,
    organisations: q.organisation ? [q.organisation] : [],
    text: text ? { config: tsConfigOf(locale), text, simple: simpleQuery(text) } : null,
  };
}

const RELEVANCE_MAX_OFFSET = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

/** The position a cursor encodes, checked before it reaches SQL (a bad value would be a 500). */
function positionOf(cursor: string | undefined, sort: list.Sort): list.Position {
  const c = decodeCursor(cursor);
  if (!c) return { after: null, offset: 0 };
  const bad = () => badRequest('errors:cursor.invalid', 'cursor');
  if (sort === 'relevance') {
    const n = c.v as number;
    if (c.id !== 'offset' || !Number.isInteger(n) || n < 0 || n > RELEVANCE_MAX_OFFSET) throw bad();
    return { after: null, offset: n };
  }
  const v = typeof c.v === 'string' ? c.v : '';
  const shape = sort === 'expiring' ? DAY : INSTANT;
  if (!UUID.test(c.id) || !shape.test(v) || Number.isNaN(Date.parse(`${v.slice(0, 10)}T00:00:00Z`)))
    throw bad();
  return { after: { v, id: c.id }, offset: 0 };
}

/** The names of the codes a page of rows shows. */
export const rowNames = (ex: Executor, rows: list.MarketRow[]) =>
  codeNames(ex, {
    sector: rows.flatMap((r) => r.sectors),
    sdg: rows.flatMap((r) => r.sdg_targets),
    language: rows.flatMap((r) => r.languages),
    instrument: rows.flatMap((r) => r.instruments),
    challenge_area: rows.flatMap((r) => r.challenge_areas),
  });

const FACET_KIND: Record<Exclude<list.FacetName, 'status'>, CodeKind | 'country'> = {
  country: 'country',
  sector: 'sector',
  sdg: 'sdg',
  challengeArea: 'challenge_area',
  instrument: 'instrument',
  language: 'language',
};

type Buckets = Record<string, { code: string; label: string; count: number }[]>;

/** Every facet's counts, each over the records matching every filter but its own, labelled. */
async function facetsOf(
  deps: AppDeps,
  table: MarketTable,
  reader: list.Reader,
  f: list.MarketFilters,
  locale: string,
): Promise<Buckets> {
  const counted: [list.FacetName, { code: string; n: number }[]][] = [];
  for (const facet of list.FACETS)
    counted.push([facet, await list.facetCounts(deps.db, table, reader, f, facet)]);
  const wanted: Partial<Record<CodeKind | 'country', string[]>> = {};
  for (const [facet, rows] of counted) {
    if (facet === 'status') continue;
    wanted[FACET_KIND[facet]] = rows.map((r) => r.code);
  }
  const names = await codeNames(deps.db, wanted);
  const out: Buckets = {};
  for (const [facet, rows] of counted) {
    out[facet] = rows
      .filter((r) => r.code !== null && r.code !== '')
      .map((r) => ({
        code: r.code,
        label:
          facet === 'status' ? r.code : localized(names[FACET_KIND[facet]].get(r.code), locale) || r.code,
        count: r.n,
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
  }
  return out;
}

/** One page of needs or offers the caller may see, with total and facets. */
export async function listMarket(deps: AppDeps, ctx: RequestContext, table: MarketTable, q: MarketListQuery) {
  const f = filtersOf(q, ctx.locale);
  const sort: list.Sort = q.sort === 'relevance' && !f.text ? 'newest' : q.sort;
  const pos = positionOf(q.cursor, sort);
  const today = todayOf(deps.clock);
  const reader = { actor: ctx.actor, today };
  const rows = await list.listPage(deps.db, table, reader, f, sort, pos, q.limit);
  const total = await list.countMatches(deps.db, table, reader, f);
  const facets = q.facets ? await facetsOf(deps, table, reader, f, ctx.locale) : null;
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > q.limit && last) {
    if (sort !== 'relevance') nextCursor = encodeCursor({ v: last.sort_key, id: last.id });
    else if (pos.offset + q.limit < RELEVANCE_MAX_OFFSET)
      nextCursor = encodeCursor({ v: pos.offset + q.limit, id: 'offset' });
  }
  const names = await rowNames(deps.db, items);
  const present = table === 'needs' ? toNeedSummary : toOfferSummary;
  return {
    items: items.map((r) => present(r, names, ctx.locale, today)),
    nextCursor,
    total,
    facets,
  };
}

/** The most rows one export returns; only bounds a runaway. */
export const EXPORT_MAX_ROWS = 50_000;

/** Every matching record (same filters and order as the list), for CSV/XLSX. */
export async function exportMarket(
  deps: AppDeps,
  ctx: RequestContext,
  table: MarketTable,
  q: MarketExportQuery,
): Promise<{ rows: list.MarketRow[]; names: CodeNames; today: string }> {
  const f = filtersOf(q, ctx.locale);
  const sort: list.Sort = q.sort === 'relevance' && !f.text ? 'newest' : q.sort;
  const today = todayOf(deps.clock);
  const rows = await list.exportRows(deps.db, table, { actor: ctx.actor, today }, f, sort, EXPORT_MAX_ROWS);
  return { rows, names: await rowNames(deps.db, rows), today };
}

/** The needs and offers of the caller's organisations, every status, with introductions by state. */
export async function myPipeline(deps: AppDeps, ctx: RequestContext) {
  const orgIds = Object.keys(ctx.actor.memberships);
  const today = todayOf(deps.clock);
  const [needs, offers] = [
    await list.recordsOf(deps.db, 'needs', orgIds),
    await list.recordsOf(deps.db, 'offers', orgIds),
  ];
  const names = await rowNames(deps.db, [...needs, ...offers]);
  const counts = async (table: MarketTable, rows: list.MarketRow[]) => {
    const all = await introductionCounts(
      deps.db,
      table,
      rows.map((r) => r.id),
    );
    return (id: string) =>
      countsOf(
        all.filter((c) => c.id === id),
        INTRODUCTION_STATES,
      );
  };
  const needCounts = await counts('needs', needs);
  const offerCounts = await counts('offers', offers);
  return {
    needs: needs.map((r) => ({
      ...toNeedSummary(r, names, ctx.locale, today),
      introductions: needCounts(r.id),
    })),
    offers: offers.map((r) => ({
      ...toOfferSummary(r, names, ctx.locale, today),
      introductions: offerCounts(r.id),
    })),
  };
}

/** Live, unexpired, public needs and offers of public organisations, for the home page. */
export async function countPublicMarket(deps: AppDeps) {
  const today = todayOf(deps.clock);
  return {
    needs: await countPublic(deps.db, 'needs', today),
    offers: await countPublic(deps.db, 'offers', today),
  };
}
