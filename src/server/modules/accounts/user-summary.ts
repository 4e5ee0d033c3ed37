import type { Executor } from '../../db/executor.js';
import { findUserByEmail, findUserById } from './accounts.repository.js';

/** The few facts about a user that other modules may read (never hashes or roles). */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

const summarise = (
  u: { id: string; email: string; display_name: string; locale: string } | undefined,
): UserSummary | null =>
  u ? { id: u.id, email: u.email, displayName: u.display_name, locale: u.locale } : null;

/** A user's public facts by id. */
export async function userSummary(ex: Executor, id: string): Promise<UserSummary | null> {
  return summarise(await findUserById(ex, id));
}

/** A user's public facts by email. */
userSummary.byEmail = async (ex: Executor, email: string): Promise<UserSummary | null> =>
  summarise(await findUserByEmail(ex, email));
