import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditScopeOf } from './introductions.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whose an introduction's trail is: both parties' (seeker and provider organisations). */
export async function introductionScope(ex: Executor, id: string): Promise<Scope[] | null> {
  if (!UUID.test(id)) return null;
  const rows = await auditScopeOf(ex, id);
  return rows.length ? rows.map((r) => ({ organisationId: r.id, countryCode: r.country_code })) : null;
}
