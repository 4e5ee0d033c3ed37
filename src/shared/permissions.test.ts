import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  type Actor,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
  roleAllows,
  rolesInScope,
  VISITOR,
} from './permissions.js';

/**
 * The policy table, written out by hand: a change to ROLE_PERMISSIONS must change this matrix
 * too, so every grant or withdrawal of a permission is a visible, reviewed edit.
 * Columns: vis = visitor, auth = authenticated, adm = platform_admin, brk = broker,
 * cc = country_coordinator, oa = org_admin, ed = editor, mem = member.
 */
const COLUMNS: readonly Role[] = [
  'visitor',
  'authenticated',
  'platform_admin',
  'broker',
  'country_coordinator',
  'org_admin',
  'editor',
  'member',
];
const MATRIX = `
                               vis auth adm brk cc  oa  ed  mem
organisation.read               1   1    1   1   1   1   1   1
organisation.create             0   1    1   1   0   0   0   0
organisation.update             0   0    1   0   1   1   0   0
organisation.delete             0   0    1   0   0   0   0   0
organisation.manage_members     0   0    1   0   0   1   0   0
invitation.create               0   0    1   0   0   1   0   0
invitation.revoke               0   0    1   0   0   1   0   0
user.read                       0   0    1   0   0   0   0   0
user.manage                     0   0    1   0   0   0   0   0
vocabulary.manage               0   0    1   0   0   0   0   0
audit.read                      0   0    1   0   1   1   1   0
record.read_private             0   0    1   0   1   1   1   1
country.coordinate              0   0    1   0   1   0   0   0
content.review                  0   0    1   1   0   0   0   0
country_profile.edit            0   0    1   0   1   0   0   0
assessment.edit                 0   0    1   0   1   0   0   0
capability.manage               0   0    1   0   1   1   1   0
expert.read_personal            0   1    1   0   0   0   0   0
experience.create               0   0    1   0   0   1   1   1
experience.edit                 0   0    1   0   0   1   1   0
experience.review               0   0    1   1   1   0   0   0
market.post                     0   0    1   0   1   1   1   0
introduction.propose            0   0    1   1   1   1   1   0
introduction.answer             0   0    1   0   0   1   1   0
introduction.broker             0   0    1   1   0   0   0   0
match.configure                 0   0    1   0   0   0   0   0
dialogue.convene                0   0    1   1   0   1   1   0
`;

const rows = MATRIX.trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [action, ...cells] = line.trim().split(/\s+/);
    return { action: action as Action, cells: cells.map((c) => c === '1') };
  });

const expectations = rows.flatMap(({ action, cells }) =>
  COLUMNS.map((role, i) => ({ role, action, allowed: cells[i]! })),
);

describe('ROLE_PERMISSIONS as a table', () => {
  it('the matrix lists every action once and every role once, in order', () => {
    expect(rows.map((r) => r.action)).toEqual([...ACTIONS]);
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
    for (const r of rows) expect(r.cells, r.action).toHaveLength(COLUMNS.length);
  });

  it.each(expectations)('$role → $action: $allowed', ({ role, action, allowed }) => {
    expect(ROLE_PERMISSIONS[role].includes(action)).toBe(allowed);
  });

  it('grants nothing the matrix does not list', () => {
    for (const role of ROLES) {
      const listed = expectations.filter((e) => e.role === role && e.allowed).map((e) => e.action);
      expect([...ROLE_PERMISSIONS[role]].sort(), role).toEqual(listed.sort());
    }
  });
});

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const user = (over: Partial<Actor> = {}): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  isAdmin: false,
  isBroker: false,
  memberships: {},
  coordinatorOf: [],
  ...over,
});

describe('rolesInScope', () => {
  it('gives a visitor only the visitor role, whatever the scope', () => {
    expect(rolesInScope(VISITOR)).toEqual(['visitor']);
    expect(rolesInScope(VISITOR, { organisationId: ORG_A, countryCode: 'MX' })).toEqual(['visitor']);
    // Roles on a visitor object (which should not happen) are ignored without a user id.
    const forged: Actor = {
      ...VISITOR,
      isAdmin: true,
      memberships: { [ORG_A]: 'org_admin' },
      coordinatorOf: ['MX'],
    };
    expect(rolesInScope(forged, { organisationId: ORG_A, countryCode: 'MX' })).toEqual(['visitor']);
  });

  it('gives a signed-in user visitor and authenticated', () => {
    expect(rolesInScope(user())).toEqual(['visitor', 'authenticated']);
  });

  it('applies global roles everywhere', () => {
    expect(rolesInScope(user({ isAdmin: true, isBroker: true }))).toEqual([
      'visitor',
      'authenticated',
      'platform_admin',
      'broker',
    ]);
    expect(rolesInScope(user({ isAdmin: true }), { organisationId: ORG_B, countryCode: 'BR' })).toContain(
      'platform_admin',
    );
  });

  it('applies an organisation role only inside that organisation', () => {
    const a = user({ memberships: { [ORG_A]: 'editor' } });
    expect(rolesInScope(a, { organisationId: ORG_A })).toContain('editor');
    expect(rolesInScope(a, { organisationId: ORG_B })).not.toContain('editor');
    expect(rolesInScope(a)).toEqual(['visitor', 'authenticated']);
  });

  it('applies the coordinator role only in the coordinated country', () => {
    const c = user({ coordinatorOf: ['MX', 'CO'] });
    expect(rolesInScope(c, { countryCode: 'MX' })).toContain('country_coordinator');
    expect(rolesInScope(c, { countryCode: 'CO', organisationId: ORG_A })).toContain('country_coordinator');
    expect(rolesInScope(c, { countryCode: 'BR' })).not.toContain('country_coordinator');
    expect(rolesInScope(c, { countryCode: null })).not.toContain('country_coordinator');
    expect(rolesInScope(c)).not.toContain('country_coordinator');
  });
});

describe('roleAllows', () => {
  it('lets an organisation administrator update their organisation and no other', () => {
    const a = user({ memberships: { [ORG_A]: 'org_admin' } });
    expect(roleAllows(a, 'organisation.update', { organisationId: ORG_A })).toBe(true);
    expect(roleAllows(a, 'organisation.update', { organisationId: ORG_B })).toBe(false);
    expect(roleAllows(a, 'organisation.delete', { organisationId: ORG_A })).toBe(false);
  });

  it('lets a coordinator update organisations of their country only', () => {
    const c = user({ coordinatorOf: ['MX'] });
    expect(roleAllows(c, 'organisation.update', { organisationId: ORG_A, countryCode: 'MX' })).toBe(true);
    expect(roleAllows(c, 'organisation.update', { organisationId: ORG_A, countryCode: 'BR' })).toBe(false);
  });

  it('lets a visitor read and nothing else', () => {
    for (const action of ACTIONS) {
      expect(roleAllows(VISITOR, action, { organisationId: ORG_A, countryCode: 'MX' }), action).toBe(
        action === 'organisation.read',
      );
    }
  });

  it('lets a platform administrator do everything, with or without scope', () => {
    for (const action of ACTIONS) expect(roleAllows(user({ isAdmin: true }), action), action).toBe(true);
  });
});
