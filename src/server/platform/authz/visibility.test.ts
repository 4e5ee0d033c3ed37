import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/permissions.js';
import { VISITOR } from '../../../shared/permissions.js';
import { VISIBILITIES, type Visibility } from '../../../shared/visibility.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type TestApp, testApp } from '../../test/harness.js';
import { canSee, type Visible, visibleTo } from './visibility.js';

const ORG = '00000000-0000-4000-8000-0000000000a1';
const OTHER_ORG = '00000000-0000-4000-8000-0000000000b2';
const signedIn = (over: Partial<Actor> = {}): Actor => ({
  ...VISITOR,
  userId: '00000000-0000-4000-8000-000000000001',
  ...over,
});

/** The kinds of actor the rule distinguishes, relative to a record of ORG in MX. */
const ACTORS = {
  visitor: (_org: string) => VISITOR,
  stranger: (_org: string) => signedIn(),
  broker: (_org: string) => signedIn({ isBroker: true }),
  member: (org: string) => signedIn({ memberships: { [org]: 'member' } }),
  editor: (org: string) => signedIn({ memberships: { [org]: 'editor' } }),
  orgAdmin: (org: string) => signedIn({ memberships: { [org]: 'org_admin' } }),
  otherOrgAdmin: (_org: string) => signedIn({ memberships: { [OTHER_ORG]: 'org_admin' } }),
  coordinator: (_org: string) => signedIn({ coordinatorOf: ['MX'] }),
  otherCoordinator: (_org: string) => signedIn({ coordinatorOf: ['BR'] }),
  admin: (_org: string) => signedIn({ isAdmin: true }),
} satisfies Record<string, (org: string) => Actor>;
type ActorKind = keyof typeof ACTORS;

// Who sees a record of ORG (in MX), by its visibility: written out so a rule change shows here.
const EXPECTED: Record<Visibility, Record<ActorKind, boolean>> = {
  public: {
    visitor: true,
    stranger: true,
    broker: true,
    member: true,
    editor: true,
    orgAdmin: true,
    otherOrgAdmin: true,
    coordinator: true,
    otherCoordinator: true,
    admin: true,
  },
  network: {
    visitor: false,
    stranger: true,
    broker: true,
    member: true,
    editor: true,
    orgAdmin: true,
    otherOrgAdmin: true,
    coordinator: true,
    otherCoordinator: true,
    admin: true,
  },
  organisation: {
    visitor: false,
    stranger: false,
    broker: false,
    member: true,
    editor: true,
    orgAdmin: true,
    otherOrgAdmin: false,
    coordinator: true,
    otherCoordinator: false,
    admin: true,
  },
};

const kinds = Object.keys(ACTORS) as ActorKind[];

describe('canSee as a table', () => {
  const cases = VISIBILITIES.flatMap((visibility) =>
    kinds.map((kind) => ({ visibility, kind, expected: EXPECTED[visibility][kind] })),
  );
  it.each(cases)('$visibility record, $kind → $expected', ({ visibility, kind, expected }) => {
    const record: Visible = { visibility, organisationId: ORG, countryCode: 'MX' };
    expect(canSee(ACTORS[kind](ORG), record)).toBe(expected);
  });

  it('does not let a coordinator see private records that have no country', () => {
    const record: Visible = { visibility: 'organisation', organisationId: ORG, countryCode: null };
    expect(canSee(ACTORS.coordinator(ORG), record)).toBe(false);
    expect(canSee(ACTORS.member(ORG), record)).toBe(true);
  });
});

describe('visibleTo agrees with canSee on a real database', () => {
  let t: TestApp;
  const records: (Visible & { id: string })[] = [];

  beforeAll(async () => {
    t = await testApp();
    const owner = await buildUser(t);
    const make = async (visibility: Visibility, countryCode: string | null) => {
      const org = await buildOrganisation(owner, { visibility, countryCode });
      records.push({ id: org.id, visibility, organisationId: org.id, countryCode });
    };
    for (const v of VISIBILITIES) {
      await make(v, 'MX');
      await make(v, 'BR');
      await make(v, null);
    }
  });
  afterAll(() => t?.close());

  /** The ids among our records that the SQL filter lets this actor see. */
  async function visibleIds(actor: Actor): Promise<string[]> {
    const rows = await t.runtime.deps.db
      .selectFrom('organisations as o')
      .select('o.id')
      .where(
        'o.id',
        'in',
        records.map((r) => r.id),
      )
      .where(
        visibleTo(actor, {
          visibility: 'o.visibility',
          organisationId: 'o.id',
          countryCode: 'o.country_code',
        }),
      )
      .execute();
    return rows.map((r) => r.id).sort();
  }

  it.each(kinds)('for %s, on every record of every visibility', async (kind) => {
    // Memberships point at the first private MX organisation, so "member" means member of a real row.
    const target = records.find((r) => r.visibility === 'organisation' && r.countryCode === 'MX')!;
    const actor = ACTORS[kind](target.id);
    const expected = records
      .filter((r) => canSee(actor, r))
      .map((r) => r.id)
      .sort();
    expect(await visibleIds(actor)).toEqual(expected);
  });

  it('hides private records from visitors and strangers, and shows them to their members', async () => {
    const privateIds = records.filter((r) => r.visibility === 'organisation').map((r) => r.id);
    for (const id of await visibleIds(VISITOR)) expect(privateIds).not.toContain(id);
    const member = signedIn({
      memberships: Object.fromEntries(privateIds.map((id) => [id, 'member' as const])),
    });
    expect(await visibleIds(member)).toEqual(records.map((r) => r.id).sort());
  });
});
