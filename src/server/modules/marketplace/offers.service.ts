import type { OfferBody, OfferPatch } from '../../../shared/contracts/marketplace.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { canReadMarket, marketPolicy } from './market.policy.js';
import { offerFacts } from './market.presenter.js';
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
import * as repo from './offers.repository.js';

/** Offers: what an organisation can share with peers, drawing on its catalogue and experiences. */

type Columns = Exclude<keyof OfferPatch, 'capabilityIds' | 'experienceIds'>;

/** How an offer's fields are stored (its links live in their own tables). */
const FIELDS: FieldColumns<Columns> = {
  column: {
    title: 'title',
    description: 'description',
    defaultLocale: 'default_locale',
    challengeAreas: 'challenge_areas',
    dimensions: 'dimensions',
    sectors: 'sectors',
    sdgTargets: 'sdg_targets',
    instruments: 'instruments',
    deliveryModes: 'delivery_modes',
    languages: 'languages',
    capacityPerYear: 'capacity_per_year',
    costSharing: 'cost_sharing',
    costSharingNote: 'cost_sharing_note',
    availableFrom: 'available_from',
    availableTo: 'available_to',
    visibility: 'visibility',
    status: 'status',
    expiresOn: 'expires_on',
  },
  json: ['title', 'description', 'costSharingNote'],
  codes: [
    'sectors',
    'sdgTargets',
    'instruments',
    'languages',
    'dimensions',
    'challengeAreas',
    'deliveryModes',
  ],
};
const clean = <T extends OfferPatch>(b: T): T =>
  withDistinctCodes(b, [...FIELDS.codes, 'capabilityIds', 'experienceIds']);

async function checkOfferCodes(ex: Executor, b: OfferPatch, before?: repo.OfferRecord) {
  await checkCodes(ex, 'challengeAreas', 'challenge_area', b.challengeAreas, before?.challenge_areas);
  await checkCodes(ex, 'sectors', 'sector', b.sectors, before?.sectors);
  await checkCodes(ex, 'sdgTargets', 'sdg', b.sdgTargets, before?.sdg_targets);
  await checkCodes(ex, 'dimensions', 'assessment_dimension', b.dimensions, before?.dimensions);
  await checkCodes(ex, 'instruments', 'instrument', b.instruments, before?.instruments);
  await checkCodes(ex, 'deliveryModes', 'delivery_mode', b.deliveryModes, before?.delivery_modes);
  await checkCodes(ex, 'languages', 'language', b.languages, before?.languages);
}

/**
 * The linked capabilities must be the offering organisation's; the linked experiences,
 * experiences it published. The first that is not is named with its id.
 */
async function checkLinks(ex: Executor, organisationId: string, b: OfferPatch) {
  if (b.capabilityIds?.length) {
    const own = await repo.capabilitiesOf(ex, organisationId, b.capabilityIds);
    const foreign = b.capabilityIds.find((id) => !own.has(id));
    if (foreign) throw badRequest('errors:market.foreignCapability', 'capabilityIds', { id: foreign });
  }
  if (b.experienceIds?.length) {
    const own = await repo.publishedExperiencesOf(ex, organisationId, b.experienceIds);
    const foreign = b.experienceIds.find((id) => !own.has(id));
    if (foreign) throw badRequest('errors:market.foreignExperience', 'experienceIds', { id: foreign });
  }
}

async function writeOfferText(
  ex: Executor,
  id: string,
  o: { title: LocaleMap; description: LocaleMap },
  org: { name: unknown; acronym: string | null },
) {
  const { texts, simple } = matchingTexts(o.title, o.description, {}, organisationNames(org));
  await writeMatchingText(ex, 'offers', id, texts, simple);
}

interface InsertOptions {
  isDemo: boolean;
  createdAt?: Date;
  allowPast?: boolean;
}

async function insertChecked(
  deps: AppDeps,
  trx: Executor,
  actor: Actor | null,
  raw: OfferBody,
  who: Who,
  opts: InsertOptions,
) {
  const org = await organisationToPostFor(trx, actor, raw.organisationId);
  const b = clean(raw);
  if (!opts.allowPast) checkExpiry(b.expiresOn, todayOf(deps.clock));
  checkPeriod(b.availableFrom, b.availableTo, 'availableTo', 'errors:market.availabilityOrder');
  await checkOfferCodes(trx, b);
  await checkLinks(trx, org.id, b);
  const at = opts.createdAt ?? deps.clock.now();
  const { id } = await insertMarketRow(trx, 'offers', {
    ...toColumns(b, FIELDS),
    organisation_id: org.id,
    country_code: org.country_code,
    is_demo: opts.isDemo,
    created_by: who.actorId,
    created_at: at,
    updated_at: at,
  });
  await repo.setOfferLinks(trx, id, b);
  await writeOfferText(trx, id, b, org);
  const { organisationId, ...rest } = b;
  await auditMarket(trx, who, { type: 'offer', id, organisationId }, 'offer.create', {
    after: { organisationId, ...rest },
  });
  return id;
}

/** Posts an offer for an organisation (market.post in its scope). */
export async function createOffer(deps: AppDeps, ctx: RequestContext, b: OfferBody) {
  if (!ctx.userId) throw unauthorized();
  return inMarketWrite(deps, (trx) => insertChecked(deps, trx, ctx.actor, b, whoOf(ctx), { isDemo: false }));
}

/** Posts an offer on the platform's own authority (demo seed, CLI). */
export async function createOfferAsPlatform(deps: AppDeps, b: OfferBody, opts: InsertOptions) {
  return inMarketWrite(deps, (trx) => insertChecked(deps, trx, null, b, PLATFORM, opts));
}

async function visibleOffer(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findOffer(ex, id);
  if (!row || !canReadMarket(actor, offerFacts(row))) throw notFound('errors:market.offerNotFound');
  return row;
}

async function offerToManage(ex: Executor, actor: Actor, id: string) {
  const row = await visibleOffer(ex, actor, id);
  marketPolicy.authorize(actor, 'market.post', offerFacts(row));
  return row;
}

/** The names of every code an offer uses. */
export const offerNames = (ex: Executor, rows: repo.OfferRecord[]) =>
  codeNames(ex, {
    sector: rows.flatMap((r) => r.sectors),
    sdg: rows.flatMap((r) => r.sdg_targets),
    instrument: rows.flatMap((r) => r.instruments),
    language: rows.flatMap((r) => r.languages),
    challenge_area: rows.flatMap((r) => r.challenge_areas),
    assessment_dimension: rows.flatMap((r) => r.dimensions),
    delivery_mode: rows.flatMap((r) => r.delivery_modes),
  });

/** An offer the caller may see, with its links (those the caller may see) and code names. */
export async function getOffer(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await visibleOffer(deps.db, ctx.actor, id);
  const [capabilities, experiences, names] = await Promise.all([
    repo.linkedCapabilities(deps.db, ctx.actor, id),
    repo.linkedExperiences(deps.db, id),
    offerNames(deps.db, [row]),
  ]);
  return { row, links: { capabilities, experiences }, names, today: todayOf(deps.clock) };
}

/** Applies a partial update (a status change is one too) and records what changed. */
export async function updateOffer(deps: AppDeps, ctx: RequestContext, id: string, raw: OfferPatch) {
  const patch = clean(raw);
  await inMarketWrite(deps, async (trx) => {
    const before = await offerToManage(trx, ctx.actor, id);
    if (patch.expiresOn !== before.expires_on) checkExpiry(patch.expiresOn, todayOf(deps.clock));
    checkPatchedPeriod(
      patch,
      before,
      ['availableFrom', 'availableTo'],
      ['available_from', 'available_to'],
      'errors:market.availabilityOrder',
    );
    await checkOfferCodes(trx, patch, before);
    const linksBefore = await repo.offerLinkIds(trx, id);
    // Links kept from before stay accepted (a capability may since have been unpublished).
    await checkLinks(trx, before.organisation_id, {
      capabilityIds: patch.capabilityIds?.filter((c) => !linksBefore.capabilityIds.includes(c)),
      experienceIds: patch.experienceIds?.filter((e) => !linksBefore.experienceIds.includes(e)),
    });
    await updateMarketRow(trx, 'offers', id, {
      ...toColumns(patch, FIELDS),
      updated_at: deps.clock.now(),
      // A new expiry day earns a new reminder.
      ...(patch.expiresOn !== undefined &&
        patch.expiresOn !== before.expires_on && { expiry_reminded_at: null }),
    });
    await repo.setOfferLinks(trx, id, patch);
    if (patch.title || patch.description) {
      const org = await organisationFacts(trx, before.organisation_id);
      await writeOfferText(
        trx,
        id,
        {
          title: patch.title ?? (before.title as LocaleMap),
          description: patch.description ?? (before.description as LocaleMap),
        },
        org ?? { name: before.org_name, acronym: before.org_acronym },
      );
    }
    const old = (k: string) =>
      k === 'capabilityIds' || k === 'experienceIds'
        ? linksBefore[k]
        : before[FIELDS.column[k as Columns] as keyof repo.OfferRecord];
    await auditUpdate(
      trx,
      whoOf(ctx),
      { type: 'offer', id, organisationId: before.organisation_id },
      patch,
      old,
    );
  });
}

/** Deletes an offer that has no introductions (else 409: withdraw it instead). */
export const deleteOffer = (deps: AppDeps, ctx: RequestContext, id: string) =>
  deleteMarketItem(deps, ctx, 'offers', id, (trx) => offerToManage(trx, ctx.actor, id));

/**
 * The capabilities and published experiences of an organisation with their titles in every
 * language, so the demo seed can link offers to them by title.
 */
export async function demoLinkTargets(deps: AppDeps, organisationId: string) {
  const [capabilities, experiences] = await Promise.all([
    repo.capabilityTitles(deps.db, organisationId),
    repo.publishedExperienceTitles(deps.db, organisationId),
  ]);
  const titles = (m: unknown) => Object.values((m ?? {}) as LocaleMap).filter((t): t is string => !!t);
  return {
    capabilities: capabilities.map((c) => ({ id: c.id, titles: titles(c.title) })),
    experiences: experiences.map((e) => ({
      id: e.id,
      titles: titles((e.content as { title?: unknown } | null)?.title),
    })),
  };
}
