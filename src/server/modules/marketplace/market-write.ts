import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { deleteMarketRow, hasIntroductions, type MarketTable } from './market.repository.js';
import { auditMarket, checkPeriod, distinct, inMarketWrite, type Who, whoOf } from './market.support.js';

/**
 * The steps a need's and an offer's writes share, driven by each one's map from body fields to
 * columns, so the two services state only what differs (their fields, codes and links).
 */

/** How a body's fields are stored: their columns, which hold locale maps (JSON), which code lists. */
export interface FieldColumns<K extends string> {
  column: Record<K, string>;
  json: readonly K[];
  codes: readonly K[];
}

/** The body with each code list once (a code picked twice counts once). */
export function withDistinctCodes<T extends object>(body: T, codes: readonly string[]): T {
  const out = { ...body } as Record<string, unknown>;
  for (const key of codes) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = distinct(list as string[]);
  }
  return out as T;
}

/** The columns of the fields present in a body or patch; locale maps become JSON text. */
export function toColumns<K extends string>(
  fields: Partial<Record<K, unknown>>,
  map: FieldColumns<K>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(map.column) as [K, string][]) {
    const value = fields[key];
    if (value === undefined) continue;
    out[column] = map.json.includes(key) ? JSON.stringify(value as LocaleMap) : value;
  }
  return out;
}

/** Checks a period after a patch: the patched ends, or the stored ones; names the end that moved. */
export function checkPatchedPeriod(
  patch: Record<string, unknown>,
  before: Record<string, unknown>,
  [fromKey, toKey]: [string, string],
  [fromColumn, toColumn]: [string, string],
  key: 'errors:market.timeframeOrder' | 'errors:market.availabilityOrder',
) {
  const end = (k: string, column: string) =>
    (patch[k] !== undefined ? patch[k] : before[column]) as string | null;
  checkPeriod(
    end(fromKey, fromColumn),
    end(toKey, toColumn),
    patch[toKey] !== undefined || patch[fromKey] === undefined ? toKey : fromKey,
    key,
  );
}

/** The audit entry of an update: a status-only change is filed as such; old values by field. */
export async function auditUpdate(
  ex: Executor,
  who: Who,
  entity: { type: 'need' | 'offer'; id: string; organisationId: string },
  patch: Record<string, unknown>,
  old: (key: string) => unknown,
) {
  const keys = Object.keys(patch);
  await auditMarket(
    ex,
    who,
    entity,
    patch.status && keys.length === 1 ? `${entity.type}.status` : `${entity.type}.update`,
    { before: Object.fromEntries(keys.map((k) => [k, old(k)])), after: patch },
  );
}

/** Deletes a need or offer that has no introductions (else 409: withdraw it instead). */
export async function deleteMarketItem(
  deps: AppDeps,
  ctx: RequestContext,
  table: MarketTable,
  id: string,
  toManage: (ex: Executor) => Promise<{ organisation_id: string; title: unknown; status: string }>,
) {
  await inMarketWrite(deps, async (trx) => {
    const before = await toManage(trx);
    if (await hasIntroductions(trx, table, id)) throw conflict('errors:market.hasIntroductions');
    await deleteMarketRow(trx, table, id);
    const type = table === 'needs' ? 'need' : 'offer';
    await auditMarket(
      trx,
      whoOf(ctx),
      { type, id, organisationId: before.organisation_id },
      `${type}.delete`,
      {
        before: { organisationId: before.organisation_id, title: before.title, status: before.status },
      },
    );
  });
}
