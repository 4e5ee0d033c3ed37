import type { Executor } from '../../db/executor.js';
import { withTextArrays } from './market.repository.js';

/** All SQL that writes and reads one need (lists: market-list.repository.ts). */

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

export interface NeedValues {
  organisation_id: string;
  country_code: string;
  title: string;
  challenge: string;
  change_sought: string;
  default_locale: string;
  challenge_area: string;
  dimensions: string[];
  outcomes: string[];
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  delivery_mode: string | null;
  languages: string[];
  timeframe_from: string | null;
  timeframe_to: string | null;
  contributes_funds: boolean;
  contributes_in_kind: boolean;
  contribution_note: string;
  visibility: string;
  status: string;
  expires_on: string;
  is_demo: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const ARRAYS = ['dimensions', 'outcomes', 'sectors', 'sdg_targets', 'instruments', 'languages'] as const;

export async function insertNeed(ex: Executor, values: NeedValues) {
  return ex
    .insertInto('needs')
    .values(withTextArrays(values, ARRAYS) as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export type NeedUpdate = Partial<
  Omit<NeedValues, 'organisation_id' | 'country_code' | 'is_demo' | 'created_by' | 'created_at'>
> & { updated_at: Date; expiry_reminded_at?: null };

export async function updateNeed(ex: Executor, id: string, values: NeedUpdate) {
  await ex
    .updateTable('needs')
    .set(withTextArrays(values, ARRAYS) as never)
    .where('id', '=', id)
    .execute();
}

export async function deleteNeed(ex: Executor, id: string) {
  await ex.deleteFrom('needs').where('id', '=', id).execute();
}
