import { describe, expect, it } from 'vitest';
import type { Session } from '../../test/harness.js';
import { signUp } from '../../test/harness.js';
import {
  insertNeed,
  insertOffer,
  insertOrganisation,
  memberOf,
  setUpMatchingKit,
  visitorGet,
} from './matching-test-kit.js';

/**
 * Matches never show a reader what they may not see: an organisation-only offer stays with its
 * organisation (and the coordinators of its country, and administrators); so does an offer of an
 * organisation-only organisation; an organisation-only need is "not found" to outsiders.
 */
const ids = { need: '', privateNeed: '', open: '', privateOffer: '', hiddenOrgOffer: '', networkOffer: '' };
const orgs = { seeker: '', provider: '', hidden: '' };
let outsider: Session;
let providerMember: Session;
let seekerMember: Session;

const text = {
  title: { en: 'Digital land registry' },
  text: { en: 'Digitising the land registry and cadastre records for secure land titles.' },
  sectors: ['43040'],
  languages: ['en'],
};

const kit = setUpMatchingKit(async (k) => {
  orgs.seeker = await insertOrganisation(k, { country: 'GH' });
  orgs.provider = await insertOrganisation(k, { country: 'RW' });
  orgs.hidden = await insertOrganisation(k, { country: 'IN', visibility: 'organisation' });
  ids.need = await insertNeed(k, { organisationId: orgs.seeker, country: 'GH', ...text });
  ids.privateNeed = await insertNeed(k, {
    organisationId: orgs.seeker,
    country: 'GH',
    ...text,
    visibility: 'organisation',
  });
  ids.open = await insertOffer(k, { organisationId: orgs.provider, country: 'RW', ...text });
  ids.privateOffer = await insertOffer(k, {
    organisationId: orgs.provider,
    country: 'RW',
    ...text,
    visibility: 'organisation',
  });
  ids.networkOffer = await insertOffer(k, {
    organisationId: orgs.provider,
    country: 'RW',
    ...text,
    visibility: 'network',
  });
  ids.hiddenOrgOffer = await insertOffer(k, { organisationId: orgs.hidden, country: 'IN', ...text });
  outsider = await signUp(k.t.app);
  providerMember = await memberOf(k, orgs.provider, 'member');
  seekerMember = await memberOf(k, orgs.seeker, 'member');
});

const offerIds = async (as: Session | null, needId = ids.need) => {
  const url = `/api/v1/needs/${needId}/matches?kind=offer&limit=50`;
  const res = as ? await as.get(url) : await visitorGet(kit, url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((m) => m.id);
};

describe('who sees which matches', () => {
  it('a visitor sees public offers of public organisations only', async () => {
    expect(await offerIds(null)).toEqual([ids.open]);
  });

  it('a signed-in outsider also sees network offers, never organisation-only ones', async () => {
    const seen = await offerIds(outsider);
    expect(seen.sort()).toEqual([ids.open, ids.networkOffer].sort());
    expect(seen).not.toContain(ids.privateOffer);
    expect(seen).not.toContain(ids.hiddenOrgOffer);
  });

  it('a member of the providing organisation sees its private offer among the matches', async () => {
    expect(await offerIds(providerMember)).toContain(ids.privateOffer);
  });

  it('an administrator sees every offer', async () => {
    const seen = await offerIds(kit.admin);
    expect(seen).toEqual(
      expect.arrayContaining([ids.open, ids.privateOffer, ids.networkOffer, ids.hiddenOrgOffer]),
    );
  });

  it('an organisation-only need is not found for outsiders, and listed for its own members', async () => {
    expect((await outsider.get(`/api/v1/needs/${ids.privateNeed}/matches`)).statusCode).toBe(404);
    expect((await visitorGet(kit, `/api/v1/needs/${ids.privateNeed}/matches`)).statusCode).toBe(404);
    expect(await offerIds(seekerMember, ids.privateNeed)).toContain(ids.open);
  });

  it('an offer’s matches never show an organisation-only need to outsiders', async () => {
    const needsFor = async (as: Session | null) => {
      const url = `/api/v1/offers/${ids.open}/matches?limit=50`;
      const res = as ? await as.get(url) : await visitorGet(kit, url);
      return (res.json().items as { id: string }[]).map((m) => m.id);
    };
    expect(await needsFor(null)).toEqual([ids.need]);
    expect(await needsFor(outsider)).toEqual([ids.need]);
    expect(await needsFor(providerMember)).toEqual([ids.need]);
    expect((await needsFor(seekerMember)).sort()).toEqual([ids.need, ids.privateNeed].sort());
  });

  it('an organisation-only offer’s own matches are not found for outsiders', async () => {
    expect((await outsider.get(`/api/v1/offers/${ids.privateOffer}/matches`)).statusCode).toBe(404);
    expect((await providerMember.get(`/api/v1/offers/${ids.privateOffer}/matches`)).statusCode).toBe(200);
  });
});
