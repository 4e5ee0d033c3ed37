import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditScopeOf } from './experiences.repository.js';
import { isUuid } from './experiences.service.js';

/** Where an experience sits (even once deleted): its organisation and that organisation's country. */
export async function experienceScope(ex: Executor, id: string): Promise<Scope | null> {
  // The trail route takes any entity id; a non-uuid would fail the uuid comparison (a 500).
  if (!isUuid(id)) return null;
  const row = await auditScopeOf(ex, id);
  return row ? { organisationId: row.id, countryCode: row.country_code } : null;
}
