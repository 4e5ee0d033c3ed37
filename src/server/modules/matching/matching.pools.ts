import {
  buildIdf,
  type CandidateInput,
  type CandidatePool,
  createPool,
  type MatchContext,
  type PreparedNeed,
  prepareCandidate,
  prepareNeed,
} from '../../../shared/matching/index.js';
import {
  type CandidateKind,
  type CountryTable,
  candidateItem,
  countryItem,
  type ItemMeta,
  isShared,
  needItem,
  type TrackRecords,
  trackRecordsOf,
} from './matching.items.js';
import type * as repo from './matching.repository.js';

/**
 * Everything a match is scored against, prepared once and kept in the process: the IDF over
 * needs and candidates, one pool per kind of candidate, the live needs (for an offer's page and
 * the nightly run) and what is shown beside each. Rebuilt when stale (see `matchIndex` in matching.cache.ts).
 */
export interface MatchIndex {
  /** When the rows were read. */
  builtAt: Date;
  /** The day the index counts as today (availability before it no longer counts). */
  today: string;
  context: MatchContext;
  pools: Record<CandidateKind, { pool: CandidatePool; metas: ItemMeta[] }>;
  needs: { prepared: PreparedNeed[]; metas: ItemMeta[]; rows: repo.NeedRow[] };
  /** Each peer country's strong dimensions. */
  strong: ReadonlyMap<string, ReadonlySet<string>>;
  countries: CountryTable;
  records: TrackRecords;
}

/** ISO date of a moment, in UTC (dates of the marketplace are calendar days). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The rows an index is made from (plain data: a worker thread can be handed a copy). */
export interface IndexRows {
  today: string;
  builtAt: string;
  needs: repo.NeedRow[];
  offers: repo.OfferRow[];
  experiences: repo.CatalogueRow[];
  capabilities: repo.CatalogueRow[];
  countries: repo.CountryRow[];
  strong: { country_code: string; dimensions: string[] }[];
  records: Awaited<ReturnType<typeof repo.trackRecords>>;
}

/** Prepares the rows for scoring: pure and deterministic (the same rows make the same index). */
export function indexFromRows(rows: IndexRows): MatchIndex {
  const { today } = rows;
  const needRows = rows.needs;
  const offerRows = rows.offers;
  const experienceRows = rows.experiences;
  const capabilityRows = rows.capabilities;
  const countryRows = rows.countries;
  const strongRows = rows.strong;
  const recordRows = rows.records;
  const countries: CountryTable = new Map(countryRows.map((c) => [c.code, c]));
  const records = trackRecordsOf(recordRows);
  const needs = needRows.map((r) => needItem(r, countries));
  const items = {
    offer: offerRows.map((r) => candidateItem('offer', r, countries, records)),
    experience: experienceRows.map((r) => candidateItem('experience', r, countries, records)),
    capability: capabilityRows.map((r) => candidateItem('capability', r, countries, records)),
  };
  const strong = new Map(strongRows.map((r) => [r.country_code, new Set(r.dimensions)]));
  // A peer country's know-how is what its organisations show to every member.
  const byCountry = new Map<string, { input: CandidateInput; meta: ItemMeta }[]>();
  for (const item of [...items.offer, ...items.experience, ...items.capability]) {
    const code = item.meta.countryCode;
    if (!code || !strong.has(code) || !isShared(item.meta)) continue;
    const list = byCountry.get(code);
    if (list) list.push(item);
    else byCountry.set(code, [item]);
  }
  const peers = [...strong.keys()]
    .filter((code) => countries.has(code))
    .sort()
    .map((code) => countryItem(countries.get(code)!, byCountry.get(code) ?? [], records));
  // One IDF over every text compared (a peer country's words are its items' again: not counted twice).
  const idf = buildIdf(
    [...needs, ...items.offer, ...items.experience, ...items.capability].map((i) => i.input.lexemes),
  );
  const context: MatchContext = { idf, today };
  const poolOf = (list: { input: CandidateInput; meta: ItemMeta }[]) => ({
    pool: createPool(list.map((i) => prepareCandidate(i.input, context))),
    metas: list.map((i) => i.meta),
  });
  return {
    builtAt: new Date(rows.builtAt),
    today,
    context,
    pools: {
      offer: poolOf(items.offer),
      experience: poolOf(items.experience),
      capability: poolOf(items.capability),
      country: poolOf(peers),
    },
    needs: {
      prepared: needs.map((n) => prepareNeed(n.input, context)),
      metas: needs.map((n) => n.meta),
      rows: needRows,
    },
    strong,
    countries,
    records,
  };
}
