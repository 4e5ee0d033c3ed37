import { describe, expect, it } from 'vitest';
import { type Session, signIn } from '../../test/harness.js';
import { complete, expUrl, memberOf, publish, setUpKit, visitor } from './experiences-test-kit.js';
import { remindStaleExperiences } from './index.js';

const kit = setUpKit();
const MONTH = 31 * 86_400_000;
let id: string;

/** Sessions expire while the clock runs months ahead: sign in again. */
const fresh = (s: Session) => signIn(kit.t.app, s.email);

const reminders = () =>
  kit.t.runtime.deps.db
    .selectFrom('mail_outbox')
    .select(['to_address', 'subject', 'text_body'])
    .where('kind', '=', 'experience_reverify')
    .orderBy('created_at')
    .execute();

describe('re-verification', () => {
  it('marks a published experience stale after 12 months without verification', async () => {
    const e = await publish(kit.t, kit.member, kit.broker, kit.org.id, complete());
    id = e.id;
    expect(e.stale).toBe(false);
    kit.t.clock.advance(11 * MONTH);
    expect((await visitor(kit.t, 'GET', expUrl(id))).json().stale).toBe(false);
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 0, mails: 0 });
    kit.t.clock.advance(2 * MONTH);
    const read = (await visitor(kit.t, 'GET', expUrl(id))).json();
    expect(read.stale).toBe(true);
    expect(read.lastVerifiedAt).toBe(e.lastVerifiedAt);
    const mine = (await (await fresh(kit.member)).get('/api/v1/experiences/mine')).json();
    expect(mine.items.find((i: { id: string }) => i.id === id).stale).toBe(true);
  });

  it('e-mails the author once, in their language, with a link to the experience', async () => {
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 1, mails: 1 });
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 0, mails: 0 });
    const mails = await reminders();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to_address).toBe(kit.member.email);
    expect(mails[0]!.subject).toBe('Is “Conditional cash transfers for rural families” still accurate?');
    expect(mails[0]!.text_body).toContain(`http://kxhub.test/experiences/${id}`);
    expect(mails[0]!.text_body).toContain('12 months');
    const trail = (await (await fresh(kit.owner)).get(`/api/v1/audit/experience/${id}`)).json();
    expect(trail.items[0]).toMatchObject({ action: 'experience.reverify_reminder', actor: null });
  });

  it('clears the mark when the owners verify it, and reminds again a year later', async () => {
    const res = await (await fresh(kit.member)).post(expUrl(id, '/verify'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ stale: false, lastVerifiedAt: kit.t.clock.now().toISOString() });
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 0, mails: 0 });
    expect((await (await fresh(kit.broker)).post(expUrl(id, '/verify'))).statusCode).toBe(403);
    kit.t.clock.advance(13 * MONTH);
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 1, mails: 1 });
    expect(await reminders()).toHaveLength(2);
  });

  it('reminds the organisation’s administrators and editors when the author has left', async () => {
    const author = await memberOf(kit.t, kit.org.id, 'member');
    const editor = await memberOf(kit.t, kit.org.id, 'editor');
    const e = await publish(kit.t, author, await fresh(kit.broker), kit.org.id);
    await kit.t.runtime.deps.db.deleteFrom('memberships').where('user_id', '=', author.userId).execute();
    kit.t.clock.advance(13 * MONTH);
    // The first experience was reminded a month ago and not verified since: not again.
    expect(await remindStaleExperiences(kit.t.runtime.deps)).toEqual({ experiences: 1, mails: 2 });
    const to = (await reminders()).slice(-2).map((m) => m.to_address);
    expect(to.sort()).toEqual([kit.owner.email, editor.email].sort());
    expect((await visitor(kit.t, 'GET', expUrl(e.id))).json().stale).toBe(true);
  });

  it('does not count or remind archived experiences', async () => {
    const member = await fresh(kit.member);
    const e = await publish(kit.t, member, await fresh(kit.broker), kit.org.id);
    expect((await member.post(expUrl(e.id, '/archive'))).statusCode).toBe(200);
    kit.t.clock.advance(13 * MONTH);
    const before = (await reminders()).length;
    await remindStaleExperiences(kit.t.runtime.deps);
    const sent = (await reminders()).slice(before).map((m) => m.text_body);
    expect(sent.some((body) => body.includes(e.id))).toBe(false);
  });
});
