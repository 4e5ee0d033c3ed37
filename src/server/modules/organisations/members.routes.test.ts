import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signIn, signUp, type TestApp, testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from './index.js';
import { INVITATION_TTL_DAYS } from './members.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const visitor = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}) });
const membersUrl = (orgId: string, userId?: string) =>
  `/api/v1/organisations/${orgId}/members${userId ? `/${userId}` : ''}`;
const invitationsUrl = (orgId: string, id?: string) =>
  `/api/v1/organisations/${orgId}/invitations${id ? `/${id}` : ''}`;

/** An organisation with its administrator. */
async function orgWithAdmin(overrides: Record<string, unknown> = {}) {
  const orgAdmin = await signUp(t.app);
  const org = await buildOrganisation(orgAdmin, overrides);
  return { org, orgAdmin };
}

async function memberOf(orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

const outboxFor = (email: string) =>
  t.runtime.deps.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .execute();

/** Invites an address and returns the invitation and the token from the mailed link. */
async function inviteAndGetToken(by: Session, orgId: string, email: string, role: OrgRole = 'member') {
  const res = await by.post(invitationsUrl(orgId), { email, role });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.statusCode} ${res.body}`);
  const [mail] = await outboxFor(email.toLowerCase());
  const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail!.text_body)![1]!);
  return { invitation: res.json() as { id: string; email: string; role: OrgRole }, token };
}

const accept = (s: Session, token: string) => s.post('/api/v1/invitations/accept', { token });

describe('GET /organisations/:id/members', () => {
  it('is 401 for visitors', async () => {
    const { org } = await orgWithAdmin();
    const res = await visitor('GET', membersUrl(org.id));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('shows emails only to those who manage members', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const editor = await memberOf(org.id, 'editor');
    const outsider = await signUp(t.app);
    const admin = await buildUser(t, { isAdmin: true });

    for (const s of [orgAdmin, admin]) {
      const items = (await s.get(membersUrl(org.id))).json().items as {
        userId: string;
        email: string | null;
        role: string;
      }[];
      expect(items).toHaveLength(2);
      expect(items).toContainEqual(
        expect.objectContaining({ userId: orgAdmin.userId, email: orgAdmin.email, role: 'org_admin' }),
      );
      expect(items).toContainEqual(
        expect.objectContaining({ userId: editor.userId, email: editor.email, role: 'editor' }),
      );
    }
    for (const s of [editor, outsider]) {
      const res = await s.get(membersUrl(org.id));
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { email: string | null }[];
      expect(items).toHaveLength(2);
      expect(items.every((m) => m.email === null)).toBe(true);
      expect(res.body).not.toContain(orgAdmin.email);
    }
  });

  it('is 404 for an organisation the caller may not see, 400 for a malformed id', async () => {
    const { org } = await orgWithAdmin({ visibility: 'organisation' });
    const outsider = await signUp(t.app);
    expect((await outsider.get(membersUrl(org.id))).statusCode).toBe(404);
    expect((await outsider.get(membersUrl(randomUUID()))).statusCode).toBe(404);
    const bad = await outsider.get(membersUrl('nope'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});

describe('PATCH /organisations/:id/members/:userId', () => {
  it('lets an administrator change a role', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const member = await memberOf(org.id, 'member');
    const res = await orgAdmin.patch(membersUrl(org.id, member.userId), { role: 'editor' });
    expect(res.statusCode).toBe(200);
    const items = (await orgAdmin.get(membersUrl(org.id))).json().items;
    expect(items).toContainEqual(expect.objectContaining({ userId: member.userId, role: 'editor' }));
    expect((await member.get('/api/v1/me')).json().memberships).toContainEqual(
      expect.objectContaining({ organisationId: org.id, role: 'editor' }),
    );
  });

  it('is 403 for editors, members and outsiders, 401 for visitors', async () => {
    const { org } = await orgWithAdmin();
    const editor = await memberOf(org.id, 'editor');
    const member = await memberOf(org.id, 'member');
    const outsider = await signUp(t.app);
    const coordinator = await buildUser(t, { coordinatorOf: ['MX'] });
    for (const s of [editor, member, outsider, coordinator]) {
      const res = await s.patch(membersUrl(org.id, member.userId), { role: 'org_admin' });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await visitor('PATCH', membersUrl(org.id, member.userId), { role: 'org_admin' })).statusCode,
    ).toBe(401);
    // The member did not promote themselves.
    expect((await member.get('/api/v1/me')).json().memberships).toContainEqual(
      expect.objectContaining({ organisationId: org.id, role: 'member' }),
    );
  });

  it('is 404 for someone who is not a member and 400 for an unknown role', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const outsider = await signUp(t.app);
    const notMember = await orgAdmin.patch(membersUrl(org.id, outsider.userId), { role: 'editor' });
    expect(notMember.statusCode).toBe(404);
    expect((await orgAdmin.patch(membersUrl(org.id, randomUUID()), { role: 'editor' })).statusCode).toBe(404);
    const badRole = await orgAdmin.patch(membersUrl(org.id, orgAdmin.userId), { role: 'owner' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.field).toBe('role');
    const badId = await orgAdmin.patch(membersUrl(org.id, 'x'), { role: 'editor' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.field).toBe('userId');
  });

  it('never demotes the last administrator', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const res = await orgAdmin.patch(membersUrl(org.id, orgAdmin.userId), { role: 'member' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('role');
    expect(res.json().error.message).toMatch(/last administrator/);
    // With a second administrator the first may step down.
    const second = await memberOf(org.id, 'org_admin');
    expect((await orgAdmin.patch(membersUrl(org.id, orgAdmin.userId), { role: 'member' })).statusCode).toBe(
      200,
    );
    expect((await second.patch(membersUrl(org.id, second.userId), { role: 'editor' })).statusCode).toBe(400);
  });
});

describe('DELETE /organisations/:id/members/:userId', () => {
  it('removes a member', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const member = await memberOf(org.id, 'member');
    expect((await orgAdmin.del(membersUrl(org.id, member.userId))).statusCode).toBe(200);
    const ids = (await orgAdmin.get(membersUrl(org.id)))
      .json()
      .items.map((m: { userId: string }) => m.userId);
    expect(ids).toEqual([orgAdmin.userId]);
    expect((await member.get('/api/v1/me')).json().memberships).toEqual([]);
    expect((await orgAdmin.del(membersUrl(org.id, member.userId))).statusCode).toBe(404);
  });

  it('is 403 for non-managers, 401 for visitors, 404 for non-members', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const editor = await memberOf(org.id, 'editor');
    const member = await memberOf(org.id, 'member');
    expect((await editor.del(membersUrl(org.id, member.userId))).statusCode).toBe(403);
    expect((await member.del(membersUrl(org.id, orgAdmin.userId))).statusCode).toBe(403);
    expect((await visitor('DELETE', membersUrl(org.id, member.userId))).statusCode).toBe(401);
    expect((await orgAdmin.del(membersUrl(org.id, randomUUID()))).statusCode).toBe(404);
    expect((await orgAdmin.get(membersUrl(org.id))).json().items).toHaveLength(3);
  });

  it('never removes the last administrator', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const res = await orgAdmin.del(membersUrl(org.id, orgAdmin.userId));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('userId');
    const platformAdmin = await buildUser(t, { isAdmin: true });
    expect((await platformAdmin.del(membersUrl(org.id, orgAdmin.userId))).statusCode).toBe(400);
    expect((await orgAdmin.get(membersUrl(org.id))).json().items).toHaveLength(1);
  });

  it('keeps one administrator when two remove each other at the same time', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const second = await memberOf(org.id, 'org_admin');
    const results = await Promise.all([
      orgAdmin.del(membersUrl(org.id, second.userId)),
      second.del(membersUrl(org.id, orgAdmin.userId)),
    ]);
    const codes = results.map((r) => r.statusCode);
    // One succeeds; the other either finds itself removed (403) or is the last administrator (400).
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect([400, 403]).toContain(codes.find((c) => c !== 200));
    const admins = await t.runtime.deps.db
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', org.id)
      .where('role', '=', 'org_admin')
      .execute();
    expect(admins).toHaveLength(1);
  });
});

describe('POST /organisations/:id/invitations', () => {
  it('invites by email: 201, and a mail in the outbox with the link', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const email = `Guest-${randomUUID().slice(0, 8)}@Example.org`;
    const res = await orgAdmin.post(invitationsUrl(org.id), { email, role: 'editor' });
    expect(res.statusCode).toBe(201);
    const inv = res.json();
    expect(inv).toMatchObject({
      email: email.toLowerCase(),
      role: 'editor',
      acceptedAt: null,
      revokedAt: null,
    });
    expect(new Date(inv.expiresAt).getTime() - new Date(inv.createdAt).getTime()).toBe(
      INVITATION_TTL_DAYS * DAY,
    );
    const [mail] = await outboxFor(email.toLowerCase());
    expect(mail).toMatchObject({ kind: 'invitation', to_address: email.toLowerCase() });
    expect(mail!.text_body).toMatch(/http:\/\/kxhub\.test\/invitations\/accept\?token=[\w%-]+/);
    expect(mail!.text_body).toContain(org.name);
    const listed = (await orgAdmin.get(invitationsUrl(org.id))).json().items;
    expect(listed.map((i: { id: string }) => i.id)).toContain(inv.id);
    expect(JSON.stringify(listed)).not.toContain('token');
  });

  it('refuses a second pending invitation to the same address, whatever its case', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const email = `twice-${randomUUID().slice(0, 8)}@example.org`;
    expect((await orgAdmin.post(invitationsUrl(org.id), { email })).statusCode).toBe(201);
    const dup = await orgAdmin.post(invitationsUrl(org.id), { email: email.toUpperCase() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    expect(await outboxFor(email)).toHaveLength(1);
  });

  it('refuses to invite someone who is already a member', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const member = await memberOf(org.id, 'member');
    const res = await orgAdmin.post(invitationsUrl(org.id), { email: member.email });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.field).toBe('email');
    expect(await outboxFor(member.email)).toHaveLength(0);
  });

  it('is 403 for non-managers, 401 for visitors, 400 for a bad email or role, 404 for unknown organisations', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const editor = await memberOf(org.id, 'editor');
    const coordinator = await buildUser(t, { coordinatorOf: ['MX'] });
    const email = `nope-${randomUUID().slice(0, 8)}@example.org`;
    expect((await editor.post(invitationsUrl(org.id), { email })).statusCode).toBe(403);
    expect((await coordinator.post(invitationsUrl(org.id), { email })).statusCode).toBe(403);
    expect((await editor.get(invitationsUrl(org.id))).statusCode).toBe(403);
    expect((await visitor('POST', invitationsUrl(org.id), { email })).statusCode).toBe(401);
    expect(await outboxFor(email)).toHaveLength(0);
    const badEmail = await orgAdmin.post(invitationsUrl(org.id), { email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.field).toBe('email');
    const badRole = await orgAdmin.post(invitationsUrl(org.id), { email, role: 'platform_admin' });
    expect(badRole.json().error.field).toBe('role');
    expect((await orgAdmin.post(invitationsUrl(randomUUID()), { email })).statusCode).toBe(404);
  });
});

describe('POST /invitations/accept', () => {
  it('must be signed in', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const { token } = await inviteAndGetToken(
      orgAdmin,
      org.id,
      `anon-${randomUUID().slice(0, 8)}@example.org`,
    );
    const res = await visitor('POST', '/api/v1/invitations/accept', { token });
    expect(res.statusCode).toBe(401);
  });

  it('refuses an account with another email (code wrong_account) and leaves the invitation usable', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const someoneElse = await signUp(t.app);
    const { token } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    const res = await accept(someoneElse, token);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'wrong_account', field: 'token' });
    expect((await someoneElse.get('/api/v1/me')).json().memberships).toEqual([]);
    expect((await accept(invitee, token)).statusCode).toBe(200);
  });

  it('adds the membership with the invited role, once', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const email = `Joiner-${randomUUID().slice(0, 8)}@example.org`;
    const { token, invitation } = await inviteAndGetToken(orgAdmin, org.id, email, 'editor');
    // Signs up after being invited, with the address in another case.
    const invitee = await signUp(t.app, { email });
    const res = await accept(invitee, token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ organisationId: org.id });
    const me = (await invitee.get('/api/v1/me')).json();
    expect(me.memberships).toEqual([
      expect.objectContaining({ organisationId: org.id, role: 'editor', organisationName: org.name }),
    ]);
    const listed = (await orgAdmin.get(invitationsUrl(org.id)))
      .json()
      .items.find((i: { id: string }) => i.id === invitation.id);
    expect(listed.acceptedAt).toEqual(expect.any(String));

    const again = await accept(invitee, token);
    expect(again.statusCode).toBe(410);
    expect(again.json().error.field).toBe('token');
  });

  it('refuses a withdrawn invitation with 410', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const { token, invitation } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    expect((await orgAdmin.del(invitationsUrl(org.id, invitation.id))).statusCode).toBe(200);
    const res = await accept(invitee, token);
    expect(res.statusCode).toBe(410);
    expect(res.json().error.message).toMatch(/withdrawn/);
    expect((await invitee.get('/api/v1/me')).json().memberships).toEqual([]);
  });

  it(`refuses an invitation after ${INVITATION_TTL_DAYS} days with 410, and then allows a new one`, async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const { token } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    t.clock.advance(INVITATION_TTL_DAYS * DAY + 1000);
    try {
      // Sessions last as long as invitations, so both people sign in again.
      const lateInvitee = await signIn(t.app, invitee.email);
      const res = await accept(lateInvitee, token);
      expect(res.statusCode).toBe(410);
      expect(res.json().error.message).toMatch(/expired/);
      expect((await lateInvitee.get('/api/v1/me')).json().memberships).toEqual([]);
      const lateAdmin = await signIn(t.app, orgAdmin.email);
      expect((await lateAdmin.post(invitationsUrl(org.id), { email: invitee.email })).statusCode).toBe(201);
    } finally {
      t.clock.advance(-(INVITATION_TTL_DAYS * DAY + 1000));
    }
  });

  it('is still valid just before it expires', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const { token } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    t.clock.advance(INVITATION_TTL_DAYS * DAY - 60_000);
    try {
      const late = await signIn(t.app, invitee.email);
      expect((await accept(late, token)).statusCode).toBe(200);
    } finally {
      t.clock.advance(-(INVITATION_TTL_DAYS * DAY - 60_000));
    }
  });

  it('refuses an unknown token with 400 naming `token`', async () => {
    const u = await signUp(t.app);
    const unknown = await accept(u, 'x'.repeat(43));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'invalid_token', field: 'token' });
    const short = await accept(u, 'abc');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('token');
  });

  it('is 409 when the invitee became a member meanwhile', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const { token } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    await addMemberAsPlatform(t.runtime.deps, org.id, invitee.userId, 'member');
    expect((await accept(invitee, token)).statusCode).toBe(409);
  });
});

describe('DELETE /organisations/:id/invitations/:invitationId', () => {
  it('withdraws a pending invitation', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const { invitation } = await inviteAndGetToken(
      orgAdmin,
      org.id,
      `w-${randomUUID().slice(0, 8)}@example.org`,
    );
    const res = await orgAdmin.del(invitationsUrl(org.id, invitation.id));
    expect(res.statusCode).toBe(200);
    const listed = (await orgAdmin.get(invitationsUrl(org.id)))
      .json()
      .items.find((i: { id: string }) => i.id === invitation.id);
    expect(listed.revokedAt).toEqual(expect.any(String));
    // Withdrawn, so the address may be invited again.
    expect((await orgAdmin.post(invitationsUrl(org.id), { email: invitation.email })).statusCode).toBe(201);
  });

  it('is 409 for an accepted invitation', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const invitee = await signUp(t.app);
    const { token, invitation } = await inviteAndGetToken(orgAdmin, org.id, invitee.email);
    expect((await accept(invitee, token)).statusCode).toBe(200);
    const res = await orgAdmin.del(invitationsUrl(org.id, invitation.id));
    expect(res.statusCode).toBe(409);
    expect((await invitee.get('/api/v1/me')).json().memberships).toHaveLength(1);
  });

  it('is 403 for non-managers, 401 for visitors, 404 for unknown or another organisation’s invitations', async () => {
    const { org, orgAdmin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const editor = await memberOf(org.id, 'editor');
    const { invitation } = await inviteAndGetToken(
      orgAdmin,
      org.id,
      `r-${randomUUID().slice(0, 8)}@example.org`,
    );
    expect((await editor.del(invitationsUrl(org.id, invitation.id))).statusCode).toBe(403);
    expect((await visitor('DELETE', invitationsUrl(org.id, invitation.id))).statusCode).toBe(401);
    expect((await orgAdmin.del(invitationsUrl(org.id, randomUUID()))).statusCode).toBe(404);
    // The other organisation's administrator cannot reach it through their own organisation.
    expect((await other.orgAdmin.del(invitationsUrl(other.org.id, invitation.id))).statusCode).toBe(404);
    const bad = await orgAdmin.del(invitationsUrl(org.id, 'zzz'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('invitationId');
    const listed = (await orgAdmin.get(invitationsUrl(org.id)))
      .json()
      .items.find((i: { id: string }) => i.id === invitation.id);
    expect(listed.revokedAt).toBeNull();
  });
});
