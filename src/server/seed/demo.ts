import { createUserAccount, hasAnyAccount } from '../modules/accounts/index.js';
import { runAllMatches } from '../modules/matching/index.js';
import { addMemberAsPlatform, createOrganisationAsPlatform } from '../modules/organisations/index.js';
import type { AppDeps } from '../platform/module.js';
import { seedAssessments } from './demo-assessments.js';
import { seedCountryProfiles } from './demo-country-profiles.js';
import { seedDialogues } from './demo-dialogues.js';
import { seedExperiences } from './demo-experiences.js';
import { seedExpertise } from './demo-expertise.js';
import { seedIntroductions } from './demo-introductions.js';
import { seedMarketplace } from './demo-marketplace.js';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

export interface DemoLogin {
  email: string;
  password: string;
}

/**
 * Loads the demo data set (organisations of the 2011 dialogue, people in every role). Runs
 * only on an empty database, in one transaction per step, so a second run changes nothing.
 */
export async function seedDemo(deps: AppDeps): Promise<{ seeded: boolean; login: DemoLogin }> {
  const login = { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD };
  if (await hasAnyAccount(deps.db)) return { seeded: false, login };
  const userIds = new Map<string, string>();
  await deps.db.transaction().execute(async (trx) => {
    for (const u of DEMO_USERS) {
      userIds.set(u.email, await createUserAccount(trx, { ...u, password: DEMO_PASSWORD, isDemo: true }));
    }
  });
  const orgIds = new Map<string, string>();
  for (const { key, parentKey, ...o } of DEMO_ORGANISATIONS) {
    const id = await createOrganisationAsPlatform(
      deps,
      {
        description: {},
        defaultLocale: 'en',
        visibility: 'public',
        ...o,
        parentId: parentKey ? orgIds.get(parentKey) : null,
      } as Parameters<typeof createOrganisationAsPlatform>[1],
      { isDemo: true },
    );
    orgIds.set(key, id);
  }
  for (const u of DEMO_USERS) {
    for (const [orgKey, role] of u.memberships ?? []) {
      await addMemberAsPlatform(deps, orgIds.get(orgKey)!, userIds.get(u.email)!, role);
    }
  }
  const ids = { orgIds, userIds };
  await seedCountryProfiles(deps, ids);
  await seedAssessments(deps, ids);
  await seedExpertise(deps, ids);
  await seedExperiences(deps, ids);
  await seedMarketplace(deps, ids);
  await seedIntroductions(deps, ids);
  await seedDialogues(deps, ids);
  // The stored top matches (broker board, weekly digest) come from the nightly run, whose first
  // turn is an hour after start-up: run it once now, so a fresh demo shows them at once.
  await runAllMatches(deps);
  return { seeded: true, login };
}
