import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { visibleTo } from '../../platform/authz/visibility.js';

/** Reading one offer, and its links (writes: market.repository.ts, shared with needs; lists: market-list.repository.ts). */

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('offers as f')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .leftJoin('countries as k', 'k.code', 'f.country_code')
    .selectAll('f')
    .select([
      'o.name as org_name',
      'o.acronym as org_acronym',
      'o.default_locale as org_locale',
      'o.visibility as org_visibility',
      'k.name as country_name',
    ]);
}
export type OfferRecord = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export async function findOffer(ex: Executor, id: string) {
  return baseSelect(ex).where('f.id', '=', id).executeTakeFirst();
}

/** Replaces the capabilities and experiences an offer draws on. */
export async function setOfferLinks(
  ex: Executor,
  offerId: string,
  links: { capabilityIds?: string[]; experienceIds?: string[] },
) {
  if (links.capabilityIds) {
    await ex.deleteFrom('offer_capabilities').where('offer_id', '=', offerId).execute();
    if (links.capabilityIds.length)
      await ex
        .insertInto('offer_capabilities')
        .values(links.capabilityIds.map((capability_id) => ({ offer_id: offerId, capability_id })))
        .execute();
  }
  if (links.experienceIds) {
    await ex.deleteFrom('offer_experiences').where('offer_id', '=', offerId).execute();
    if (links.experienceIds.length)
      await ex
        .insertInto('offer_experiences')
        .values(links.experienceIds.map((experience_id) => ({ offer_id: offerId, experience_id })))
        .execute();
  }
}

/** The ids of the capabilities and experiences an offer draws on, for the audit trail. */
export async function offerLinkIds(ex: Executor, offerId: string) {
  const [caps, exps] = await Promise.all([
    ex.selectFrom('offer_capabilities').select('capability_id').where('offer_id', '=', offerId).execute(),
    ex.selectFrom('offer_experiences').select('experience_id').where('offer_id', '=', offerId).execute(),
  ]);
  return {
    capabilityIds: caps.map((c) => c.capability_id).sort(),
    experienceIds: exps.map((e) => e.experience_id).sort(),
  };
}

/** The linked capabilities the reader may see, with their titles. */
export async function linkedCapabilities(ex: Executor, actor: Actor, offerId: string) {
  return ex
    .selectFrom('offer_capabilities as oc')
    .innerJoin('capabilities as c', 'c.id', 'oc.capability_id')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.title', 'c.default_locale'])
    .where('oc.offer_id', '=', offerId)
    .where(
      visibleTo(actor, {
        visibility: 'c.visibility',
        organisationId: 'c.organisation_id',
        countryCode: 'o.country_code',
      }),
    )
    .orderBy('c.created_at')
    .execute();
}

/** The linked experiences that are still published, with the title of their published version. */
export async function linkedExperiences(ex: Executor, offerId: string) {
  return ex
    .selectFrom('offer_experiences as oe')
    .innerJoin('experiences as e', 'e.id', 'oe.experience_id')
    .innerJoin('experience_versions as v', (j) =>
      j.onRef('v.experience_id', '=', 'e.id').onRef('v.version', '=', 'e.published_version'),
    )
    .select(['e.id', 'e.original_locale', 'v.content'])
    .where('oe.offer_id', '=', offerId)
    .where('e.status', '=', 'published')
    .orderBy('v.published_at', 'desc')
    .execute();
}

/** Of the given ids, those that are capabilities of this organisation. */
export async function capabilitiesOf(ex: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('capabilities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Of the given ids, those that are published experiences of this organisation. */
export async function publishedExperiencesOf(ex: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('experiences')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'published')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The published experiences of an organisation with their original titles (demo links). */
export async function publishedExperienceTitles(ex: Executor, organisationId: string) {
  return ex
    .selectFrom('experiences as e')
    .innerJoin('experience_versions as v', (j) =>
      j.onRef('v.experience_id', '=', 'e.id').onRef('v.version', '=', 'e.published_version'),
    )
    .select(['e.id', 'v.content'])
    .where('e.organisation_id', '=', organisationId)
    .where('e.status', '=', 'published')
    .execute();
}

/** The capabilities of an organisation with their titles (demo links). */
export async function capabilityTitles(ex: Executor, organisationId: string) {
  return ex
    .selectFrom('capabilities')
    .select(['id', 'title'])
    .where('organisation_id', '=', organisationId)
    .execute();
}
