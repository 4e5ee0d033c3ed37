import { describe, expect, it } from 'vitest';
import type { Session } from '../../test/harness.js';
import { remindExpiring } from './index.js';
import { buildNeed, buildOffer, memberOf, setUpMarketKit } from './market-test-kit.js';

let editor: Session;
let member: Session;
const kit = setUpMarketKit(async (k) => {
  editor = await memberOf(k.t, k.org.id, 'editor');
  member = await memberOf(k.t, k.org.id, 'member');
});

const mails = () =>
  kit.t.runtime.deps.db
    .selectFrom('mail_outbox')
    .select(['to_address', 'subject', 'text_body'])
    .where('kind', '=', 'market_expiring')
    .orderBy('created_at')
    .orderBy('to_address')
    .execute();

describe('expiry reminders (clock fixed at 2026-06-28)', () => {
  let soon = '';
  it('e-mails the administrators and editors once about records expiring within 14 days', async () => {
    soon = (await buildNeed(kit.owner, kit.org.id, { expiresOn: '2026-07-05', timeframeFrom: null })).id;
    await buildNeed(kit.owner, kit.org.id, { expiresOn: '2026-07-13' }); // 15 days: not yet
    await buildOffer(kit.owner, kit.org.id, { expiresOn: '2026-07-12', status: 'in_discussion' });
    await buildOffer(kit.owner, kit.org.id, { expiresOn: '2026-07-01', status: 'withdrawn' }); // not live

    expect(await remindExpiring(kit.t.runtime.deps)).toEqual({ needs: 1, offers: 1, mails: 4 });
    expect(await remindExpiring(kit.t.runtime.deps)).toEqual({ needs: 0, offers: 0, mails: 0 });
    const sent = await mails();
    expect(sent.map((m) => m.to_address).sort()).toEqual(
      [kit.owner.email, kit.owner.email, editor.email, editor.email].sort(),
    );
    expect(sent.some((m) => m.to_address === member.email)).toBe(false);
    const need = sent.find((m) => m.subject.startsWith('Your need'))!;
    expect(need.subject).toBe('Your need “Public investment management” expires on July 5, 2026');
    expect(need.text_body).toContain(`http://kxhub.test/needs/${soon}`);
    const trail = (await kit.owner.get(`/api/v1/audit/need/${soon}`)).json();
    expect(trail.items[0]).toMatchObject({ action: 'need.expiry_reminder', actor: null });
  });

  it('reminds again once the expiry is moved, and spares those who turned expiry e-mails off', async () => {
    await kit.t.runtime.deps.db
      .insertInto('notification_settings')
      .values({ user_id: editor.userId, email_expiry: false })
      .execute();
    const res = await kit.owner.patch(`/api/v1/needs/${soon}`, { expiresOn: '2026-07-08' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await remindExpiring(kit.t.runtime.deps)).toEqual({ needs: 1, offers: 0, mails: 1 });
    expect((await mails()).at(-1)!.to_address).toBe(kit.owner.email);
  });
});
