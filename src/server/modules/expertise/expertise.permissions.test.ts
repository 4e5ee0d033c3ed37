import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp } from '../../test/harness.js';
import {
  buildCapability,
  buildExpert,
  capabilityInput,
  expertInput,
  memberOf,
  setUpExpertiseKit,
  visitor,
} from './expertise-test-kit.js';

const kit = setUpExpertiseKit();

const caps = '/api/v1/capabilities';
const experts = '/api/v1/experts';

describe('who may manage the catalogue of an organisation', () => {
  it('lets its administrator and editor, the coordinator of its country and platform administrators write', async () => {
    const editor = await memberOf(kit.t, kit.org.id, 'editor');
    const coordinator = await buildUser(kit.t, { coordinatorOf: ['MX'] });
    for (const who of [kit.owner, editor, coordinator, kit.admin]) {
      const c = await who.post(caps, capabilityInput(kit.org.id));
      expect(c.statusCode, c.body).toBe(201);
      expect(c.json().abilities.update).toBe(true);
      expect((await who.patch(`${caps}/${c.json().id}`, { capacityPerYear: 1 })).statusCode).toBe(200);
      const e = await who.post(experts, expertInput(kit.org.id));
      expect(e.statusCode, e.body).toBe(201);
      expect((await who.del(`${experts}/${e.json().id}`)).statusCode).toBe(200);
      expect((await who.del(`${caps}/${c.json().id}`)).statusCode).toBe(200);
    }
  });

  it('refuses a plain member, an editor of another organisation and another country’s coordinator (403)', async () => {
    const c = await buildCapability(kit.owner, kit.org.id);
    const e = await buildExpert(kit.owner, kit.org.id);
    const member = await memberOf(kit.t, kit.org.id, 'member');
    const otherOwner = await signUp(kit.t.app);
    const other = await buildOrganisation(otherOwner, { countryCode: 'MX' });
    const otherEditor = await memberOf(kit.t, other.id, 'editor');
    const peruCoordinator = await buildUser(kit.t, { coordinatorOf: ['PE'] });
    for (const who of [member, otherEditor, otherOwner, peruCoordinator]) {
      expect((await who.post(caps, capabilityInput(kit.org.id))).statusCode).toBe(403);
      expect((await who.patch(`${caps}/${c.id}`, { capacityPerYear: 1 })).statusCode).toBe(403);
      expect((await who.del(`${caps}/${c.id}`)).statusCode).toBe(403);
      expect((await who.post(experts, expertInput(kit.org.id))).statusCode).toBe(403);
      expect((await who.patch(`${experts}/${e.id}`, { availability: 'available' })).statusCode).toBe(403);
      expect((await who.del(`${experts}/${e.id}`)).statusCode).toBe(403);
      const detail = (await who.get(`${caps}/${c.id}`)).json();
      expect(detail.abilities).toMatchObject({ update: false, delete: false });
    }
    const abilities = await member.get(`/api/v1/expertise/abilities?organisation=${kit.org.id}`);
    expect(abilities.json()).toEqual({ abilities: { manage: false } });
    const mine = await kit.owner.get(`/api/v1/expertise/abilities?organisation=${kit.org.id}`);
    expect(mine.json()).toEqual({ abilities: { manage: true } });
  });

  it('asks visitors to sign in (401) for every write', async () => {
    const c = await buildCapability(kit.owner, kit.org.id);
    const e = await buildExpert(kit.owner, kit.org.id);
    expect((await visitor(kit.t, 'POST', caps, capabilityInput(kit.org.id))).statusCode).toBe(401);
    expect((await visitor(kit.t, 'PATCH', `${caps}/${c.id}`, { capacityPerYear: 1 })).statusCode).toBe(401);
    expect((await visitor(kit.t, 'DELETE', `${caps}/${c.id}`)).statusCode).toBe(401);
    expect((await visitor(kit.t, 'POST', experts, expertInput(kit.org.id))).statusCode).toBe(401);
    expect(
      (await visitor(kit.t, 'PATCH', `${experts}/${e.id}`, { availability: 'limited' })).statusCode,
    ).toBe(401);
    expect((await visitor(kit.t, 'DELETE', `${experts}/${e.id}`)).statusCode).toBe(401);
  });
});

describe('visibility of capabilities', () => {
  it('hides network records from visitors and organisation records from other members (list, detail, export)', async () => {
    const net = await buildCapability(kit.owner, kit.org.id, {
      title: { en: 'Zyxnet network offer' },
      visibility: 'network',
    });
    const own = await buildCapability(kit.owner, kit.org.id, {
      title: { en: 'Zyxnet internal offer' },
      visibility: 'organisation',
    });
    const pub = await buildCapability(kit.owner, kit.org.id, { title: { en: 'Zyxnet public offer' } });
    const stranger = await signUp(kit.t.app);
    const member = await memberOf(kit.t, kit.org.id, 'member');
    const coordinator = await buildUser(kit.t, { coordinatorOf: ['MX'] });
    const list = async (who: Session | null) => {
      const res = who ? await who.get(`${caps}?q=zyxnet`) : await visitor(kit.t, 'GET', `${caps}?q=zyxnet`);
      return (res.json().items as { id: string }[]).map((i) => i.id).sort();
    };
    expect(await list(null)).toEqual([pub.id]);
    expect(await list(stranger)).toEqual([pub.id, net.id].sort());
    for (const who of [member, coordinator, kit.admin])
      expect(await list(who)).toEqual([pub.id, net.id, own.id].sort());

    expect((await visitor(kit.t, 'GET', `${caps}/${net.id}`)).statusCode).toBe(404);
    expect((await visitor(kit.t, 'GET', `${caps}/${own.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`${caps}/${own.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`${caps}/${net.id}`)).statusCode).toBe(200);
    expect((await member.get(`${caps}/${own.id}`)).statusCode).toBe(200);
    // Hidden records are "not found" to writers from elsewhere too, not "forbidden".
    expect((await stranger.patch(`${caps}/${own.id}`, { capacityPerYear: 2 })).statusCode).toBe(404);

    const csv = (await visitor(kit.t, 'GET', `${caps}/export?format=csv&q=zyxnet`)).body;
    expect(csv).toContain('Zyxnet public offer');
    expect(csv).not.toContain('Zyxnet network offer');
    expect(csv).not.toContain('Zyxnet internal offer');
    const strangerCsv = (await stranger.get(`${caps}/export?format=csv&q=zyxnet`)).body;
    expect(strangerCsv).toContain('Zyxnet network offer');
    expect(strangerCsv).not.toContain('Zyxnet internal offer');
  });

  it('hides the capabilities and experts of an organisation the reader cannot see', async () => {
    const hiddenOwner = await signUp(kit.t.app);
    const hidden = await buildOrganisation(hiddenOwner, { visibility: 'organisation', countryCode: 'CL' });
    const c = await buildCapability(hiddenOwner, hidden.id, { title: { en: 'Qwvxx secret offer' } });
    const e = await buildExpert(hiddenOwner, hidden.id);
    const stranger = await signUp(kit.t.app);
    expect((await stranger.get(`${caps}/${c.id}`)).statusCode).toBe(404);
    expect((await visitor(kit.t, 'GET', `${experts}/${e.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`${caps}?country=CL`)).json().items).toEqual([]);
    expect((await stranger.get(`${experts}?country=CL`)).json().items).toEqual([]);
    // Nor can anyone add to it from outside: the organisation is "no such organisation".
    const res = await stranger.post(caps, capabilityInput(hidden.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('organisationId');
    expect((await hiddenOwner.get(`${experts}/${e.id}`)).statusCode).toBe(200);
  });
});
