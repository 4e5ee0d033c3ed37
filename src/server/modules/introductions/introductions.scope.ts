import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditScopeOf } from './introductions.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where an introduction's trail is filed: under the seeker's organisation (the need's owner). */
export async function introductionScope(ex: Executor, id: string): Promise<Scope | null> {
  if (!UUID.test(id)) return null;
  const row = await auditScopeOf(ex, id);
  return row ? { organisationId: row.id, countryCode: row.country_code } : null;
}
