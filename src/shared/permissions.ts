/**
 * The action vocabulary and the role → permission table. The compiler checks every action
 * name; modules' policies add conditions (scope, record state, visibility) on top.
 */
export const ACTIONS = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'organisation.manage_members',
  'invitation.create',
  'invitation.revoke',
  'user.read',
  'user.manage',
  'vocabulary.manage',
  'audit.read',
  'record.read_private',
  'country.coordinate',
  'content.review',
  'country_profile.edit',
  'assessment.edit',
  'capability.manage',
  'expert.read_personal',
  'experience.create',
  'experience.edit',
  'experience.review',
  'market.post',
  'introduction.propose',
  'introduction.answer',
  'introduction.broker',
  'match.configure',
  'dialogue.convene',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Global roles apply everywhere; country and organisation roles only inside their scope. */
export const ROLES = [
  'visitor',
  'authenticated',
  'platform_admin',
  'broker',
  'country_coordinator',
  'org_admin',
  'editor',
  'member',
] as const;
export type Role = (typeof ROLES)[number];
export type OrgRole = Extract<Role, 'org_admin' | 'editor' | 'member'>;
export const ORG_ROLES: readonly OrgRole[] = ['org_admin', 'editor', 'member'];

export const ROLE_PERMISSIONS: Record<Role, readonly Action[]> = {
  visitor: ['organisation.read'],
  authenticated: ['organisation.read', 'organisation.create', 'expert.read_personal'],
  platform_admin: ACTIONS,
  broker: [
    'organisation.read',
    'organisation.create',
    'content.review',
    'experience.review',
    'introduction.propose',
    'introduction.broker',
    'dialogue.convene',
  ],
  country_coordinator: [
    'organisation.read',
    'organisation.update',
    'record.read_private',
    'audit.read',
    'country.coordinate',
    'country_profile.edit',
    'assessment.edit',
    'capability.manage',
    'experience.review',
    'market.post',
    'introduction.propose',
  ],
  org_admin: [
    'organisation.read',
    'organisation.update',
    'organisation.manage_members',
    'invitation.create',
    'invitation.revoke',
    'record.read_private',
    'audit.read',
    'capability.manage',
    'experience.create',
    'experience.edit',
    'market.post',
    'introduction.propose',
    'introduction.answer',
    'dialogue.convene',
  ],
  editor: [
    'organisation.read',
    'record.read_private',
    'audit.read',
    'capability.manage',
    'experience.create',
    'experience.edit',
    'market.post',
    'introduction.propose',
    'introduction.answer',
    'dialogue.convene',
  ],
  member: ['organisation.read', 'record.read_private', 'experience.create'],
};

/** Who is asking: a visitor (no user) or a signed-in user with their roles. */
export interface Actor {
  userId: string | null;
  isAdmin: boolean;
  isBroker: boolean;
  /** Organisation id → the user's role there. */
  memberships: Record<string, OrgRole>;
  /** ISO country codes the user coordinates. */
  coordinatorOf: string[];
}

export const VISITOR: Actor = {
  userId: null,
  isAdmin: false,
  isBroker: false,
  memberships: {},
  coordinatorOf: [],
};

/** Where a record sits: the organisation and country that own it. */
export interface Scope {
  organisationId?: string | null;
  countryCode?: string | null;
}

/** The roles an actor holds for a record in the given scope. */
export function rolesInScope(actor: Actor, scope: Scope = {}): Role[] {
  const roles: Role[] = ['visitor'];
  if (!actor.userId) return roles;
  roles.push('authenticated');
  if (actor.isAdmin) roles.push('platform_admin');
  if (actor.isBroker) roles.push('broker');
  if (scope.countryCode && actor.coordinatorOf.includes(scope.countryCode)) roles.push('country_coordinator');
  const orgRole = scope.organisationId ? actor.memberships[scope.organisationId] : undefined;
  if (orgRole) roles.push(orgRole);
  return roles;
}

/** True when any role the actor holds in this scope grants the action. */
export function roleAllows(actor: Actor, action: Action, scope: Scope = {}): boolean {
  return rolesInScope(actor, scope).some((role) => ROLE_PERMISSIONS[role].includes(action));
}
