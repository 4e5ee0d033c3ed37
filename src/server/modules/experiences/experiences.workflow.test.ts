import { describe, expect, it } from 'vitest';
import { allCriteria, complete, create, expUrl, put, setUpKit, visitor } from './experiences-test-kit.js';

const kit = setUpKit();
let id: string;

describe('the experience workflow', () => {
  it('starts a draft written by the caller, incomplete as it may be', async () => {
    const e = await create(kit.member, kit.org.id, { title: { en: 'Cash transfers' } });
    id = e.id;
    expect(e).toMatchObject({
      status: 'draft',
      organisation: { id: kit.org.id, name: 'Agencia Mexicana de Pruebas', countryCode: 'MX' },
      published: null,
      lastVerifiedAt: null,
      stale: false,
      hasPendingEdits: false,
      versions: [],
      reviews: [],
    });
    expect(e.author).toEqual(expect.any(String));
    expect(e.draft.content.title).toEqual({ en: 'Cash transfers' });
    expect(e.abilities).toMatchObject({
      edit: true,
      submit: true,
      review: false,
      archive: false,
      delete: true,
    });
  });

  it('autosaves the draft and submits it for review', async () => {
    const e = (await kit.member.get(expUrl(id))).json();
    const saved = await put(kit.member, expUrl(id, '/draft'), {
      content: complete(),
      baseUpdatedAt: e.draft.updatedAt,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    kit.t.clock.advance(60_000);
    const sub = await kit.member.post(expUrl(id, '/submit'));
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toMatchObject({ status: 'in_review', abilities: { edit: false, submit: false } });
    expect(sub.json().submittedAt).toBe(kit.t.clock.now().toISOString());
    const again = await kit.member.post(expUrl(id, '/submit'));
    expect(again.statusCode).toBe(409);
    const edit = await put(kit.member, expUrl(id, '/draft'), { content: complete() });
    expect(edit.statusCode).toBe(409);
  });

  it('puts it in the review queue of the broker and the coordinator, not of the author', async () => {
    for (const reviewer of [kit.broker, kit.coordinator, kit.admin]) {
      const q = (await reviewer.get('/api/v1/experiences/review-queue')).json();
      expect(q.items.map((i: { id: string }) => i.id)).toContain(id);
    }
    const own = (await kit.member.get('/api/v1/experiences/review-queue')).json();
    expect(own.items).toEqual([]);
    const seen = (await kit.broker.get(expUrl(id))).json();
    expect(seen.abilities).toMatchObject({ review: true, edit: false });
    expect(seen.draft.content.title.en).toBe('Conditional cash transfers for rural families');
  });

  it('sends it back with a comment the author reads', async () => {
    const noComment = await kit.broker.post(expUrl(id, '/review'), { decision: 'changes_requested' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.field).toBe('comment');
    const res = await kit.broker.post(expUrl(id, '/review'), {
      decision: 'changes_requested',
      checklist: { results_evidenced: false, challenge_clear: true },
      comment: 'Please give the source of the attendance figure.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('draft');
    const mine = (await kit.member.get(expUrl(id))).json();
    expect(mine.abilities).toMatchObject({ edit: true, submit: true });
    expect(mine.reviews).toHaveLength(1);
    expect(mine.reviews[0]).toMatchObject({
      decision: 'changes_requested',
      comment: 'Please give the source of the attendance figure.',
      checklist: { results_evidenced: false, challenge_clear: true, lessons_transferable: false },
    });
    expect(mine.reviews[0].reviewer).toEqual(expect.any(String));
    expect((await kit.broker.get('/api/v1/experiences/review-queue')).json().items).toEqual([]);
  });

  it('publishes version 1 once fixed, resubmitted and approved with every criterion', async () => {
    const fixed = complete({ results: { en: 'Attendance rose by 12 points (national survey ENIGH 2021).' } });
    expect((await put(kit.member, expUrl(id, '/draft'), { content: fixed })).statusCode).toBe(200);
    expect((await kit.member.post(expUrl(id, '/submit'))).statusCode).toBe(200);
    kit.t.clock.advance(3_600_000);
    const res = await kit.coordinator.post(expUrl(id, '/review'), {
      decision: 'approved',
      checklist: await allCriteria(kit.t),
      comment: 'First publication',
    });
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    const now = kit.t.clock.now().toISOString();
    expect(e).toMatchObject({
      status: 'published',
      lastVerifiedAt: now,
      stale: false,
      hasPendingEdits: false,
    });
    expect(e.published).toMatchObject({ version: 1, publishedAt: now, reviewedAt: now });
    expect(e.published.reviewedBy).toEqual(expect.any(String));
    expect(e.versions).toEqual([{ version: 1, publishedAt: now, changeNote: 'First publication' }]);

    const pub = await visitor(kit.t, 'GET', expUrl(id));
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      draft: null,
      reviews: [],
      author: null,
      published: { reviewedBy: e.published.reviewedBy },
    });
    expect(pub.json().published.content.contact).toEqual({ name: '', email: null });
    expect(pub.json().abilities).toMatchObject({ edit: false, review: false, delete: false });
  });

  it('keeps version 1 visible while edits after publication wait, then publishes version 2', async () => {
    const before = (await kit.member.get(expUrl(id))).json();
    const edited = { ...before.draft.content, lessons: { en: 'Design the evaluation first.' } };
    const saved = await put(kit.member, expUrl(id, '/draft'), { content: edited });
    expect(saved.json()).toMatchObject({ status: 'published', hasPendingEdits: true });
    expect(saved.json().published.content.lessons.en).toMatch(/^Start with the targeting/);
    const sub = await kit.member.post(expUrl(id, '/submit'));
    expect(sub.json()).toMatchObject({ status: 'published', abilities: { edit: false } });
    expect(sub.json().submittedAt).not.toBeNull();
    const pub = (await visitor(kit.t, 'GET', expUrl(id))).json();
    expect(pub.published.content.lessons.en).toMatch(/^Start with the targeting/);
    const queue = (await kit.broker.get('/api/v1/experiences/review-queue')).json().items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ id, status: 'published', hasPendingEdits: true });
    expect(queue[0].submittedAt).toBe(sub.json().submittedAt);

    kit.t.clock.advance(86_400_000);
    const res = await kit.broker.post(expUrl(id, '/review'), {
      decision: 'approved',
      checklist: await allCriteria(kit.t),
      comment: 'Lessons rewritten',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().published.version).toBe(2);
    expect(res.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(res.json().published.content.lessons.en).toBe('Design the evaluation first.');

    const v1 = await visitor(kit.t, 'GET', expUrl(id, '/versions/1'));
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({ version: 1, changeNote: 'First publication' });
    expect(v1.json().content.lessons.en).toMatch(/^Start with the targeting/);
    expect(v1.json().content.contact.email).toBeNull();
    expect((await visitor(kit.t, 'GET', expUrl(id, '/versions/3'))).statusCode).toBe(404);
  });

  it('refuses to submit a published experience without pending edits (409)', async () => {
    const res = await kit.member.post(expUrl(id, '/submit'));
    expect(res.statusCode).toBe(409);
  });

  it('counts views of readers who cannot edit, not of its editors', async () => {
    const start = (await kit.owner.get(expUrl(id))).json().viewCount;
    await visitor(kit.t, 'GET', expUrl(id));
    await kit.broker.get(expUrl(id));
    await kit.owner.get(expUrl(id));
    expect((await kit.owner.get(expUrl(id))).json().viewCount).toBe(start + 2);
  });

  it('lists it in “my experiences” of its author and of the organisation’s administrator', async () => {
    for (const who of [kit.member, kit.owner]) {
      const mine = (await who.get('/api/v1/experiences/mine')).json();
      expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
      const item = mine.items.find((i: { id: string }) => i.id === id);
      expect(item).toMatchObject({ status: 'published', countryCodes: ['MX', 'GT'], yearStart: 2019 });
    }
    expect((await kit.broker.get('/api/v1/experiences/mine')).json().items).toEqual([]);
    expect((await visitor(kit.t, 'GET', '/api/v1/experiences/mine')).statusCode).toBe(401);
  });

  it('counts published experiences on the home page', async () => {
    const stats = (await visitor(kit.t, 'GET', '/api/v1/stats')).json();
    expect(stats.counts.experiences).toBe(1);
  });

  it('audits every step on the experience’s trail, readable by its organisation and coordinator', async () => {
    const trail = await kit.owner.get(`/api/v1/audit/experience/${id}?limit=50`);
    expect(trail.statusCode, trail.body).toBe(200);
    const actions = trail
      .json()
      .items.map((e: { action: string }) => e.action)
      .reverse();
    expect(actions).toEqual([
      'experience.create',
      'experience.save_draft',
      'experience.submit',
      'experience.review',
      'experience.save_draft',
      'experience.submit',
      'experience.review',
      'experience.save_draft',
      'experience.submit',
      'experience.review',
    ]);
    expect((await kit.coordinator.get(`/api/v1/audit/experience/${id}`)).statusCode).toBe(200);
    expect((await kit.member.get(`/api/v1/audit/experience/${id}`)).statusCode).toBe(404);
  });
});
