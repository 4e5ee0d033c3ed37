import type { NeedBody, NeedPatch } from '../../../shared/contracts/marketplace.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { canReadMarket, marketPolicy } from './market.policy.js';
import { needFacts } from './market.presenter.js';
import {
  codeNames,
  insertMarketRow,
  organisationFacts,
  updateMarketRow,
  writeMatchingText,
} from './market.repository.js';
import {
  auditMarket,
  checkCodes,
  checkExpiry,
  checkPeriod,
  inMarketWrite,
  matchingTexts,
  organisationNames,
  organisationToPostFor,
  PLATFORM,
  todayOf,
  type Who,
  whoOf,
} from './market.support.js';
import {
  auditUpdate,
  checkPatchedPeriod,
  deleteMarketItem,
  type FieldColumns,
  toColumns,
  withDistinctCodes,
} from './market-write.js';
import * as repo from './needs.repository.js';

/** Needs: what a country's organisation seeks from peers. Every write is audited in its transaction. */

/** How a need's fields are stored. */
const FIELDS: FieldColumns<keyof NeedPatch> = {
  column: {
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
  },
  json: ['title', 'challenge', 'changeSought', 'contributionNote'],
  codes: ['sectors', 'sdgTargets', 'instruments', 'languages', 'dimensions', 'outcomes'],
};
const clean = <T extends NeedPatch>(b: T): T => withDistinctCodes(b, FIELDS.codes);

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
  const { id } = await insertMarketRow(trx, 'needs', {
    ...toColumns(b, FIELDS),
    organisation_id: org.id,
    country_code: org.country_code,
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

/** Applies a partial update (a status change is one too) and records what changed. */
export async function updateNeed(deps: AppDeps, ctx: RequestContext, id: string, raw: NeedPatch) {
  const patch = clean(raw);
  await inMarketWrite(deps, async (trx) => {
    const before = await needToManage(trx, ctx.actor, id);
    if (patch.expiresOn !== before.expires_on) checkExpiry(patch.expiresOn, todayOf(deps.clock));
    checkPatchedPeriod(
      patch,
      before,
      ['timeframeFrom', 'timeframeTo'],
      ['timeframe_from', 'timeframe_to'],
      'errors:market.timeframeOrder',
    );
    await checkNeedCodes(trx, patch, before);
    await updateMarketRow(trx, 'needs', id, {
      ...toColumns(patch, FIELDS),
      updated_at: deps.clock.now(),
      // A new expiry day earns a new reminder.
      ...(patch.expiresOn !== undefined &&
        patch.expiresOn !== before.expires_on && { expiry_reminded_at: null }),
    });
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
    const old = (k: string) => before[FIELDS.column[k as keyof NeedPatch] as keyof repo.NeedRecord];
    await auditUpdate(
      trx,
      whoOf(ctx),
      { type: 'need', id, organisationId: before.organisation_id },
      patch,
      old,
    );
  });
}

/** Deletes a need that has no introductions (else 409: withdraw it instead). */
export const deleteNeed = (deps: AppDeps, ctx: RequestContext, id: string) =>
  deleteMarketItem(deps, ctx, 'needs', id, (trx) => needToManage(trx, ctx.actor, id));
