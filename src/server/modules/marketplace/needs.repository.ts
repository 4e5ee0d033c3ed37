import type { Executor } from '../../db/executor.js';

/** Reading one need (writes: market.repository.ts, shared with offers; lists: market-list.repository.ts). */

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('needs as n')
    .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
    .leftJoin('countries as k', 'k.code', 'n.country_code')
    .selectAll('n')
    .select([
      'o.name as org_name',
      'o.acronym as org_acronym',
      'o.default_locale as org_locale',
      'o.visibility as org_visibility',
      'k.name as country_name',
    ]);
}
export type NeedRecord = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export async function findNeed(ex: Executor, id: string) {
  return baseSelect(ex).where('n.id', '=', id).executeTakeFirst();
}
