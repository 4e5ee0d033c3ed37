import type { Executor } from '../db/executor.js';

/** The seed's own SQL: whether the database is empty, and marking what it created as demo data. */
export async function hasAnyUser(ex: Executor): Promise<boolean> {
  return !!(await ex.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/** Flags the demo organisations and drops the seeding administrator's automatic membership. */
export async function markDemoOrganisations(ex: Executor, ids: string[], adminId: string): Promise<void> {
  if (ids.length === 0) return;
  await ex.updateTable('organisations').set({ is_demo: true }).where('id', 'in', ids).execute();
  await ex
    .deleteFrom('memberships')
    .where('user_id', '=', adminId)
    .where('organisation_id', 'in', ids)
    .execute();
}
