import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isLiveKeyViolation } from './introductions.service.js';
import {
  inboxOf,
  insertNeed,
  insertOffer,
  mailsTo,
  propose,
  proposedPair,
  setUpIntroKit,
} from './introductions-test-kit.js';

const kit = setUpIntroKit();
const url = '/api/v1/introductions';

describe('introductions: proposing', () => {
  it('a seeker proposes: proposed, the seeker side counts as accepted, 30 days to answer', async () => {
    const { id, intro, needId, offerId } = await proposedPair(kit);
    expect(intro).toMatchObject({
      id,
      state: 'proposed',
      proposedAs: 'seeker',
      need: { id: needId, status: 'open' },
      offer: { id: offerId },
      seeker: { id: kit.seeker.id, countryCode: 'MX' },
      provider: { id: kit.provider.id, countryCode: 'BR' },
      seekerAnswer: { answer: 'accepted' },
      providerAnswer: { answer: null },
      message: 'Let us talk',
      agreedAt: null,
    });
    expect(intro.expiresAt).toBe('2026-07-28T22:00:00.000Z');
    expect(intro.abilities).toMatchObject({ answerAsSeeker: false, answerAsProvider: false, audit: true });
    // The provider's people may answer for the provider.
    const seen = await kit.provider.admin.get(`${url}/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toMatchObject({ answerAsProvider: true, answerAsSeeker: false });
  });

  it('tells the provider’s administrators and editors, in one transaction, e-mailing each in their language', async () => {
    const { id } = await proposedPair(kit);
    const link = `/introductions/${id}`;
    const providerAdmin = (await inboxOf(kit.t, kit.provider.admin.userId)).filter((n) => n.link === link);
    const providerEditor = (await inboxOf(kit.t, kit.provider.editor.userId)).filter((n) => n.link === link);
    expect(providerAdmin.map((n) => n.kind)).toEqual(['introduction_proposed']);
    expect(providerEditor.map((n) => n.kind)).toEqual(['introduction_proposed']);
    // Not the proposer's own side, not members without introduction.answer.
    for (const s of [kit.seeker.admin, kit.seeker.editor, kit.seeker.member, kit.stranger.admin]) {
      expect((await inboxOf(kit.t, s.userId)).filter((n) => n.link === link)).toEqual([]);
    }
    const es = (await mailsTo(kit.t, kit.provider.admin.email)).filter((m) => m.text_body.includes(link));
    expect(es).toHaveLength(1);
    expect(es[0]!.subject).toMatch(
      /^Presentación propuesta: Secretaría de Pruebas y Brazilian Testing Agency$/,
    );
    const fr = (await mailsTo(kit.t, kit.provider.editor.email)).filter((m) => m.text_body.includes(link));
    expect(fr[0]!.subject).toMatch(/^Mise en relation proposée/);
    expect(fr[0]!.text_body).toContain('http://kxhub.test/notifications/settings');
  });

  it('a provider proposes to a visible need: the provider side counts as accepted; the seeker is told', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const res = await propose(kit.provider.editor, { needId, providerOrganisationId: kit.provider.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      proposedAs: 'provider',
      offer: null,
      seekerAnswer: { answer: null },
      providerAnswer: { answer: 'accepted' },
    });
    const inbox = await inboxOf(kit.t, kit.seeker.editor.userId);
    expect(inbox.some((n) => n.link === `/introductions/${res.body.id}`)).toBe(true);
  });

  it('a broker proposes: neither side has accepted, both are told', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const offerId = await insertOffer(kit.t, kit.provider.id);
    const res = await propose(kit.broker, { needId, offerId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      proposedAs: 'broker',
      seekerAnswer: { answer: null },
      providerAnswer: { answer: null },
    });
    const link = `/introductions/${res.body.id}`;
    for (const s of [kit.seeker.admin, kit.seeker.editor, kit.provider.admin, kit.provider.editor]) {
      expect((await inboxOf(kit.t, s.userId)).filter((n) => n.link === link)).toHaveLength(1);
    }
    expect((await inboxOf(kit.t, kit.broker.userId)).filter((n) => n.link === link)).toEqual([]);
  });

  it('the country coordinator proposes for the need’s side', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const res = await propose(kit.coordinator, { needId, providerOrganisationId: kit.provider.id });
    expect(res.status).toBe(201);
    expect(res.body.proposedAs).toBe('seeker');
  });

  it('records the proposal on the introduction’s audit trail', async () => {
    const { id } = await proposedPair(kit);
    const trail = await kit.seeker.admin.get(`/api/v1/audit/introduction/${id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().items.map((e: { action: string }) => e.action)).toEqual(['introduction.propose']);
    // The other party reads the same trail; an organisation outside it does not.
    expect((await kit.provider.admin.get(`/api/v1/audit/introduction/${id}`)).statusCode).toBe(200);
    expect((await kit.stranger.admin.get(`/api/v1/audit/introduction/${id}`)).statusCode).toBe(404);
  });
});

describe('introductions: refused proposals name the field', () => {
  const refused = async (
    as: Parameters<typeof propose>[0],
    body: Record<string, unknown>,
    status: number,
    field?: string,
    message?: RegExp,
  ) => {
    const res = await propose(as, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (field) expect(res.body.error.field).toBe(field);
    if (message) expect(res.body.error.message).toMatch(message);
    return res.body.error;
  };

  it('refuses an organisation meeting itself', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const ownOffer = await insertOffer(kit.t, kit.seeker.id);
    await refused(
      kit.seeker.admin,
      { needId, providerOrganisationId: kit.seeker.id },
      400,
      'providerOrganisationId',
      /introduced to itself/,
    );
    await refused(kit.broker, { needId, offerId: ownOffer }, 400, 'offerId', /introduced to itself/);
  });

  it('refuses expired, closed and withdrawn needs and offers (409)', async () => {
    const expired = await insertNeed(kit.t, kit.seeker.id, { expires_on: '2026-06-27' });
    await refused(
      kit.seeker.admin,
      { needId: expired, providerOrganisationId: kit.provider.id },
      409,
      'needId',
      /expired on 2026-06-27/,
    );
    const withdrawn = await insertNeed(kit.t, kit.seeker.id, { status: 'withdrawn' });
    await refused(
      kit.seeker.admin,
      { needId: withdrawn, providerOrganisationId: kit.provider.id },
      409,
      'needId',
      /no longer open/,
    );
    const closed = await insertNeed(kit.t, kit.seeker.id, { status: 'closed' });
    await refused(
      kit.seeker.admin,
      { needId: closed, providerOrganisationId: kit.provider.id },
      409,
      'needId',
    );
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const closedOffer = await insertOffer(kit.t, kit.provider.id, { status: 'closed' });
    await refused(kit.seeker.admin, { needId, offerId: closedOffer }, 409, 'offerId');
    const expiredOffer = await insertOffer(kit.t, kit.provider.id, { expires_on: '2026-01-01' });
    await refused(kit.seeker.admin, { needId, offerId: expiredOffer }, 409, 'offerId', /expired/);
  });

  it('refuses needs, offers and organisations the caller may not see, as if they did not exist', async () => {
    const hidden = await insertNeed(kit.t, kit.seeker.id, { visibility: 'organisation' });
    await refused(
      kit.provider.admin,
      { needId: hidden, providerOrganisationId: kit.provider.id },
      400,
      'needId',
      /la necesidad no existe/,
    );
    await refused(
      kit.provider.admin,
      { needId: randomUUID(), providerOrganisationId: kit.provider.id },
      400,
      'needId',
    );
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const hiddenOffer = await insertOffer(kit.t, kit.provider.id, { visibility: 'organisation' });
    await refused(kit.seeker.admin, { needId, offerId: hiddenOffer }, 400, 'offerId', /no such offer/);
    await refused(
      kit.seeker.admin,
      { needId, providerOrganisationId: randomUUID() },
      400,
      'providerOrganisationId',
    );
  });

  it('refuses an offer whose organisation is not the provider named, and a proposal without provider', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const offerId = await insertOffer(kit.t, kit.provider.id);
    await refused(
      kit.seeker.admin,
      { needId, offerId, providerOrganisationId: kit.stranger.id },
      400,
      'offerId',
      /another organisation/,
    );
    await refused(kit.seeker.admin, { needId }, 400, 'providerOrganisationId', /required when no offer/);
  });

  it('refuses a second live introduction of the same need and provider, pointing at the first', async () => {
    const { id, needId } = await proposedPair(kit);
    const before = (await inboxOf(kit.t, kit.provider.admin.userId)).length;
    const res = await kit.broker.post(url, { needId, providerOrganisationId: kit.provider.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'providerOrganisationId' });
    expect(res.json().error.message).toContain(id);
    expect(res.headers.location).toBe(`/api/v1/introductions/${id}`);
    // In the body too, where a page can read it to link to the first.
    expect(res.json().error.location).toBe(`/api/v1/introductions/${id}`);
    // A refused proposal leaves no notification behind.
    expect(await inboxOf(kit.t, kit.provider.admin.userId)).toHaveLength(before);
  });

  it('recognises the database’s own refusal of a second live introduction (a race past the check)', async () => {
    const { needId } = await proposedPair(kit);
    const row = await kit.t.runtime.deps.db
      .selectFrom('introductions')
      .selectAll()
      .where('need_id', '=', needId)
      .executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    const err = await kit.t.runtime.deps.db
      .insertInto('introductions')
      .values({ ...copy, message: '{}', terms: '{}' } as never)
      .execute()
      .catch((e: unknown) => e);
    expect(isLiveKeyViolation(err)).toBe(true);
    expect(isLiveKeyViolation(new Error('other'))).toBe(false);
  });

  it('refuses people who speak for neither side: 403, and 401 for visitors', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const body = { needId, providerOrganisationId: kit.provider.id };
    await refused(kit.seeker.member, body, 403, undefined, /Only administrators and editors/);
    await refused(kit.stranger.admin, body, 403);
    const anon = await kit.t.app.inject({ method: 'POST', url, payload: body });
    expect(anon.statusCode).toBe(401);
  });

  it('lets only brokers save a suggestion without sending it', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    await refused(
      kit.seeker.admin,
      { needId, providerOrganisationId: kit.provider.id, send: false },
      403,
      undefined,
      /Only brokers/,
    );
  });

  it('validates the body: ids, message length', async () => {
    await refused(kit.seeker.admin, { needId: 'nope' }, 400, 'needId');
    const needId = await insertNeed(kit.t, kit.seeker.id);
    await refused(
      kit.seeker.admin,
      { needId, providerOrganisationId: kit.provider.id, message: 'x'.repeat(2001) },
      400,
      'message',
    );
  });
});
