import { describe, expect, it } from 'vitest';
import type { Session } from '../../test/harness.js';
import {
  buildNeed,
  buildOffer,
  buildOrganisation,
  buildUser,
  memberOf,
  needInput,
  offerInput,
  setUpMarketKit,
  visitor,
} from './market-test-kit.js';

type Who =
  | 'member'
  | 'editor'
  | 'orgAdmin'
  | 'otherAdmin'
  | 'coordinator'
  | 'otherCoordinator'
  | 'broker'
  | 'admin';
const people = {} as Record<Who, Session>;
let otherOrg = '';

const kit = setUpMarketKit(async (k) => {
  people.orgAdmin = k.owner;
  people.admin = k.admin;
  people.member = await memberOf(k.t, k.org.id, 'member');
  people.editor = await memberOf(k.t, k.org.id, 'editor');
  people.otherAdmin = await buildUser(k.t);
  otherOrg = (await buildOrganisation(people.otherAdmin, { countryCode: 'CO' })).id;
  people.coordinator = await buildUser(k.t, { coordinatorOf: ['MX'] });
  people.otherCoordinator = await buildUser(k.t, { coordinatorOf: ['CO'] });
  people.broker = await buildUser(k.t, { isBroker: true });
});

/** Who may post and edit (market.post in the organisation's scope), and who may not. */
const MAY_POST: Record<Who, boolean> = {
  member: false,
  editor: true,
  orgAdmin: true,
  otherAdmin: false,
  coordinator: true,
  otherCoordinator: false,
  broker: false,
  admin: true,
};

describe('marketplace: who may post and edit', () => {
  it('refuses visitors (401)', async () => {
    expect((await visitor(kit.t, 'POST', '/api/v1/needs', needInput(kit.org.id))).statusCode).toBe(401);
    expect((await visitor(kit.t, 'POST', '/api/v1/offers', offerInput(kit.org.id))).statusCode).toBe(401);
    const n = await buildNeed(kit.owner, kit.org.id);
    expect((await visitor(kit.t, 'PATCH', `/api/v1/needs/${n.id}`, { status: 'closed' })).statusCode).toBe(
      401,
    );
  });

  for (const [who, allowed] of Object.entries(MAY_POST) as [Who, boolean][]) {
    it(`${who}: ${allowed ? 'may' : 'may not'} post, edit and delete the organisation’s needs and offers`, async () => {
      const as = people[who];
      const need = await as.post('/api/v1/needs', needInput(kit.org.id));
      const offer = await as.post('/api/v1/offers', offerInput(kit.org.id));
      expect(need.statusCode, need.body).toBe(allowed ? 201 : 403);
      expect(offer.statusCode, offer.body).toBe(allowed ? 201 : 403);
      const n = await buildNeed(kit.owner, kit.org.id);
      const o = await buildOffer(kit.owner, kit.org.id);
      const read = (await as.get(`/api/v1/needs/${n.id}`)).json();
      expect(read.abilities.update).toBe(allowed);
      expect((await as.patch(`/api/v1/needs/${n.id}`, { status: 'closed' })).statusCode).toBe(
        allowed ? 200 : 403,
      );
      expect((await as.patch(`/api/v1/offers/${o.id}`, { status: 'closed' })).statusCode).toBe(
        allowed ? 200 : 403,
      );
      expect((await as.del(`/api/v1/offers/${o.id}`)).statusCode).toBe(allowed ? 200 : 403);
    });
  }
});

describe('marketplace: visibility', () => {
  it('an organisation-only need is seen by its members, its country’s coordinator and admins only', async () => {
    const n = await buildNeed(kit.owner, kit.org.id, {
      visibility: 'organisation',
      title: { en: 'Private need zebra' },
    });
    const sees = async (as: Session | null) => {
      const one = as
        ? await as.get(`/api/v1/needs/${n.id}`)
        : await visitor(kit.t, 'GET', `/api/v1/needs/${n.id}`);
      const list = as
        ? await as.get('/api/v1/needs?q=zebra&facets=false')
        : await visitor(kit.t, 'GET', '/api/v1/needs?q=zebra&facets=false');
      const listed = list.json().items.some((i: { id: string }) => i.id === n.id);
      expect(listed).toBe(one.statusCode === 200);
      return one.statusCode;
    };
    expect(await sees(people.member)).toBe(200);
    expect(await sees(people.coordinator)).toBe(200);
    expect(await sees(people.admin)).toBe(200);
    expect(await sees(people.otherAdmin)).toBe(404);
    expect(await sees(people.otherCoordinator)).toBe(404);
    expect(await sees(people.broker)).toBe(404);
    expect(await sees(null)).toBe(404);
    // Another organisation's administrator cannot edit it either: it does not exist for them.
    expect((await people.otherAdmin.patch(`/api/v1/needs/${n.id}`, { status: 'closed' })).statusCode).toBe(
      404,
    );
  });

  it('a network offer needs sign-in', async () => {
    const o = await buildOffer(kit.owner, kit.org.id, { visibility: 'network' });
    expect((await visitor(kit.t, 'GET', `/api/v1/offers/${o.id}`)).statusCode).toBe(404);
    expect((await people.otherAdmin.get(`/api/v1/offers/${o.id}`)).statusCode).toBe(200);
  });

  it('cannot post for an organisation one cannot see, nor for another one', async () => {
    const hidden = await buildOrganisation(people.otherAdmin, {
      countryCode: 'CO',
      visibility: 'organisation',
    });
    const res = await kit.owner.post('/api/v1/needs', needInput(hidden.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('organisationId');
    expect((await kit.owner.post('/api/v1/needs', needInput(otherOrg))).statusCode).toBe(403);
  });

  it('the pipeline shows each user the records of their own organisations only, every status', async () => {
    const n = await buildNeed(kit.owner, kit.org.id, { status: 'withdrawn', visibility: 'organisation' });
    const mine = (await people.member.get('/api/v1/market/mine')).json();
    expect(mine.needs.find((x: { id: string }) => x.id === n.id)).toMatchObject({
      status: 'withdrawn',
      introductions: { proposed: 0, agreed: 0 },
    });
    const theirs = (await people.otherAdmin.get('/api/v1/market/mine')).json();
    expect(theirs.needs.some((x: { id: string }) => x.id === n.id)).toBe(false);
    expect((await visitor(kit.t, 'GET', '/api/v1/market/mine')).statusCode).toBe(401);
  });
});
