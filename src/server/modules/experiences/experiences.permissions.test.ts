import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import type { Session } from '../../test/harness.js';
import {
  allCriteria,
  complete,
  create,
  expUrl,
  memberOf,
  outcome,
  publish,
  put,
  setUpKit,
  visitor,
} from './experiences-test-kit.js';

let outsider: Session; // administrator of another (Colombian) organisation
let otherCoordinator: Session; // coordinator of Colombia
let editor: Session; // editor of the Mexican organisation
const kit = setUpKit(async (k) => {
  outsider = await buildUser(k.t);
  await buildOrganisation(outsider, { countryCode: 'CO' });
  otherCoordinator = await buildUser(k.t, { coordinatorOf: ['CO'] });
  editor = await memberOf(k.t, k.org.id, 'editor');
});

describe('who writes', () => {
  it('lets members, editors and administrators of the organisation start experiences', async () => {
    for (const who of [kit.member, editor, kit.owner, kit.admin]) await create(who, kit.org.id, {});
  });

  it('refuses outsiders (403) and asks visitors to sign in (401)', async () => {
    const body = { organisationId: kit.org.id, content: {} };
    expect((await outsider.post('/api/v1/experiences', body)).statusCode).toBe(403);
    expect((await kit.broker.post('/api/v1/experiences', body)).statusCode).toBe(403);
    expect((await visitor(kit.t, 'POST', '/api/v1/experiences', body)).statusCode).toBe(401);
  });

  it('lets the author and the organisation’s editors edit a draft, not other members', async () => {
    const e = await create(kit.member, kit.org.id, { title: { en: 'By the member' } });
    const other = await memberOf(kit.t, kit.org.id, 'member');
    expect((await put(other, expUrl(e.id, '/draft'), { content: {} })).statusCode).toBe(404);
    expect((await other.get(expUrl(e.id))).statusCode).toBe(404);
    expect(
      (await put(editor, expUrl(e.id, '/draft'), { content: { title: { en: 'Edited' } } })).statusCode,
    ).toBe(200);
    expect(
      (await put(kit.owner, expUrl(e.id, '/draft'), { content: { title: { en: 'Again' } } })).statusCode,
    ).toBe(200);
    const mine = (await other.get('/api/v1/experiences/mine')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).not.toContain(e.id);
    const editors = (await editor.get('/api/v1/experiences/mine')).json();
    expect(editors.items.map((i: { id: string }) => i.id)).toContain(e.id);
  });

  it('hides drafts from outsiders (404) and refuses their edits of published ones (403)', async () => {
    const draft = await create(kit.member, kit.org.id, {});
    expect((await outsider.get(expUrl(draft.id))).statusCode).toBe(404);
    expect((await visitor(kit.t, 'GET', expUrl(draft.id))).statusCode).toBe(404);
    expect((await put(outsider, expUrl(draft.id, '/draft'), { content: {} })).statusCode).toBe(404);
    expect((await visitor(kit.t, 'PUT', expUrl(draft.id, '/draft'), { content: {} })).statusCode).toBe(401);
    const e = await publish(kit.t, kit.member, kit.broker, kit.org.id);
    expect((await put(outsider, expUrl(e.id, '/draft'), { content: complete() })).statusCode).toBe(403);
    expect((await visitor(kit.t, 'PUT', expUrl(e.id, '/draft'), { content: {} })).statusCode).toBe(401);
    for (const action of ['submit', 'verify', 'archive'])
      expect((await outsider.post(expUrl(e.id, `/${action}`))).statusCode, action).toBe(403);
  });

  it('stops an author who left the organisation from editing', async () => {
    const leaver = await memberOf(kit.t, kit.org.id, 'member');
    const e = await create(leaver, kit.org.id, {});
    await kit.t.runtime.deps.db
      .deleteFrom('memberships')
      .where('user_id', '=', leaver.userId)
      .where('organisation_id', '=', kit.org.id)
      .execute();
    expect((await put(leaver, expUrl(e.id, '/draft'), { content: {} })).statusCode).toBe(404);
    expect(
      (await put(kit.owner, expUrl(e.id, '/draft'), { content: { title: { en: 'Kept' } } })).statusCode,
    ).toBe(200);
  });
});

describe('who reviews', () => {
  it('never lets anyone review their own experience (403), not even a broker or administrator', async () => {
    for (const author of [kit.broker, kit.admin]) {
      const org = await buildOrganisation(author, { countryCode: 'MX' });
      const e = await create(author, org.id, complete());
      expect((await author.post(expUrl(e.id, '/submit'))).statusCode).toBe(200);
      const res = await author.post(expUrl(e.id, '/review'), {
        decision: 'approved',
        checklist: await allCriteria(kit.t),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('another reviewer');
      expect((await author.get(expUrl(e.id))).json().abilities.review).toBe(false);
    }
  });

  it('refuses the coordinator of another country and the organisation’s own editors', async () => {
    const e = await create(kit.member, kit.org.id, complete());
    expect((await kit.member.post(expUrl(e.id, '/submit'))).statusCode).toBe(200);
    const decision = { decision: 'changes_requested', comment: 'No' };
    expect((await otherCoordinator.post(expUrl(e.id, '/review'), decision)).statusCode).toBe(404);
    expect((await otherCoordinator.get('/api/v1/experiences/review-queue')).json().items).toEqual([]);
    expect((await kit.owner.post(expUrl(e.id, '/review'), decision)).statusCode).toBe(403);
    expect((await visitor(kit.t, 'POST', expUrl(e.id, '/review'), decision)).statusCode).toBe(401);
    expect((await kit.coordinator.post(expUrl(e.id, '/review'), decision)).statusCode).toBe(200);
  });

  it('refuses publication without review: an author cannot approve through any other route', async () => {
    const e = await create(kit.member, kit.org.id, complete());
    expect((await kit.member.post(expUrl(e.id, '/submit'))).statusCode).toBe(200);
    const self = await kit.member.post(expUrl(e.id, '/review'), {
      decision: 'approved',
      checklist: await allCriteria(kit.t),
    });
    expect(self.statusCode).toBe(403);
    expect((await kit.member.get(expUrl(e.id))).json()).toMatchObject({
      status: 'in_review',
      published: null,
    });
    expect((await visitor(kit.t, 'GET', expUrl(e.id))).statusCode).toBe(404);
  });
});

describe('archive, restore and delete', () => {
  it('archives a published experience out of public reach and restores it', async () => {
    const e = await publish(kit.t, kit.member, kit.broker, kit.org.id);
    const draft = await create(kit.member, kit.org.id, {});
    expect(outcome(await kit.member.post(expUrl(draft.id, '/archive'))).status).toBe(409);
    expect(outcome(await kit.member.post(expUrl(e.id, '/restore'))).status).toBe(409);
    const archived = await editor.post(expUrl(e.id, '/archive'));
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json()).toMatchObject({
      status: 'archived',
      abilities: { restore: true, archive: false },
    });
    expect((await visitor(kit.t, 'GET', expUrl(e.id))).statusCode).toBe(404);
    expect((await visitor(kit.t, 'GET', expUrl(e.id, '/versions/1'))).statusCode).toBe(404);
    expect((await put(kit.member, expUrl(e.id, '/draft'), { content: complete() })).statusCode).toBe(409);
    expect((await kit.member.post(expUrl(e.id, '/archive'))).statusCode).toBe(409);
    const restored = await kit.member.post(expUrl(e.id, '/restore'));
    expect(restored.json()).toMatchObject({ status: 'published', published: { version: 1 } });
    expect((await visitor(kit.t, 'GET', expUrl(e.id))).statusCode).toBe(200);
    const trail = (await kit.owner.get(`/api/v1/audit/experience/${e.id}`)).json();
    expect(trail.items.slice(0, 2).map((i: { action: string }) => i.action)).toEqual([
      'experience.restore',
      'experience.archive',
    ]);
  });

  it('lets the author and organisation administrators delete a never-published draft', async () => {
    const a = await create(kit.member, kit.org.id, {});
    const b = await create(kit.member, kit.org.id, {});
    expect((await editor.del(expUrl(a.id))).statusCode).toBe(403);
    expect((await outsider.del(expUrl(a.id))).statusCode).toBe(404);
    expect((await visitor(kit.t, 'DELETE', expUrl(a.id))).statusCode).toBe(401);
    expect((await kit.member.del(expUrl(a.id))).json()).toEqual({ ok: true });
    expect((await kit.owner.del(expUrl(b.id))).statusCode).toBe(200);
    expect((await kit.member.get(expUrl(a.id))).statusCode).toBe(404);
    const trail = await kit.owner.get(`/api/v1/audit/experience/${a.id}`);
    expect(trail.json().items[0].action).toBe('experience.delete');
  });

  it('leaves published experiences to platform administrators to delete', async () => {
    const e = await publish(kit.t, kit.member, kit.broker, kit.org.id);
    for (const who of [kit.member, kit.owner]) {
      const res = await who.del(expUrl(e.id));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('archive');
    }
    expect((await kit.owner.get(expUrl(e.id))).json().abilities.delete).toBe(false);
    expect((await kit.admin.del(expUrl(e.id))).statusCode).toBe(200);
    expect((await visitor(kit.t, 'GET', expUrl(e.id))).statusCode).toBe(404);
  });
});
