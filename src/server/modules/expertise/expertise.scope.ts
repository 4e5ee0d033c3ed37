import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditScopeOf } from './expertise.repository.js';
import { isUuid } from './expertise.support.js';

/** Where a capability or expert sits (even once deleted), for reading its audit trail. */
const scopeFor =
  (table: 'capabilities' | 'experts') =>
  async (ex: Executor, id: string): Promise<Scope | null> => {
    if (!isUuid(id)) return null;
    const row = await auditScopeOf(ex, table, id);
    return row ? { organisationId: row.id, countryCode: row.country_code } : null;
  };

export const capabilityScope = scopeFor('capabilities');
export const expertScope = scopeFor('experts');
