import type { MatchSettingsBody } from '../../../shared/contracts/matching.js';
import { LOCALES, type Locale } from '../../../shared/locales.js';
import {
  checkWeights,
  compileWeights,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_FACTORS,
  type MatchWeights,
  prepareCandidate,
  prepareNeed,
} from '../../../shared/matching/index.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { forgetMatchingCache, matchIndex } from './matching.cache.js';
import {
  CANDIDATE_KINDS,
  type CandidateKind,
  candidateItem,
  canSeeItem,
  needItem,
  strongFor,
  wantedDimensions,
} from './matching.items.js';
import { settingsPolicy } from './matching.policy.js';
import { presentMatches } from './matching.presenter.js';
import { rankForNeed, rankNeedsFor } from './matching.rank.js';
import * as repo from './matching.repository.js';

/** The minimum score when no administrator has set one. */
export const DEFAULT_MIN_SCORE = 35;

export interface MatchSettings {
  weights: MatchWeights;
  minScore: number;
  updatedAt: Date | null;
}

/** The weights and minimum score in force: the administrator's, else the defaults. */
export async function loadSettings(ex: Executor): Promise<MatchSettings> {
  const row = await repo.findSettings(ex);
  if (!row) return { weights: DEFAULT_MATCH_WEIGHTS, minScore: DEFAULT_MIN_SCORE, updatedAt: null };
  // A row edited by hand into something invalid must not stop matchmaking: the defaults serve.
  const weights =
    checkWeights(row.weights).length === 0 ? (row.weights as MatchWeights) : DEFAULT_MATCH_WEIGHTS;
  return { weights, minScore: Number(row.min_score), updatedAt: row.updated_at };
}

/** The kinds asked for (`offer,country`), all four when none; a 400 naming an unknown one. */
export function kindsOf(param: string | undefined): CandidateKind[] {
  if (!param?.trim()) return [...CANDIDATE_KINDS];
  const asked = [
    ...new Set(
      param
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = asked.find((k) => !(CANDIDATE_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw badRequest('errors:matching.unknownKind', 'kind', { kind: unknown });
  return CANDIDATE_KINDS.filter((k) => asked.includes(k));
}

interface MatchRequest {
  actor: Actor;
  locale: Locale;
  kind?: string | undefined;
  limit: number;
}

/**
 * A need's best matches of each kind asked, in the reader's language: candidates the reader may
 * see, not of the need's own organisation; peer countries other than the need's own, strong on
 * the capacities it concerns. The need must be visible to the reader (else "not found").
 */
export async function matchesOfNeed(deps: AppDeps, needId: string, q: MatchRequest) {
  const row = await repo.findNeed(deps.db, needId);
  const kinds = kindsOf(q.kind);
  const [index, settings] = await Promise.all([matchIndex(deps), loadSettings(deps.db)]);
  const item = row && needItem(row, index.countries);
  if (!row || !item || !canSeeItem(q.actor, item.meta)) throw notFound('errors:matching.needNotFound');
  const need = prepareNeed(item.input, index.context);
  const weights = compileWeights(settings.weights);
  const wanted = wantedDimensions(row);
  const allow = (kind: CandidateKind) => (m: Parameters<typeof canSeeItem>[1]) =>
    m.organisation?.id !== row.organisation_id &&
    (kind !== 'country' || (m.id !== row.country_code && strongFor(index.strong.get(m.id), wanted))) &&
    canSeeItem(q.actor, m);
  const ranked = kinds.flatMap((kind) =>
    rankForNeed(index, kind, need, weights, q.limit, settings.minScore, allow(kind)),
  );
  return {
    items: await presentMatches(
      deps,
      ranked,
      q.locale,
      index.countries,
      await repo.textsOf(deps.db, 'needs', needId),
    ),
    computedAt: index.builtAt,
    weights: settings.weights,
  };
}

/** An offer's best live needs (visible to the reader, of other organisations), scored from the need's side. */
export async function matchesOfOffer(deps: AppDeps, offerId: string, q: MatchRequest) {
  const row = await repo.findOffer(deps.db, offerId);
  const [index, settings] = await Promise.all([matchIndex(deps), loadSettings(deps.db)]);
  const item = row && candidateItem('offer', row, index.countries, index.records);
  if (!row || !item || !canSeeItem(q.actor, item.meta)) throw notFound('errors:matching.offerNotFound');
  const offer = prepareCandidate(item.input, index.context);
  const ranked = rankNeedsFor(
    index,
    offer,
    compileWeights(settings.weights),
    q.limit,
    settings.minScore,
    (m) => m.organisation?.id !== row.organisation_id && canSeeItem(q.actor, m),
  );
  return {
    items: await presentMatches(
      deps,
      ranked,
      q.locale,
      index.countries,
      await repo.textsOf(deps.db, 'offers', offerId),
    ),
    computedAt: index.builtAt,
    weights: settings.weights,
  };
}

/** The platform itself, which sees everything (CLI). */
const PLATFORM_ACTOR: Actor = {
  userId: 'platform',
  isAdmin: true,
  isBroker: false,
  memberships: {},
  coordinatorOf: [],
};

/** A need's matches as the platform sees them (every candidate), for `kxhub match --need`. */
export function matchesOfNeedAsPlatform(
  deps: AppDeps,
  needId: string,
  opts: { limit: number; locale?: Locale },
) {
  const locale = opts.locale && LOCALES.includes(opts.locale) ? opts.locale : 'en';
  return matchesOfNeed(deps, needId, { actor: PLATFORM_ACTOR, locale, limit: opts.limit });
}

/** The settings, for administrators. */
export async function getSettings(deps: AppDeps, ctx: RequestContext) {
  settingsPolicy.authorize(ctx.actor, 'match.configure', null);
  return loadSettings(deps.db);
}

/** Changes the weights (and the minimum score), audited; the cached index is dropped. */
export async function updateSettings(deps: AppDeps, ctx: RequestContext, body: MatchSettingsBody) {
  settingsPolicy.authorize(ctx.actor, 'match.configure', null);
  // The contract checked them already; this keeps the service safe for other callers.
  if (checkWeights(body.weights).length > 0) throw badRequest('errors:matching.weightMissing', 'weights');
  const weights = Object.fromEntries(
    MATCH_FACTORS.map((f) => [f, body.weights[f] as number]),
  ) as MatchWeights;
  const settings = await deps.db.transaction().execute(async (trx) => {
    const before = await loadSettings(trx);
    const minScore = body.minScore ?? before.minScore;
    const at = deps.clock.now();
    await repo.saveSettings(trx, { weights, minScore, userId: ctx.userId, at });
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'match_settings.update',
      entityType: 'match_settings',
      entityId: 'match_settings',
      before: { weights: before.weights, minScore: before.minScore },
      after: { weights, minScore },
      requestId: ctx.requestId,
    });
    return { weights, minScore, updatedAt: at };
  });
  forgetMatchingCache();
  return settings;
}
