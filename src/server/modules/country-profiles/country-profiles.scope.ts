import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { profileExists } from './country-profiles.repository.js';

/** Where a country profile sits (its country), for deciding who may read its audit trail. */
export async function countryProfileScope(ex: Executor, code: string): Promise<Scope | null> {
  // The trail route takes any entity id; only a two-letter code can name a profile.
  if (!/^[A-Z]{2}$/.test(code)) return null;
  return (await profileExists(ex, code)) ? { countryCode: code } : null;
}
