import { profileDocumentSchema } from '../../shared/contracts/country-profiles.js';
import {
  createProfileAsPlatform,
  publishAsPlatform,
  saveDraftAsPlatform,
} from '../modules/country-profiles/index.js';
import type { AppDeps } from '../platform/module.js';
import { AFRICA_PROFILES } from './demo-country-profiles-africa.js';
import { AMERICAS_PROFILES } from './demo-country-profiles-americas.js';
import { ASIA_PROFILES } from './demo-country-profiles-asia.js';
import type { DemoProfile, OrgId, OrgRef } from './demo-country-profiles-types.js';
import type { DemoIds } from './demo-ids.js';

/**
 * Demo country profiles: the five countries of the 2011 dialogue (China, India, Indonesia,
 * Mexico, Singapore) and seven more, written from what is publicly known about each country's
 * South-South cooperation set-up and marked as demo data in their history. Several have two
 * published versions so "what changed" has content; Kenya has an unpublished draft only.
 */
export const DEMO_PROFILES: DemoProfile[] = [...ASIA_PROFILES, ...AMERICAS_PROFILES, ...AFRICA_PROFILES];

/** Loads the demo profiles through the module's platform entry points (audited, actor null). */
export async function seedCountryProfiles(deps: AppDeps, ids: DemoIds): Promise<void> {
  const o: OrgRef = (key, name, roles, note = {}) => {
    const organisationId = ids.orgIds.get(key) ?? null;
    return { organisationId, name: organisationId ? {} : name, roles, note };
  };
  const id: OrgId = (key) => {
    const found = ids.orgIds.get(key);
    return found ? [found] : [];
  };
  for (const p of DEMO_PROFILES) {
    const [first, ...later] = p.versions;
    const initial = profileDocumentSchema.parse(first ? first.doc(o, id) : p.draftOnly!(o, id));
    await createProfileAsPlatform(deps, p.code, initial, { isDemo: true });
    if (!first) continue;
    await publishAsPlatform(deps, p.code, { changeNote: first.changeNote, at: new Date(first.at) });
    for (const v of later) {
      await saveDraftAsPlatform(deps, p.code, profileDocumentSchema.parse(v.doc(o, id)));
      await publishAsPlatform(deps, p.code, { changeNote: v.changeNote, at: new Date(v.at) });
    }
  }
}
