import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type TestApp, testApp } from '../test/harness.js';
import { seedDemo } from './demo.js';
import { DEMO_PASSWORD } from './demo-users.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  expect((await seedDemo(t.runtime.deps)).seeded).toBe(true);
}, 300_000);
afterAll(() => t?.close());

describe('the demo introductions', () => {
  it('has one agreed with feedback, one awaiting the provider and one declined with a reason, all demo', async () => {
    const rows = await t.runtime.deps.db
      .selectFrom('introductions')
      .select(['id', 'state', 'is_demo', 'provider_reason', 'need_id'])
      .orderBy('created_at')
      .execute();
    expect(rows.map((r) => r.state)).toEqual(['agreed', 'declined', 'proposed']);
    expect(rows.every((r) => r.is_demo)).toBe(true);
    expect(rows[1]!.provider_reason).toMatch(/fully booked/);
    const feedback = await t.runtime.deps.db.selectFrom('introduction_feedback').selectAll().execute();
    expect(feedback).toHaveLength(2);
    const need = await t.runtime.deps.db
      .selectFrom('needs')
      .select('status')
      .where('id', '=', rows[0]!.need_id)
      .executeTakeFirstOrThrow();
    expect(need.status).toBe('matched');
  });

  it('shows in the pipelines: South Africa’s editor can answer Kenya’s proposal', async () => {
    const za = await signIn(t.app, 'za.editor@demo.kxhub.org', DEMO_PASSWORD);
    const mine = (await za.get('/api/v1/introductions/mine')).json();
    expect(mine.asProvider.proposed).toHaveLength(1);
    const id = mine.asProvider.proposed[0].id;
    const detail = (await za.get(`/api/v1/introductions/${id}`)).json();
    expect(detail).toMatchObject({ seeker: { countryCode: 'KE' }, abilities: { answerAsProvider: true } });
    const id2 = await signIn(t.app, 'id.coordinator@demo.kxhub.org', DEMO_PASSWORD);
    const agreed = (await id2.get('/api/v1/introductions/mine')).json().asSeeker.agreed[0];
    const full = (await id2.get(`/api/v1/introductions/${agreed.id}`)).json();
    expect(full.feedback).toHaveLength(2);
    expect(full.terms.costSharing).toBe('cost_shared');
    expect(full.contacts.provider.email).toBe('br.admin@demo.kxhub.org');
  });

  it('puts the stored best matches on the broker board at once (no waiting for the nightly run)', async () => {
    const broker = await signIn(t.app, 'broker@demo.kxhub.org', DEMO_PASSWORD);
    const board = (await broker.get('/api/v1/broker/board')).json();
    expect(board.items.length).toBeGreaterThan(3);
    const withMatch = board.items.filter((i: { bestMatch: unknown }) => i.bestMatch);
    expect(withMatch.length).toBeGreaterThan(board.items.length / 2);
  });
});
