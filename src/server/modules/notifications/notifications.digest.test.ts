import { describe, expect, it } from 'vitest';
import { sendWeeklyDigests } from './index.js';
import {
  insertMatch,
  insertNeed,
  insertOffer,
  mailsTo,
  notifiedAt,
  organisation,
  person,
  setUpNotifyKit,
} from './notifications-test-kit.js';

const kit = setUpNotifyKit();
const DAY = 24 * 60 * 60 * 1000;

describe('notifications: the weekly digest', () => {
  it('e-mails each person the new strong matches of their organisations’ needs, once; respects opt-out and the week', async () => {
    const t = kit.t;
    const deps = t.runtime.deps;
    const owner = await person(t);
    const seeker = await organisation(owner, 'MX', 'Seeker');
    const es = await person(t, { locale: 'es', org: seeker, role: 'editor' });
    const optedOut = await person(t, { org: seeker, role: 'member' });
    await optedOut.request({
      method: 'PUT',
      url: '/api/v1/notifications/settings',
      payload: { weeklyDigest: false },
    });
    const otherOwner = await person(t);
    const other = await organisation(otherOwner, 'BR', 'Provider');

    const need = await insertNeed(t, seeker, 'MX');
    const closedNeed = await insertNeed(t, seeker, 'MX', { status: 'closed' });
    const strong = await insertOffer(t, other, 'BR');
    const weak = await insertOffer(t, other, 'BR');
    const told = await insertOffer(t, other, 'BR');
    const hidden = await insertOffer(t, other, 'BR', { visibility: 'organisation' });
    await insertMatch(t, need, 'offer', strong, 72.4);
    await insertMatch(t, need, 'country', 'CL', 35);
    await insertMatch(t, need, 'offer', weak, 34.9);
    await insertMatch(t, need, 'offer', hidden, 90);
    await insertMatch(t, need, 'offer', told, 80);
    await deps.db
      .updateTable('need_matches')
      .set({ notified_at: new Date('2026-06-01T00:00:00Z') })
      .where('candidate_id', '=', told)
      .execute();
    await insertMatch(t, closedNeed, 'offer', strong, 95);

    expect(await sendWeeklyDigests(deps)).toEqual({ digests: 2, matches: 2, skipped: 0 });
    const [en] = await mailsTo(t, owner.email, 'notification_digest');
    expect(en!.subject).toBe('2 new matches for your needs on KX Hub');
    expect(en!.text_body).toContain('• Cadastro Único know-how — score 72/100 — for “Social registry”');
    expect(en!.text_body).toContain(`http://kxhub.test/offers/${strong}`);
    expect(en!.text_body).toContain('• Chile — score 35/100');
    expect(en!.text_body).toContain('http://kxhub.test/notifications/settings');
    for (const absent of [weak, hidden, told]) expect(en!.text_body).not.toContain(absent);
    expect(en!.text_body.indexOf('Cadastro')).toBeLessThan(en!.text_body.indexOf('Chile'));
    const [mine] = await mailsTo(t, es.email, 'notification_digest');
    expect(mine!.subject).toBe('2 nuevas coincidencias para sus necesidades en KX Hub');
    expect(mine!.text_body).toContain(
      '• Experiencia del Cadastro Único — puntuación 72/100 — para «Registro social»',
    );
    expect(await mailsTo(t, optedOut.email, 'notification_digest')).toEqual([]);
    expect(await mailsTo(t, otherOwner.email, 'notification_digest')).toEqual([]);
    expect(await notifiedAt(t, need, strong)).toEqual(new Date('2026-06-28T22:00:00Z'));
    expect(await notifiedAt(t, need, weak)).toBeNull();
    expect(await notifiedAt(t, need, hidden)).toBeNull();

    // Nothing new: no e-mail. Something new within the week: it waits for the week to end.
    expect(await sendWeeklyDigests(deps)).toEqual({ digests: 0, matches: 0, skipped: 0 });
    const fresh = await insertOffer(t, other, 'BR', { title: JSON.stringify({ en: 'Fresh offer' }) });
    await insertMatch(t, need, 'offer', fresh, 60);
    t.clock.advance(6 * DAY);
    expect((await sendWeeklyDigests(deps)).digests).toBe(0);
    t.clock.advance(DAY);
    expect(await sendWeeklyDigests(deps)).toEqual({ digests: 2, matches: 1, skipped: 0 });
    const latest = await mailsTo(t, owner.email, 'notification_digest');
    expect(latest).toHaveLength(2);
    expect(latest[1]!.subject).toBe('1 new match for your needs on KX Hub');
    expect(latest[1]!.text_body).toContain('Fresh offer');
    expect(latest[1]!.text_body).not.toContain('Cadastro');
    t.clock.advance(-7 * DAY);
  });

  it('uses the administrator’s minimum score', async () => {
    const t = kit.t;
    const deps = t.runtime.deps;
    const owner = await person(t);
    const org = await organisation(owner, 'KE', 'Kenyan');
    const need = await insertNeed(t, org, 'KE');
    await insertMatch(t, need, 'country', 'RW', 50);
    await insertMatch(t, need, 'country', 'ZA', 70);
    await deps.db
      .insertInto('match_settings')
      .values({ weights: JSON.stringify({}), min_score: 60 } as never)
      .execute();
    await sendWeeklyDigests(deps);
    const [mail] = await mailsTo(t, owner.email, 'notification_digest');
    expect(mail!.subject).toBe('1 new match for your needs on KX Hub');
    expect(mail!.text_body).toContain('South Africa');
    expect(mail!.text_body).not.toContain('Rwanda');
  });
});
