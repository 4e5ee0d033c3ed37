import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditScopeOf, type MarketTable } from './market.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a need or offer sits (even once deleted), for reading its audit trail. */
const scopeFor =
  (table: MarketTable) =>
  async (ex: Executor, id: string): Promise<Scope | null> => {
    if (!UUID.test(id)) return null;
    const row = await auditScopeOf(ex, table, id);
    return row ? { organisationId: row.id, countryCode: row.country_code?.trim() ?? null } : null;
  };

export const needScope = scopeFor('needs');
export const offerScope = scopeFor('offers');
