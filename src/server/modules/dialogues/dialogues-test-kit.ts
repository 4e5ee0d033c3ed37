import { afterAll, beforeAll } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { memberOf, postCreated, visitor } from '../../test/requests.js';

/**
 * What the dialogue test files share: an app on a fresh database, a convening organisation
 * (Colombia) with its administrator, a broker, an editor of another organisation, and the
 * seven sites of the June 2011 dialogue.
 */
export interface DialogueKit {
  t: TestApp;
  owner: Session;
  broker: Session;
  outsider: Session;
  org: { id: string };
}

export function setUpDialogueKit(): DialogueKit {
  const kit = {} as DialogueKit;
  beforeAll(async () => {
    const t = await testApp();
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, {
      name: { es: 'Agencia Colombiana de Pruebas' },
      countryCode: 'CO',
    });
    const otherOwner = await signUp(t.app);
    const other = await buildOrganisation(otherOwner, { name: { en: 'Other Agency' }, countryCode: 'MX' });
    Object.assign(kit, {
      t,
      owner,
      org,
      broker: await buildUser(t, { isBroker: true }),
      outsider: await memberOf(t, other.id, 'editor'),
    });
  });
  afterAll(() => kit.t?.close());
  return kit;
}

/** The seven sites of the June 2011 dialogue, in the source's order. */
export const JUNE_2011_SITES = [
  { city: 'Washington', countryCode: 'US', timeZone: 'America/New_York' },
  { city: 'Mexico City', countryCode: 'MX', timeZone: 'America/Mexico_City' },
  { city: 'Bogotá', countryCode: 'CO', timeZone: 'America/Bogota' },
  { city: 'Jakarta', countryCode: 'ID', timeZone: 'Asia/Jakarta' },
  { city: 'New Delhi', countryCode: 'IN', timeZone: 'Asia/Kolkata' },
  { city: 'Singapore', countryCode: 'SG', timeZone: 'Asia/Singapore' },
  { city: 'Beijing', countryCode: 'CN', timeZone: 'Asia/Shanghai' },
];

export const dialogueInput = (convenerOrganisationId: string, overrides: Record<string, unknown> = {}) => ({
  convenerOrganisationId,
  title: { en: 'Capacity development for South-South knowledge exchange' },
  objectives: { en: 'Share country experiences and agree next steps.' },
  durationMinutes: 180,
  sites: JUNE_2011_SITES,
  ...overrides,
});

export type DialogueBodyOut = {
  id: string;
  sites: { id: string; city: string; timeZone: string; preferredFrom: string; holidays: string[] }[];
  abilities: Record<string, boolean>;
};

/** Posts a dialogue as `as` and returns its body. */
export const buildDialogue = (as: Session, orgId: string, overrides: Record<string, unknown> = {}) =>
  postCreated<DialogueBodyOut>(as, '/api/v1/dialogues', dialogueInput(orgId, overrides));

export { visitor };
