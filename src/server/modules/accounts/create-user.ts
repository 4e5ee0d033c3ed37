import { registerBody } from '../../../shared/contracts/accounts.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { conflict } from '../../platform/http/errors.js';
import { InvalidInputError } from '../../platform/http/invalid-input.js';
import { hashPassword } from '../../platform/security/secrets.js';
import * as repo from './accounts.repository.js';

export interface CreateUserInput {
  email: string;
  password: string;
  displayName: string;
  locale?: string;
  timeZone?: string;
  isAdmin?: boolean;
  isBroker?: boolean;
  coordinatorOf?: string[];
  isDemo?: boolean;
}

/**
 * Creates an account outside the HTTP sign-up (CLI `user create`, demo seed), with the same
 * validation as sign-up so a weak password or bad email is refused the same way.
 */
export async function createUserAccount(ex: Executor, input: CreateUserInput): Promise<string> {
  const parsed = registerBody.safeParse({
    email: input.email,
    password: input.password,
    displayName: input.displayName,
    locale: input.locale ?? 'en',
    timeZone: input.timeZone ?? 'UTC',
  });
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]!);
  const valid = parsed.data;
  if (await repo.findUserByEmail(ex, valid.email))
    throw conflict('errors:accounts.emailHasAccount', 'email', { email: valid.email });
  const { id } = await repo.insertUser(ex, {
    email: valid.email,
    display_name: valid.displayName,
    password_hash: await hashPassword(valid.password),
    locale: valid.locale,
    time_zone: valid.timeZone,
    is_admin: input.isAdmin ?? false,
    is_broker: input.isBroker ?? false,
    is_demo: input.isDemo ?? false,
  });
  if (input.coordinatorOf?.length) await repo.setCoordinatorCountries(ex, id, input.coordinatorOf);
  await recordAudit(ex, {
    actorId: null,
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    after: { email: valid.email, isAdmin: input.isAdmin ?? false },
  });
  return id;
}

/** True once any account exists (the demo seed runs only on an empty platform). */
export async function hasAnyAccount(ex: Executor): Promise<boolean> {
  return repo.hasAnyUser(ex);
}
