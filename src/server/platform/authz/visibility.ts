import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';

/** Where a record sits and who may see it. */
export interface Visible {
  visibility: Visibility;
  organisationId: string | null;
  countryCode: string | null;
}

/** Whether the actor may see one record: the rule the SQL filter below mirrors. */
export function canSee(actor: Actor, r: Visible): boolean {
  if (r.visibility === 'public') return true;
  if (r.visibility === 'network' && actor.userId) return true;
  return roleAllows(actor, 'record.read_private', {
    organisationId: r.organisationId,
    countryCode: r.countryCode,
  });
}

export interface VisibilityColumns {
  visibility: string;
  organisationId: string;
  countryCode?: string;
}

/**
 * The same rule as a SQL condition, so list queries are scoped in the database and never
 * filtered afterwards (which would break pagination and leak counts).
 */
export function visibleTo(
  actor: Actor,
  cols: VisibilityColumns,
  // biome-ignore lint/suspicious/noExplicitAny: the filter applies to any table that has these columns
): (eb: ExpressionBuilder<any, any>) => Expression<SqlBool> {
  return (eb) => {
    if (actor.isAdmin) return sql<SqlBool>`true`;
    const ors = [eb(eb.ref(cols.visibility), '=', 'public')];
    if (actor.userId) ors.push(eb(eb.ref(cols.visibility), '=', 'network'));
    const orgIds = Object.keys(actor.memberships);
    if (orgIds.length) ors.push(eb(eb.ref(cols.organisationId), 'in', orgIds));
    if (cols.countryCode && actor.coordinatorOf.length)
      ors.push(eb(eb.ref(cols.countryCode), 'in', actor.coordinatorOf));
    return eb.or(ors);
  };
}
