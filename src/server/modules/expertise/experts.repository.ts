import { sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { capabilityVisibleTo } from './capabilities.repository.js';
import {
  keysetPage,
  matchesQuery,
  ORGANISATION_COLUMNS,
  organisationVisibleTo,
  sharedConditions,
  sortKeyOf,
  withTextArrays,
} from './expertise.repository.js';

/**
 * All SQL for experts. An expert is seen where its organisation is seen; what of the person is
 * shown is the presenter's decision, but searching by name is decided here: a visitor's query
 * never touches the personal search text.
 */

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('experts as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .leftJoin('countries as k', 'k.code', 'o.country_code')
    .select([
      'e.id',
      'e.organisation_id',
      'e.full_name',
      'e.job_title',
      'e.email',
      'e.expertise',
      'e.sectors',
      'e.languages',
      'e.availability',
      'e.availability_note',
      'e.consent_given_on',
      'e.consent_method',
      'e.consent_recorded_by',
      'e.is_demo',
      'e.created_at',
      'e.updated_at',
      ...ORGANISATION_COLUMNS,
    ]);
}
export type ExpertRecord = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export async function findExpert(ex: Executor, id: string) {
  return baseSelect(ex)
    .leftJoin('users as u', 'u.id', 'e.consent_recorded_by')
    .select('u.display_name as recorded_by_name')
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export interface ExpertFilter {
  q?: string | undefined;
  country?: string | undefined;
  organisation?: string | undefined;
  sector?: string | undefined;
  language?: string | undefined;
  availability?: string | undefined;
  /** Signed-in readers: search names too and sort by name; visitors: newest first. */
  personal: boolean;
}

const nameKey = sql<string>`lower(e.full_name)`;

/** One page of experts whose organisation the actor may see, filtered and keyset-paginated. */
export async function listExperts(
  ex: Executor,
  actor: Actor,
  f: ExpertFilter,
  after: { v: string; id: string } | null,
  limit: number,
) {
  const order = f.personal ? nameKey : 'newest';
  let q = baseSelect(ex)
    .select(sortKeyOf('e', order).as('sort_key'))
    .where(organisationVisibleTo(actor))
    .limit(limit + 1);
  for (const condition of sharedConditions('e', f)) q = q.where(condition);
  if (f.availability) q = q.where('e.availability', '=', f.availability as never);
  if (f.q)
    q = q.where(
      matchesQuery(f.q, f.personal ? ['e.search_text', 'e.personal_search_text'] : ['e.search_text']),
    );
  return keysetPage(q, 'e', order, after).execute();
}

/** Experts linked to a capability (same organisation, so as visible as the capability's organisation). */
export async function expertsOfCapability(ex: Executor, capabilityId: string) {
  return baseSelect(ex)
    .innerJoin('expert_capabilities as l', 'l.expert_id', 'e.id')
    .where('l.capability_id', '=', capabilityId)
    .orderBy(nameKey)
    .orderBy('e.id')
    .execute();
}

/** Capabilities an expert can deliver that the actor may see. */
export async function capabilitiesOfExpert(ex: Executor, actor: Actor, expertId: string) {
  const [own, org] = capabilityVisibleTo(actor);
  return ex
    .selectFrom('expert_capabilities as l')
    .innerJoin('capabilities as c', 'c.id', 'l.capability_id')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.title', 'c.default_locale'])
    .where('l.expert_id', '=', expertId)
    .where(own)
    .where(org)
    .orderBy('c.created_at')
    .execute();
}

/** Every capability id linked to an expert (for the audit of a change). */
export async function linkedCapabilityIds(ex: Executor, expertId: string) {
  const rows = await ex
    .selectFrom('expert_capabilities')
    .select('capability_id')
    .where('expert_id', '=', expertId)
    .orderBy('capability_id')
    .execute();
  return rows.map((r) => r.capability_id);
}

export async function replaceLinks(ex: Executor, expertId: string, capabilityIds: string[]) {
  await ex.deleteFrom('expert_capabilities').where('expert_id', '=', expertId).execute();
  if (capabilityIds.length)
    await ex
      .insertInto('expert_capabilities')
      .values(capabilityIds.map((capability_id) => ({ expert_id: expertId, capability_id })))
      .execute();
}

export interface ExpertValues {
  organisation_id: string;
  full_name: string;
  job_title: string;
  email: string | null;
  expertise: string;
  sectors: string[];
  languages: string[];
  availability: string;
  availability_note: string;
  consent_given_on: string;
  consent_method: string;
  consent_recorded_by: string | null;
  search_text: string;
  personal_search_text: string;
  is_demo: boolean;
  created_by: string | null;
}

const withArrays = (values: Partial<ExpertValues>) => withTextArrays(values, ['sectors', 'languages']);

export async function insertExpert(ex: Executor, values: ExpertValues) {
  return ex
    .insertInto('experts')
    .values(withArrays(values) as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateExpert(
  ex: Executor,
  id: string,
  values: Partial<Omit<ExpertValues, 'organisation_id' | 'is_demo' | 'created_by'>> & { updated_at: Date },
) {
  await ex
    .updateTable('experts')
    .set(withArrays(values) as never)
    .where('id', '=', id)
    .execute();
}

export async function deleteExpert(ex: Executor, id: string) {
  await ex.deleteFrom('experts').where('id', '=', id).execute();
}

/** Experts of public organisations, for the home page. */
export async function countPublicExperts(ex: Executor) {
  const r = await ex
    .selectFrom('experts as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('o.visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  return r.n;
}
