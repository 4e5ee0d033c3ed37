import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { scopeOf } from './organisations.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where an organisation sits, for deciding who may read its audit trail. */
export async function organisationScope(ex: Executor, id: string): Promise<Scope | null> {
  // The trail route takes any entity id; a non-uuid would fail the uuid comparison (a 500).
  if (!UUID.test(id)) return null;
  const row = await scopeOf(ex, id);
  return row ? { organisationId: row.id, countryCode: row.country_code } : null;
}
