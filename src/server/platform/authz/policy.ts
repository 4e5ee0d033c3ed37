import type { Action, Actor } from '../../../shared/permissions.js';
import { forbidden, unauthorized } from '../http/errors.js';

/**
 * A module's policy: for each action it governs, one rule (actor, record) → boolean.
 * Rules are data, so tests can walk them as tables and the presenter can turn them into
 * the `abilities` every record response carries.
 */
export type Rule<R> = (actor: Actor, record: R) => boolean;

export interface Policy<R, A extends Action> {
  rules: Record<A, Rule<R>>;
  can(actor: Actor, action: A, record: R): boolean;
  /** Throws 401 for visitors and 403 for signed-in users when the rule says no. */
  authorize(actor: Actor, action: A, record: R): void;
  /** The caller's abilities on a record, keyed by ability name (e.g. `update`). */
  abilities(actor: Actor, record: R): Record<string, boolean>;
}

/** Defines a policy. `names` maps ability keys sent to the UI to the actions behind them. */
export function definePolicy<R, A extends Action>(
  rules: Record<A, Rule<R>>,
  names: Record<string, A>,
): Policy<R, A> {
  const can = (actor: Actor, action: A, record: R) => rules[action](actor, record);
  return {
    rules,
    can,
    authorize(actor, action, record) {
      if (can(actor, action, record)) return;
      throw actor.userId ? forbidden() : unauthorized();
    },
    abilities(actor, record) {
      return Object.fromEntries(
        Object.entries(names).map(([key, action]) => [key, can(actor, action, record)]),
      );
    },
  };
}
