import type { NeedBody, NeedPatch } from '../../../shared/contracts/marketplace.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { conflict, notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { canReadMarket, marketPolicy } from './market.policy.js';
import { needFacts } from './market.presenter.js';
import { codeNames, hasIntroductions, organisationFacts, writeMatchingText } from './market.repository.js';
import {
  auditMarket,
  checkCodes,
  checkExpiry,
  checkPeriod,
  distinct,
  inMarketWrite,
  matchingTexts,
  organisationNames,
  organisationToPostFor,
  PLATFORM,
  todayOf,
  type Who,
  whoOf,
} from './market.support.js';
import * as repo from './needs.repository.js';

/** Needs: what a country's organisation seeks from peers. Every write is audited in its transaction. */

const clean = <T extends NeedPatch>(b: T): T => ({
  ...b,
  ...(b.sectors && { sectors: distinct(b.sectors) }),
  ...(b.sdgTargets && { sdgTargets: distinct(b.sdgTargets) }),
  ...(b.instruments && { instruments: distinct(b.instruments) }),
  ...(b.languages && { languages: distinct(b.languages) }),
  ...(b.dimensions && { dimensions: distinct(b.dimensions) }),
  ...(b.outcomes && { outcomes: distinct(b.outcomes) }),
});

/** Checks every code against the database (codes the need already holds stay accepted). */
async function checkNeedCodes(ex: Executor, b: NeedPatch, before?: repo.NeedRecord) {
  await checkCodes(ex, 'challengeArea', 'challenge_area', b.challengeArea ? [b.challengeArea] : [], [
    before?.challenge_area ?? null,
  ]);
  await checkCodes(ex, 'sectors', 'sector', b.sectors, before?.sectors);
  await checkCodes(ex, 'sdgTargets', 'sdg', b.sdgTargets, before?.sdg_targets);
  await checkCodes(ex, 'outcomes', 'intermediate_outcome', b.outcomes, before?.outcomes);
  await checkCodes(ex, 'dimensions', 'assessment_dimension', b.dimensions, before?.dimensions);
  await checkCodes(ex, 'instruments', 'instrument', b.instruments, before?.instruments);
  await checkCodes(ex, 'deliveryMode', 'delivery_mode', b.deliveryMode ? [b.deliveryMode] : [], [
    before?.delivery_mode ?? null,
  ]);
  await checkCodes(ex, 'languages', 'language', b.languages, before?.languages);
}

/** Rewrites the need's lexemes and search vector from its texts (same transaction as the write). */
async function writeNeedText(
  ex: Executor,
  id: string,
  n: { title: LocaleMap; challenge: LocaleMap; changeSought: LocaleMap },
  org: { name: unknown; acronym: string | null },
) {
  const { texts, simple } = matchingTexts(n.title, n.challenge, n.changeSought, organisationNames(org));
  await writeMatchingText(ex, 'needs', id, texts, simple);
}

interface InsertOptions {
  isDemo: boolean;
  /** The demo seed back-dates records and may seed an expired one. */
  createdAt?: Date;
  allowPast?: boolean;
}

async function insertChecked(
  deps: AppDeps,
  trx: Executor,
  actor: Actor | null,
  raw: NeedBody,
  who: Who,
  opts: InsertOptions,
) {
  const org = await organisationToPostFor(trx, actor, raw.organisationId);
  const b = clean(raw);
  if (!opts.allowPast) checkExpiry(b.expiresOn, todayOf(deps.clock));
  checkPeriod(b.timeframeFrom, b.timeframeTo, 'timeframeTo', 'errors:market.timeframeOrder');
  await checkNeedCodes(trx, b);
  const at = opts.createdAt ?? deps.clock.now();
  const { id } = await repo.insertNeed(trx, {
    organisation_id: org.id,
    country_code: org.country_code,
    title: JSON.stringify(b.title),
    challenge: JSON.stringify(b.challenge),
    change_sought: JSON.stringify(b.changeSought),
    default_locale: b.defaultLocale,
    challenge_area: b.challengeArea,
    dimensions: b.dimensions,
    outcomes: b.outcomes,
    sectors: b.sectors,
    sdg_targets: b.sdgTargets,
    instruments: b.instruments,
    delivery_mode: b.deliveryMode,
    languages: b.languages,
    timeframe_from: b.timeframeFrom,
    timeframe_to: b.timeframeTo,
    contributes_funds: b.contributesFunds,
    contributes_in_kind: b.contributesInKind,
    contribution_note: JSON.stringify(b.contributionNote),
    visibility: b.visibility,
    status: b.status,
    expires_on: b.expiresOn,
    is_demo: opts.isDemo,
    created_by: who.actorId,
    created_at: at,
    updated_at: at,
  });
  await writeNeedText(trx, id, b, org);
  const { organisationId, ...rest } = b;
  await auditMarket(trx, who, { type: 'need', id, organisationId }, 'need.create', {
    after: { organisationId, ...rest },
  });
  return id;
}

/** Posts a need for an organisation (market.post in its scope). */
export async function createNeed(deps: AppDeps, ctx: RequestContext, b: NeedBody) {
  if (!ctx.userId) throw unauthorized();
  return inMarketWrite(deps, (trx) => insertChecked(deps, trx, ctx.actor, b, whoOf(ctx), { isDemo: false }));
}

/** Posts a need on the platform's own authority (demo seed, CLI). */
export async function createNeedAsPlatform(deps: AppDeps, b: NeedBody, opts: InsertOptions) {
  return inMarketWrite(deps, (trx) => insertChecked(deps, trx, null, b, PLATFORM, opts));
}

/** Loads a need the actor may see; invisible ones are "not found", not "forbidden". */
async function visibleNeed(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findNeed(ex, id);
  if (!row || !canReadMarket(actor, needFacts(row))) throw notFound('errors:market.needNotFound');
  return row;
}

async function needToManage(ex: Executor, actor: Actor, id: string) {
  const row = await visibleNeed(ex, actor, id);
  marketPolicy.authorize(actor, 'market.post', needFacts(row));
  return row;
}

/** The names of every code a need uses. */
export const needNames = (ex: Executor, rows: repo.NeedRecord[]) =>
  codeNames(ex, {
    sector: rows.flatMap((r) => r.sectors),
    sdg: rows.flatMap((r) => r.sdg_targets),
    instrument: rows.flatMap((r) => r.instruments),
    language: rows.flatMap((r) => r.languages),
    challenge_area: rows.map((r) => r.challenge_area),
    intermediate_outcome: rows.flatMap((r) => r.outcomes),
    assessment_dimension: rows.flatMap((r) => r.dimensions),
    delivery_mode: rows.flatMap((r) => (r.delivery_mode ? [r.delivery_mode] : [])),
  });

/** A need the caller may see, with the names of its codes. */
export async function getNeed(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await visibleNeed(deps.db, ctx.actor, id);
  return { row, names: await needNames(deps.db, [row]), today: todayOf(deps.clock) };
}

const COLUMN: Record<keyof NeedPatch, keyof repo.NeedRecord> = {
  title: 'title',
  challenge: 'challenge',
  changeSought: 'change_sought',
  defaultLocale: 'default_locale',
  challengeArea: 'challenge_area',
  dimensions: 'dimensions',
  outcomes: 'outcomes',
  sectors: 'sectors',
  sdgTargets: 'sdg_targets',
  instruments: 'instruments',
  deliveryMode: 'delivery_mode',
  languages: 'languages',
  timeframeFrom: 'timeframe_from',
  timeframeTo: 'timeframe_to',
  contributesFunds: 'contributes_funds',
  contributesInKind: 'contributes_in_kind',
  contributionNote: 'contribution_note',
  visibility: 'visibility',
  status: 'status',
  expiresOn: 'expires_on',
};

/** Applies a partial update (a status change is one too) and records what changed. */
export async function updateNeed(deps: AppDeps, ctx: RequestContext, id: string, raw: NeedPatch) {
  const patch = clean(raw);
  await inMarketWrite(deps, async (trx) => {
    const before = await needToManage(trx, ctx.actor, id);
    if (patch.expiresOn !== before.expires_on) checkExpiry(patch.expiresOn, todayOf(deps.clock));
    checkPeriod(
      patch.timeframeFrom !== undefined ? patch.timeframeFrom : before.timeframe_from,
      patch.timeframeTo !== undefined ? patch.timeframeTo : before.timeframe_to,
      patch.timeframeTo !== undefined || patch.timeframeFrom === undefined ? 'timeframeTo' : 'timeframeFrom',
      'errors:market.timeframeOrder',
    );
    await checkNeedCodes(trx, patch, before);
    const json = (v: LocaleMap | undefined) => (v === undefined ? undefined : JSON.stringify(v));
    const values: repo.NeedUpdate = {
      title: json(patch.title),
      challenge: json(patch.challenge),
      change_sought: json(patch.changeSought),
      default_locale: patch.defaultLocale,
      challenge_area: patch.challengeArea,
      dimensions: patch.dimensions,
      outcomes: patch.outcomes,
      sectors: patch.sectors,
      sdg_targets: patch.sdgTargets,
      instruments: patch.instruments,
      delivery_mode: patch.deliveryMode,
      languages: patch.languages,
      timeframe_from: patch.timeframeFrom,
      timeframe_to: patch.timeframeTo,
      contributes_funds: patch.contributesFunds,
      contributes_in_kind: patch.contributesInKind,
      contribution_note: json(patch.contributionNote),
      visibility: patch.visibility,
      status: patch.status,
      expires_on: patch.expiresOn,
      updated_at: deps.clock.now(),
      // A new expiry day earns a new reminder.
      ...(patch.expiresOn !== undefined &&
        patch.expiresOn !== before.expires_on && { expiry_reminded_at: null }),
    };
    await repo.updateNeed(
      trx,
      id,
      Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as repo.NeedUpdate,
    );
    if (patch.title || patch.challenge || patch.changeSought) {
      const org = await organisationFacts(trx, before.organisation_id);
      await writeNeedText(
        trx,
        id,
        {
          title: patch.title ?? (before.title as LocaleMap),
          challenge: patch.challenge ?? (before.challenge as LocaleMap),
          changeSought: patch.changeSought ?? (before.change_sought as LocaleMap),
        },
        org ?? { name: before.org_name, acronym: before.org_acronym },
      );
    }
    const keys = Object.keys(patch) as (keyof NeedPatch)[];
    await auditMarket(
      trx,
      whoOf(ctx),
      { type: 'need', id, organisationId: before.organisation_id },
      patch.status && keys.length === 1 ? 'need.status' : 'need.update',
      { before: Object.fromEntries(keys.map((k) => [k, before[COLUMN[k]]])), after: patch },
    );
  });
}

/** Deletes a need that has no introductions (else 409: withdraw it instead). */
export async function deleteNeed(deps: AppDeps, ctx: RequestContext, id: string) {
  await inMarketWrite(deps, async (trx) => {
    const before = await needToManage(trx, ctx.actor, id);
    if (await hasIntroductions(trx, 'needs', id)) throw conflict('errors:market.hasIntroductions');
    await repo.deleteNeed(trx, id);
    await auditMarket(
      trx,
      whoOf(ctx),
      { type: 'need', id, organisationId: before.organisation_id },
      'need.delete',
      {
        before: { organisationId: before.organisation_id, title: before.title, status: before.status },
      },
    );
  });
}
