import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from '../organisations/index.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}
interface Entry {
  id: number;
  occurredAt: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Change[];
}

const trailUrl = (type: string, id: string, query = '') => `/api/v1/audit/${type}/${id}${query}`;
const orgUrl = (id: string) => `/api/v1/organisations/${id}`;
const visitor = (url: string) => t.app.inject({ method: 'GET', url });

async function trail(as: Session, orgId: string): Promise<Entry[]> {
  const res = await as.get(trailUrl('organisation', orgId, '?limit=100'));
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

async function memberOf(orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

/** The organisation row and its audit rows, straight from the database. */
async function snapshot(orgId: string) {
  const db = t.runtime.deps.db;
  const org = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom('audit_log')
    .select(['id', 'action'])
    .where('entity_id', '=', orgId)
    .orderBy('id')
    .execute();
  return { org, audit };
}

/** Changes in field order (jsonb does not keep the order keys were written in). */
const byField = (changes: Change[]) => [...changes].sort((a, b) => a.field.localeCompare(b.field));
const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

describe('what the trail records', () => {
  it('records the creation with its actor and the values set', async () => {
    const owner = await signUp(t.app, { displayName: 'Creator Carla' });
    const org = await buildOrganisation(owner, { name: { en: 'Audited Agency' }, acronym: 'AA' });
    const [created] = await trail(owner, org.id);
    expect(created).toMatchObject({
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: org.id,
      actor: { id: owner.userId, displayName: 'Creator Carla' },
    });
    expect(change(created!, 'name')).toEqual({
      field: 'name',
      before: null,
      after: { en: 'Audited Agency' },
    });
    expect(change(created!, 'acronym')).toEqual({ field: 'acronym', before: null, after: 'AA' });
    expect(Number.isNaN(Date.parse(created!.occurredAt))).toBe(false);
  });

  it('records an update field by field, with the values before and after, and only the fields sent', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, {
      name: { en: 'Old Name' },
      website: 'https://old.example.org',
      visibility: 'network',
    });
    const res = await owner.patch(orgUrl(org.id), {
      name: { en: 'New Name' },
      website: 'https://new.example.org',
    });
    expect(res.statusCode).toBe(200);
    const [updated] = await trail(owner, org.id);
    expect(updated).toMatchObject({ action: 'organisation.update', actor: { id: owner.userId } });
    expect(byField(updated!.changes)).toEqual([
      { field: 'name', before: { en: 'Old Name' }, after: { en: 'New Name' } },
      { field: 'website', before: 'https://old.example.org', after: 'https://new.example.org' },
    ]);
  });

  it('records role changes, removals, invitations and acceptances', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    const member = await memberOf(org.id, 'member');
    expect(
      (await owner.patch(`${orgUrl(org.id)}/members/${member.userId}`, { role: 'editor' })).statusCode,
    ).toBe(200);
    expect((await owner.del(`${orgUrl(org.id)}/members/${member.userId}`)).statusCode).toBe(200);
    const invitee = await signUp(t.app);
    const inv = await owner.post(`${orgUrl(org.id)}/invitations`, { email: invitee.email, role: 'editor' });
    expect(inv.statusCode).toBe(201);
    const [mail] = await t.runtime.deps.db
      .selectFrom('mail_outbox')
      .select('text_body')
      .where('to_address', '=', invitee.email)
      .execute();
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail!.text_body)![1]!);
    expect((await invitee.post('/api/v1/invitations/accept', { token })).statusCode).toBe(200);
    const other = await owner.post(`${orgUrl(org.id)}/invitations`, {
      email: `gone-${randomUUID().slice(0, 8)}@example.org`,
    });
    expect((await owner.del(`${orgUrl(org.id)}/invitations/${other.json().id}`)).statusCode).toBe(200);

    const entries = await trail(owner, org.id);
    expect(entries.map((e) => e.action)).toEqual([
      'invitation.revoke',
      'invitation.create',
      'membership.add',
      'invitation.create',
      'membership.remove',
      'membership.change_role',
      'membership.add',
      'organisation.create',
    ]);
    const byAction = (a: string) => entries.find((e) => e.action === a)!;
    expect(byAction('membership.change_role')).toMatchObject({ actor: { id: owner.userId } });
    expect(byField(byAction('membership.change_role').changes)).toEqual([
      { field: 'role', before: 'member', after: 'editor' },
      { field: 'userId', before: member.userId, after: member.userId },
    ]);
    expect(change(byAction('membership.remove'), 'role')).toEqual({
      field: 'role',
      before: 'editor',
      after: null,
    });
    const accepted = entries[2]!;
    expect(accepted.actor?.id).toBe(invitee.userId);
    expect(change(accepted, 'role')).toEqual({ field: 'role', before: null, after: 'editor' });
    expect(change(accepted, 'via')?.after).toBe('invitation');
    // Ids grow with time: the trail is newest first.
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('never records a secret', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    await owner.post(`${orgUrl(org.id)}/invitations`, { email: `s-${randomUUID().slice(0, 8)}@example.org` });
    const rows = await t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', org.id)
      .execute();
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/token|password|hash/i);
  });
});

describe('GET /audit/organisation/:id — who may read', () => {
  it('lets the organisation’s administrators and editors, its country’s coordinator and platform administrators read', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, { countryCode: 'MX' });
    const editor = await memberOf(org.id, 'editor');
    const coordinator = await buildUser(t, { coordinatorOf: ['MX'] });
    for (const s of [owner, editor, coordinator, admin]) {
      const entries = await trail(s, org.id);
      expect(entries.map((e) => e.action)).toContain('organisation.create');
    }
  });

  it('is 404 for members without the audit right, outsiders and other countries’ coordinators; 401 for visitors', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, { countryCode: 'MX' });
    const member = await memberOf(org.id, 'member');
    const outsider = await signUp(t.app);
    const otherCoordinator = await buildUser(t, { coordinatorOf: ['BR'] });
    const otherOrg = await buildOrganisation(outsider);
    for (const s of [member, outsider, otherCoordinator]) {
      const res = await s.get(trailUrl('organisation', org.id));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    // The outsider administers their own organisation, and reads that trail only.
    expect((await outsider.get(trailUrl('organisation', otherOrg.id))).statusCode).toBe(200);
    const anon = await visitor(trailUrl('organisation', org.id));
    expect(anon.statusCode).toBe(401);
  });

  it('answers the same for an unknown or malformed organisation id as for a forbidden one', async () => {
    const outsider = await signUp(t.app);
    for (const id of [randomUUID(), 'not-a-uuid', "1'; drop table audit_log; --"]) {
      const res = await outsider.get(trailUrl('organisation', encodeURIComponent(id)));
      expect(res.statusCode).toBe(404);
    }
    expect((await visitor(trailUrl('organisation', 'not-a-uuid'))).statusCode).toBe(401);
    const asAdmin = await admin.get(trailUrl('organisation', 'not-a-uuid'));
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json()).toEqual({ items: [], nextCursor: null });
  });

  it('keeps the trail of a deleted organisation for platform administrators only', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    expect((await admin.del(orgUrl(org.id))).statusCode).toBe(200);
    const entries = await trail(admin, org.id);
    expect(entries[0]).toMatchObject({ action: 'organisation.delete', actor: { id: admin.userId } });
    expect(change(entries[0]!, 'name')?.before).toEqual({ en: org.name });
    expect((await owner.get(trailUrl('organisation', org.id))).statusCode).toBe(404);
  });

  it('refuses unknown record types naming `entityType`', async () => {
    const res = await admin.get(trailUrl('password', randomUUID()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('entityType');
  });
});

describe('GET /audit/user/:id', () => {
  it('lets a user read their own account’s trail but not another’s', async () => {
    const me = await buildUser(t);
    const other = await buildUser(t);
    const mine = await me.get(trailUrl('user', me.userId));
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((e: Entry) => e.action)).toContain('user.create');
    expect((await me.get(trailUrl('user', other.userId))).statusCode).toBe(404);
    expect((await visitor(trailUrl('user', me.userId))).statusCode).toBe(401);
    expect((await admin.get(trailUrl('user', other.userId))).json().items.length).toBeGreaterThan(0);
  });

  it('records a password change without the password', async () => {
    const me = await signUp(t.app);
    await me.post('/api/v1/me/password', {
      currentPassword: 'correct-horse-battery-7',
      newPassword: 'another-strong-pass-9',
    });
    const items = (await me.get(trailUrl('user', me.userId))).json().items as Entry[];
    expect(items[0]).toMatchObject({ action: 'user.password_change', actor: { id: me.userId }, changes: [] });
  });
});

describe('pagination of a long trail', () => {
  it('returns every entry once, newest first, across pages', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    for (let i = 1; i <= 24; i++) {
      expect((await owner.patch(orgUrl(org.id), { acronym: `V${i}` })).statusCode).toBe(200);
    }
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await owner.get(
        trailUrl('organisation', org.id, `?limit=10${cursor ? `&cursor=${cursor}` : ''}`),
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items.length).toBeLessThanOrEqual(10);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((e) => e.id)).size).toBe(25);
    expect(seen.at(-1)!.action).toBe('organisation.create');
    expect(seen.slice(0, 24).map((e) => change(e, 'acronym')!.after)).toEqual(
      Array.from({ length: 24 }, (_, i) => `V${24 - i}`),
    );
    expect(change(seen[0]!, 'acronym')!.before).toBe('V23');
  });

  it.each([
    ['garbage', 'not-a-cursor!'],
    [
      'an id that is not a number',
      Buffer.from(JSON.stringify({ v: 'abc', id: 'abc' })).toString('base64url'),
    ],
    ['a fractional id', Buffer.from(JSON.stringify({ v: 1.5, id: '1.5' })).toString('base64url')],
  ])('refuses a tampered cursor (%s) with 400 naming `cursor`', async (_what, cursor) => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    const res = await owner.get(trailUrl('organisation', org.id, `?cursor=${cursor}`));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
  });

  it('refuses out-of-range limits naming `limit`', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    for (const limit of ['0', '101', 'all']) {
      const res = await owner.get(trailUrl('organisation', org.id, `?limit=${limit}`));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('limit');
    }
  });
});

describe('a failed write leaves no trace', () => {
  it('an update refused by validation changes nothing and records nothing', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, { acronym: 'KEEP' });
    const before = await snapshot(org.id);
    for (const body of [
      { acronym: 'NEW', countryCode: 'ZZ' },
      { acronym: 'NEW', orgType: '99' },
      { acronym: 'NEW', parentId: org.id },
      { acronym: 'NEW', website: 'ftp://x' },
    ]) {
      expect((await owner.patch(orgUrl(org.id), body)).statusCode).toBe(400);
    }
    expect(await snapshot(org.id)).toEqual(before);
  });

  it('an update refused for a duplicate IATI identifier changes nothing and records nothing', async () => {
    const owner = await signUp(t.app);
    await buildOrganisation(owner, { iatiIdentifier: 'XM-DAC-55501' });
    const org = await buildOrganisation(owner, { acronym: 'KEEP' });
    const before = await snapshot(org.id);
    const res = await owner.patch(orgUrl(org.id), { acronym: 'NEW', iatiIdentifier: 'XM-DAC-55501' });
    expect(res.statusCode).toBe(409);
    expect(await snapshot(org.id)).toEqual(before);
  });

  it('two updates racing for one IATI identifier: one wins, the loser changes nothing', async () => {
    const owner = await signUp(t.app);
    const a = await buildOrganisation(owner, { acronym: 'A0' });
    const b = await buildOrganisation(owner, { acronym: 'B0' });
    const beforeA = await snapshot(a.id);
    const beforeB = await snapshot(b.id);
    const results = await Promise.all([
      owner.patch(orgUrl(a.id), { acronym: 'A1', iatiIdentifier: 'XM-DAC-66601' }),
      owner.patch(orgUrl(b.id), { acronym: 'B1', iatiIdentifier: 'xm-dac-66601' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [loser, loserBefore] = results[0]!.statusCode === 409 ? [a.id, beforeA] : [b.id, beforeB];
    expect(await snapshot(loser)).toEqual(loserBefore);
  });

  it('a crash after the first statement of a transaction rolls the whole change back', async () => {
    const db = t.runtime.deps.db;
    // Make the audit insert (the statement after the UPDATE) fail for one marked change.
    await sql`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.after->>'acronym' = 'BOOM' THEN RAISE EXCEPTION 'simulated crash while writing the audit entry'; END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`.execute(
      db,
    );
    try {
      const owner = await signUp(t.app);
      const org = await buildOrganisation(owner, { acronym: 'SAFE', name: { en: 'Crash Test Agency' } });
      const before = await snapshot(org.id);
      const res = await owner.patch(orgUrl(org.id), { acronym: 'BOOM', name: { en: 'Half Written' } });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.message).toMatch(/nothing was saved/);
      expect(await snapshot(org.id)).toEqual(before);
      expect((await owner.get(orgUrl(org.id))).json()).toMatchObject({
        acronym: 'SAFE',
        name: 'Crash Test Agency',
      });
      // The same connection pool keeps working for the next request.
      expect((await owner.patch(orgUrl(org.id), { acronym: 'FINE' })).statusCode).toBe(200);
    } finally {
      await sql`DROP TRIGGER test_fail_audit ON audit_log`.execute(db);
      await sql`DROP FUNCTION test_fail_audit()`.execute(db);
    }
  });

  it('a creation that fails after inserting the organisation leaves no organisation, membership or entry', async () => {
    const db = t.runtime.deps.db;
    await sql`CREATE FUNCTION test_fail_create() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'organisation.create' AND NEW.after->>'acronym' = 'BOOM' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER test_fail_create BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_create()`.execute(
      db,
    );
    try {
      const owner = await signUp(t.app);
      const res = await owner.post('/api/v1/organisations', {
        name: { en: 'Never Born' },
        orgType: '10',
        acronym: 'BOOM',
      });
      expect(res.statusCode).toBe(500);
      const orgs = await db.selectFrom('organisations').select('id').where('acronym', '=', 'BOOM').execute();
      expect(orgs).toHaveLength(0);
      const memberships = await db
        .selectFrom('memberships')
        .select('organisation_id')
        .where('user_id', '=', owner.userId)
        .execute();
      expect(memberships).toHaveLength(0);
    } finally {
      await sql`DROP TRIGGER test_fail_create ON audit_log`.execute(db);
      await sql`DROP FUNCTION test_fail_create()`.execute(db);
    }
  });
});
