import { LOCALES } from '../../../shared/locales.js';
import type { Db } from '../../db/executor.js';
import type { AppDeps } from '../../platform/module.js';
import { cjkBigrams, tsConfigOf } from '../experiences/index.js';
import { marketChanged } from '../marketplace/index.js';
import { type IndexRows, indexFromRows, isoDay, type MatchIndex } from './matching.pools.js';
import * as repo from './matching.repository.js';

/**
 * The index of the process, per database: read on first use, rebuilt in the background when
 * stale, dropped by `forgetMatchingCache`. Reading is here; preparing (pure) is in pools.ts.
 */

/**
 * How long an index is used before a rebuild is started (the old one serves meanwhile). This
 * process's own marketplace writes are caught sooner (`marketChanged`); the expiry is for other
 * processes' writes and for catalogue changes (experiences, capabilities, assessments).
 */
export const INDEX_TTL_MS = 5 * 60_000;
/**
 * Indexes up to this many items are rebuilt at once after a marketplace write (a fraction of a
 * second), so a new offer shows on the next page; bigger ones in the background, at most every
 * MARKET_REBUILD_MS, since reading and preparing 40 000 items costs seconds of CPU.
 */
export const SYNC_REBUILD_MAX_ITEMS = 5_000;
export const MARKET_REBUILD_MS = 15_000;

const STEM_CONFIGS = LOCALES.map((locale) => ({ locale, config: tsConfigOf(locale) }));

/**
 * A catalogue row's words with its Chinese text split into character bigrams, as needs and
 * offers store theirs ('simple' configuration: lower-cased, split at anything not a letter or digit).
 */
export function withBigrams<T extends { lexemes: string[]; simple_text: string }>(row: T): T {
  if (!row.simple_text.trim()) return row;
  const grams = cjkBigrams(row.simple_text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return { ...row, lexemes: [...row.lexemes, ...grams] };
}

/** Reads every live need and candidate (with their stemmed words) and what they are shown with. */
export async function readIndexRows(db: Db, now: Date): Promise<IndexRows> {
  const today = isoDay(now);
  const [needs, offers, experiences, capabilities, countries, strong, records] = await Promise.all([
    repo.liveNeeds(db, today),
    repo.liveOffers(db, today),
    repo.publishedExperiences(db, STEM_CONFIGS),
    repo.capabilities(db, STEM_CONFIGS),
    repo.countries(db),
    repo.strongDimensions(db),
    repo.trackRecords(db),
  ]);
  return {
    today,
    builtAt: now.toISOString(),
    needs,
    offers,
    experiences: experiences.map(withBigrams),
    capabilities: capabilities.map(withBigrams),
    countries,
    strong,
    records,
  };
}

/** Reads and prepares everything (seconds for 20 000 needs and 20 000 offers). */
export async function buildIndex(db: Db, now: Date): Promise<MatchIndex> {
  return indexFromRows(await readIndexRows(db, now));
}

interface CacheEntry {
  index?: MatchIndex;
  /** When the index was read (performance.now(): cache ageing is not business time). */
  installedAt: number;
  /** The marketplace's write counter when the index was read. */
  market: number;
  building?: Promise<MatchIndex>;
}

// One index per database (tests run several apps in one process), dropped by forgetMatchingCache.
let cache = new WeakMap<Db, CacheEntry>();
let generation = 0;

/**
 * Drops every cached index: the next request rebuilds it. Call after a change that must show at
 * once (weights; the marketplace's changes once its generation counter is wired in).
 */
export function forgetMatchingCache(): void {
  cache = new WeakMap();
  generation++;
}

function startBuild(deps: AppDeps, entry: CacheEntry): Promise<MatchIndex> {
  const started = generation;
  const market = marketChanged();
  const readAt = performance.now();
  const building = buildIndex(deps.db, deps.clock.now())
    .then((index) => {
      if (generation === started) {
        entry.index = index;
        entry.installedAt = readAt;
        entry.market = market;
      }
      return index;
    })
    .finally(() => {
      if (entry.building === building) entry.building = undefined;
    });
  entry.building = building;
  return building;
}

const sizeOf = (index: MatchIndex) =>
  index.needs.prepared.length + Object.values(index.pools).reduce((n, p) => n + p.metas.length, 0);

/**
 * The process's index for this database. Built on first use. After a marketplace write of this
 * process (`marketChanged`) a small index is rebuilt before answering; a big one, like an index
 * older than INDEX_TTL_MS or from an earlier day, is rebuilt in the background while the old one
 * serves, so no reader waits but the first. The need or offer a page is about is always read
 * afresh, so its own changes show at once whatever the index's age.
 */
export async function matchIndex(deps: AppDeps): Promise<MatchIndex> {
  let entry = cache.get(deps.db);
  if (!entry) {
    entry = { installedAt: 0, market: -1 };
    cache.set(deps.db, entry);
  }
  const index = entry.index;
  if (!index) return entry.building ?? startBuild(deps, entry);
  const age = performance.now() - entry.installedAt;
  const marketMoved = entry.market !== marketChanged();
  if (marketMoved && sizeOf(index) <= SYNC_REBUILD_MAX_ITEMS)
    return entry.building ?? startBuild(deps, entry);
  const stale =
    age > INDEX_TTL_MS ||
    index.today !== isoDay(deps.clock.now()) ||
    (marketMoved && age > MARKET_REBUILD_MS);
  if (stale && !entry.building) startBuild(deps, entry).catch(() => undefined);
  return index;
}
