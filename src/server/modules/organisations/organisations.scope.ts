import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { scopeOf } from './organisations.repository.js';

/** Where an organisation sits, for deciding who may read its audit trail. */
export async function organisationScope(ex: Executor, id: string): Promise<Scope | null> {
  const row = await scopeOf(ex, id);
  return row ? { organisationId: row.id, countryCode: row.country_code } : null;
}
