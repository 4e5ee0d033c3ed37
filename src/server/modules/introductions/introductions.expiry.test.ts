import { describe, expect, it } from 'vitest';
import { signIn } from '../../test/harness.js';
import { expireIntroductions } from './index.js';
import {
  answer,
  inboxOf,
  insertNeed,
  mailsTo,
  propose,
  proposedPair,
  setUpIntroKit,
} from './introductions-test-kit.js';

const kit = setUpIntroKit();
const DAY = 24 * 60 * 60 * 1000;

describe('introductions: expiry', () => {
  it('marks proposals unanswered after 30 days expired, tells both sides, and leaves answered ones alone', async () => {
    const waiting = await proposedPair(kit);
    const agreed = await proposedPair(kit);
    await answer(kit.provider.admin, agreed.id, { side: 'provider', answer: 'accepted' });
    const suggestion = await propose(kit.broker, {
      needId: await insertNeed(kit.t, kit.seeker.id),
      providerOrganisationId: kit.provider.id,
      send: false,
    });

    // Not yet: 30 days is the limit, not a day earlier.
    kit.t.clock.advance(29 * DAY);
    expect(await expireIntroductions(kit.t.runtime.deps)).toEqual({ expired: 0, mails: 0 });

    kit.t.clock.advance(2 * DAY);
    const counts = await expireIntroductions(kit.t.runtime.deps);
    expect(counts.expired).toBe(2); // the proposal and the unsent suggestion
    expect(counts.mails).toBeGreaterThanOrEqual(3);

    // Sessions do not last a month: sign in again.
    const seekerAdmin = await signIn(kit.t.app, kit.seeker.admin.email);
    const providerAdmin = await signIn(kit.t.app, kit.provider.admin.email);
    const broker = await signIn(kit.t.app, kit.broker.email);
    expect((await seekerAdmin.get(`/api/v1/introductions/${waiting.id}`)).json().state).toBe('expired');
    expect((await seekerAdmin.get(`/api/v1/introductions/${agreed.id}`)).json().state).toBe('agreed');
    expect((await broker.get(`/api/v1/introductions/${suggestion.body.id}`)).json().state).toBe('expired');

    const link = `/introductions/${waiting.id}`;
    for (const s of [kit.seeker.admin, kit.seeker.editor, kit.provider.admin, kit.provider.editor]) {
      const kinds = (await inboxOf(kit.t, s.userId)).filter((n) => n.link === link).map((n) => n.kind);
      expect(kinds).toContain('introduction_expired');
    }
    // The unsent suggestion expires silently.
    expect(
      (await inboxOf(kit.t, kit.seeker.admin.userId)).filter(
        (n) => n.link === `/introductions/${suggestion.body.id}`,
      ),
    ).toEqual([]);
    const mails = (await mailsTo(kit.t, kit.provider.admin.email)).filter(
      (m) => m.kind === 'notification_introduction_expired',
    );
    expect(mails[0]!.subject).toMatch(/^Presentación vencida/);

    const trail = await seekerAdmin.get(`/api/v1/audit/introduction/${waiting.id}`);
    expect(trail.json().items[0]).toMatchObject({ action: 'introduction.expire', actor: null });

    // Run again: nothing more; an expired one can no longer be answered, and a new one can be proposed.
    expect(await expireIntroductions(kit.t.runtime.deps)).toEqual({ expired: 0, mails: 0 });
    const late = await answer(providerAdmin, waiting.id, { side: 'provider', answer: 'accepted' });
    expect(late.status).toBe(409);
    expect((await propose(seekerAdmin, { needId: waiting.needId, offerId: waiting.offerId })).status).toBe(
      201,
    );
  });
});
