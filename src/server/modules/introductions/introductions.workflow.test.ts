import { describe, expect, it } from 'vitest';
import {
  answer,
  inboxOf,
  insertNeed,
  insertOffer,
  mailsTo,
  propose,
  proposedPair,
  setUpIntroKit,
  statusOf,
} from './introductions-test-kit.js';

const kit = setUpIntroKit();
const url = '/api/v1/introductions';

describe('introductions: answers', () => {
  it('the provider accepts a seeker’s proposal: agreed; the need is matched, the offer in discussion; both sides told', async () => {
    const { id, needId, offerId } = await proposedPair(kit);
    const res = await answer(kit.provider.editor, id, { side: 'provider', answer: 'accepted' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      state: 'agreed',
      seekerAnswer: { answer: 'accepted' },
      providerAnswer: { answer: 'accepted', reason: null },
      need: { status: 'matched' },
      offer: { status: 'in_discussion' },
    });
    expect(res.body.agreedAt).toBe('2026-06-28T22:00:00.000Z');
    expect(await statusOf(kit.t, 'needs', needId)).toBe('matched');
    expect(await statusOf(kit.t, 'offers', offerId)).toBe('in_discussion');
    const link = `/introductions/${id}`;
    const kinds = async (userId: string) =>
      (await inboxOf(kit.t, userId)).filter((n) => n.link === link).map((n) => n.kind);
    expect(await kinds(kit.seeker.admin.userId)).toEqual(['introduction_agreed']);
    expect(await kinds(kit.seeker.editor.userId)).toEqual(['introduction_agreed']);
    expect(await kinds(kit.provider.admin.userId)).toEqual(['introduction_proposed', 'introduction_agreed']);
    // The person who answered is not told about their own act.
    expect(await kinds(kit.provider.editor.userId)).toEqual(['introduction_proposed']);
    const mails = (await mailsTo(kit.t, kit.seeker.admin.email)).filter((m) => m.text_body.includes(link));
    expect(mails.map((m) => m.subject)).toEqual([
      'Introduction agreed: Testing Secretariat and Brazilian Testing Agency',
    ]);
    // The status moves are on the need's and offer's own trails.
    const trail = await kit.admin.get(`/api/v1/audit/introduction/${id}`);
    expect(trail.json().items.map((e: { action: string }) => e.action)).toEqual([
      'introduction.accept',
      'introduction.propose',
    ]);
  });

  it('a decline needs a reason, then ends the introduction; the other side reads the reason', async () => {
    const { id, needId } = await proposedPair(kit);
    const noReason = await answer(kit.provider.admin, id, { side: 'provider', answer: 'declined' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const res = await answer(kit.provider.admin, id, {
      side: 'provider',
      answer: 'declined',
      reason: 'No capacity this year',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'declined',
      providerAnswer: { answer: 'declined', reason: 'No capacity this year' },
    });
    expect(await statusOf(kit.t, 'needs', needId)).toBe('open');
    const inbox = (await inboxOf(kit.t, kit.seeker.admin.userId)).filter(
      (n) => n.link === `/introductions/${id}`,
    );
    expect(inbox.map((n) => n.kind)).toEqual(['introduction_declined']);
    expect(inbox[0]!.params).toMatchObject({ reason: 'No capacity this year' });
    const list = await kit.seeker.admin.get('/api/v1/notifications?limit=100');
    const text = list.json().items.find((n: { link: string }) => n.link === `/introductions/${id}`).text;
    expect(text).toMatch(
      /^Brazilian Testing Agency declined the introduction for “Need \d+: social registry”: No capacity this year$/,
    );
    // A declined introduction no longer blocks a new proposal.
    const again = await propose(kit.seeker.admin, { needId, providerOrganisationId: kit.provider.id });
    expect(again.status).toBe(201);
  });

  it('answering twice, or after the end, is a 409 naming the field', async () => {
    const { id } = await proposedPair(kit);
    const twice = await answer(kit.seeker.admin, id, { side: 'seeker', answer: 'accepted' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.field).toBe('side');
    await answer(kit.provider.admin, id, { side: 'provider', answer: 'accepted' });
    const late = await answer(kit.provider.admin, id, { side: 'provider', answer: 'declined', reason: 'x' });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ field: 'state' });
    expect(late.body.error.message).toMatch(/^state: ambas partes ya han acordado/);
  });

  it('refuses to answer on behalf of another organisation (403), or by a member without introduction.answer', async () => {
    const { id } = await proposedPair(kit);
    const forOther = await answer(kit.seeker.admin, id, { side: 'provider', answer: 'accepted' });
    expect(forOther.status).toBe(403);
    expect(forOther.body.error.message).toMatch(/only act for an organisation/);
    expect(
      (await answer(kit.seeker.member, id, { side: 'seeker', answer: 'declined', reason: 'x' })).status,
    ).toBe(403);
    expect((await answer(kit.broker, id, { side: 'provider', answer: 'accepted' })).status).toBe(403);
    // Someone who cannot even see it gets "not found".
    expect((await answer(kit.stranger.admin, id, { side: 'provider', answer: 'accepted' })).status).toBe(404);
    const anon = await kit.t.app.inject({
      method: 'POST',
      url: `${url}/${id}/answer`,
      payload: { side: 'seeker', answer: 'accepted' },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('a broker’s proposal: the first acceptance makes it accepted (need in discussion), the second agreed', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const offerId = await insertOffer(kit.t, kit.provider.id);
    const { body } = await propose(kit.broker, { needId, offerId });
    const first = await answer(kit.seeker.editor, body.id, { side: 'seeker', answer: 'accepted' });
    expect(first.body.state).toBe('accepted');
    expect(await statusOf(kit.t, 'needs', needId)).toBe('in_discussion');
    expect(await statusOf(kit.t, 'offers', offerId)).toBe('in_discussion');
    // The broker who proposed hears about it.
    const brokerInbox = (await inboxOf(kit.t, kit.broker.userId)).filter(
      (n) => n.link === `/introductions/${body.id}`,
    );
    expect(brokerInbox.map((n) => n.kind)).toEqual(['introduction_accepted']);
    const second = await answer(kit.provider.admin, body.id, { side: 'provider', answer: 'accepted' });
    expect(second.body.state).toBe('agreed');
    expect(await statusOf(kit.t, 'needs', needId)).toBe('matched');
  });
});

describe('introductions: suggestions', () => {
  it('a broker saves a suggestion nobody else sees or can answer, then sends it', async () => {
    const needId = await insertNeed(kit.t, kit.seeker.id);
    const { status, body } = await propose(kit.broker, {
      needId,
      providerOrganisationId: kit.provider.id,
      send: false,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ state: 'suggested', proposedAs: 'broker', abilities: { send: true } });
    expect((await kit.seeker.admin.get(`${url}/${body.id}`)).statusCode).toBe(404);
    expect(
      (await inboxOf(kit.t, kit.seeker.admin.userId)).filter((n) => n.link === `/introductions/${body.id}`),
    ).toEqual([]);
    const early = await answer(kit.admin, body.id, { side: 'seeker', answer: 'accepted' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/not yet sent/);
    expect((await kit.seeker.admin.post(`${url}/${body.id}/send`)).statusCode).toBe(404);

    kit.t.clock.advance(2 * 24 * 60 * 60 * 1000);
    const sent = await kit.broker.post(`${url}/${body.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ state: 'proposed' });
    expect(sent.json().expiresAt).toBe('2026-07-30T22:00:00.000Z');
    expect((await kit.seeker.admin.get(`${url}/${body.id}`)).statusCode).toBe(200);
    expect(
      (await inboxOf(kit.t, kit.seeker.admin.userId)).some((n) => n.link === `/introductions/${body.id}`),
    ).toBe(true);
    const twice = await kit.broker.post(`${url}/${body.id}/send`);
    expect(twice.statusCode).toBe(409);
    kit.t.clock.advance(-2 * 24 * 60 * 60 * 1000);
  });
});

describe('introductions: agreed terms, contacts and feedback', () => {
  it('before agreement terms and feedback are refused with 409; others get 403', async () => {
    const { id } = await proposedPair(kit);
    const terms = await kit.seeker.admin.patch(`${url}/${id}/terms`, { modality: 'Study tour' });
    expect(terms.statusCode).toBe(409);
    expect(terms.json().error.field).toBe('state');
    const fb = await kit.seeker.admin.post(`${url}/${id}/feedback`, { usefulness: 4 });
    expect(fb.statusCode).toBe(409);
    expect((await kit.coordinator.post(`${url}/${id}/feedback`, { usefulness: 4 })).statusCode).toBe(403);
    expect((await kit.broker.patch(`${url}/${id}/terms`, { notes: 'x' })).statusCode).toBe(403);
  });

  it('after agreement either side edits the terms and gives feedback once; GET shows both', async () => {
    const { id } = await proposedPair(kit);
    await answer(kit.provider.admin, id, { side: 'provider', answer: 'accepted' });
    const t1 = await kit.seeker.editor.patch(`${url}/${id}/terms`, {
      modality: 'Study tour and expert visit',
      instruments: ['study_tour'],
      startDate: '2026-09-01',
      endDate: '2026-09-15',
      costSharing: 'cost_shared',
    });
    expect(t1.statusCode, t1.body).toBe(200);
    const t2 = await kit.provider.admin.patch(`${url}/${id}/terms`, { notes: 'Flights paid by the seeker' });
    expect(t2.json().terms).toEqual({
      modality: 'Study tour and expert visit',
      instruments: ['study_tour'],
      startDate: '2026-09-01',
      endDate: '2026-09-15',
      costSharing: 'cost_shared',
      notes: 'Flights paid by the seeker',
    });
    const badDates = await kit.provider.admin.patch(`${url}/${id}/terms`, { endDate: '2026-08-01' });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().error.field).toBe('endDate');

    const f1 = await kit.seeker.admin.post(`${url}/${id}/feedback`, {
      usefulness: 5,
      comment: 'Exactly what we needed',
    });
    expect(f1.statusCode, f1.body).toBe(201);
    const again = await kit.seeker.editor.post(`${url}/${id}/feedback`, { usefulness: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('side');
    const f2 = await kit.provider.editor.post(`${url}/${id}/feedback`, {
      usefulness: 4,
      comment: 'Good partner',
    });
    expect(f2.statusCode).toBe(201);
    const range = await kit.provider.editor.post(`${url}/${id}/feedback`, { usefulness: 6 });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.field).toBe('usefulness');

    const read = (await kit.seeker.member.get(`${url}/${id}`)).json();
    expect(read.feedback).toMatchObject([
      { side: 'seeker', organisationId: kit.seeker.id, usefulness: 5, comment: 'Exactly what we needed' },
      { side: 'provider', organisationId: kit.provider.id, usefulness: 4 },
    ]);
    // Contacts: the people who answered for each side, for the two sides and brokers only.
    expect(read.contacts).toEqual({
      seeker: { name: expect.any(String), email: kit.seeker.admin.email },
      provider: { name: expect.any(String), email: kit.provider.admin.email },
    });
    expect((await kit.broker.get(`${url}/${id}`)).json().contacts).not.toBeNull();
    const coordinator = await kit.coordinator.get(`${url}/${id}`);
    expect(coordinator.statusCode).toBe(200);
    expect(coordinator.json().contacts).toBeNull();
    expect((await kit.stranger.admin.get(`${url}/${id}`)).statusCode).toBe(404);
    const anon = await kit.t.app.inject({ method: 'GET', url: `${url}/${id}` });
    expect(anon.statusCode).toBe(404);

    const trail = await kit.seeker.admin.get(`/api/v1/audit/introduction/${id}`);
    expect(trail.json().items.map((e: { action: string }) => e.action)).toEqual([
      'introduction.feedback',
      'introduction.feedback',
      'introduction.terms',
      'introduction.terms',
      'introduction.accept',
      'introduction.propose',
    ]);
  });
});
