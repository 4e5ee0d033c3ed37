import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.js';
import { june2011, mimeParts, parseIcs, putParticipants, schedule, subjectOf } from './calendar-test-kit.js';
import { JUNE_2011_SITES } from './dialogues-test-kit.js';

/** Invitations through the real outbox: delivered by a real SMTP server, or kept without one. */

const outbox = (t: TestApp, to: string) =>
  t.runtime.deps.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at')
    .execute();

const invite = async (as: Session, id: string, body: object = {}) => {
  const res = await as.post(`/api/v1/dialogues/${id}/invitations`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    queued: number;
    upToDate: number;
    withoutEmail: number;
    sequence: number;
    calendarLink: string | null;
  };
};

describe('with an SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let owner: Session;
  let orgId: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ SMTP_URL: smtp.url });
    owner = await signUp(t.app);
    orgId = (
      await buildOrganisation(owner, { name: { es: 'Agencia Colombiana de Pruebas' }, countryCode: 'CO' })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const received = (to: string) => smtp.messages.filter((m) => m.to === to);
  const icsOf = (raw: string) => {
    const [part] = mimeParts(raw, 'text/calendar');
    expect(part, 'a text/calendar attachment').toBeDefined();
    return { headers: part!.headers, ics: parseIcs(part!.body) };
  };

  it('e-mails each participant their .ics, in their language, and follows moves and the cancellation', async () => {
    const d = await june2011(owner, orgId);
    const es = await buildUser(t, { locale: 'es' });
    const anaEmail = `ana-${Date.now()}@example.org`;
    await putParticipants(owner, d.id, [
      { siteId: d.sites[0]!.id, name: 'Ana Smith', email: anaEmail, role: 'speaker' },
      { siteId: d.sites[2]!.id, name: 'Camila Díaz', userId: es.userId },
      { siteId: d.sites[4]!.id, name: 'Ravi (no address)' },
    ]);

    const sent = await invite(owner, d.id);
    expect(sent).toMatchObject({ queued: 2, upToDate: 0, withoutEmail: 1, sequence: 0 });
    expect(sent.calendarLink).toMatch(/^http:\/\/kxhub\.test\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    await t.runtime.deps.mailer.flush();

    const [ana] = received(anaEmail);
    expect(subjectOf(ana!.raw)).toBe(
      'Invitation: Capacity development for South-South knowledge exchange — Tuesday, June 28, 2011, 23:00 (UTC-04:00 EDT)',
    );
    expect(ana!.text).toContain('Ana Smith');
    expect(ana!.text).toContain('Tuesday, June 28, 2011, 23:00 (UTC-04:00 EDT), at the Washington site');
    expect(ana!.text).toContain('https://video.example.org/kx-2011');
    expect(ana!.text).toContain(sent.calendarLink!);
    const first = icsOf(ana!.raw);
    expect(first.headers).toMatch(/text\/calendar; method=REQUEST; charset=utf-8/i);
    expect(first.headers).toMatch(/filename="?capacity-development-for-south-south-knowledge-exchange\.ics/);
    expect(first.ics).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      start: '2011-06-29T03:00:00Z',
      status: 'CONFIRMED',
      attendees: [{ address: `mailto:${anaEmail}`, cn: 'Ana Smith', role: 'REQ-PARTICIPANT' }],
    });
    expect(first.ics.uid).toBe(`${d.id}@kxhub`);

    // The account holder: their account's address, in Spanish, on Bogotá's clock.
    const [camila] = received(es.email);
    expect(camila!.text).toContain('le invita al diálogo');
    expect(camila!.text).toMatch(/martes, 28 de junio de 2011, 22:00 \(UTC-05:00\)/);
    expect(icsOf(camila!.raw).ics.location).toMatch(/^Diálogo por video:/);

    // The link in the e-mail works without a session.
    const link = new URL(sent.calendarLink!);
    const byLink = await t.app.inject({ method: 'GET', url: link.pathname });
    expect(byLink.statusCode).toBe(200);
    expect(parseIcs(byLink.body).uid).toBe(first.ics.uid);

    // Everyone holds the current SEQUENCE: nothing more to send.
    expect(await invite(owner, d.id)).toMatchObject({
      queued: 0,
      upToDate: 2,
      withoutEmail: 1,
      calendarLink: null,
    });

    // A move with notify: the update goes to those invited, with a raised SEQUENCE.
    await schedule(owner, d.id, { date: '2011-06-29', time: '23:00', zone: 'America/New_York' });
    await t.runtime.deps.mailer.flush();
    const update = received(anaEmail)[1]!;
    expect(subjectOf(update.raw)).toMatch(
      /^Updated: Capacity development .* — Wednesday, June 29, 2011, 23:00/,
    );
    // The secret link cannot be repeated; the public dialogue's open calendar address stands in.
    expect(update.text).toContain(`http://kxhub.test/api/v1/dialogues/${d.id}/calendar.ics`);
    expect(update.text).not.toContain(sent.calendarLink!);
    expect(icsOf(update.raw).ics).toMatchObject({
      uid: first.ics.uid,
      sequence: 1,
      start: '2011-06-30T03:00:00Z',
      method: 'REQUEST',
    });

    // The cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, SEQUENCE raised again.
    const cancel = await owner.post(`/api/v1/dialogues/${d.id}/cancel`, { reason: 'Network outage' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    await t.runtime.deps.mailer.flush();
    const cancelled = received(es.email)[2]!;
    expect(cancelled.text).toContain('Motivo: Network outage');
    expect(icsOf(cancelled.raw).headers).toMatch(/method=CANCEL/);
    expect(icsOf(cancelled.raw).ics).toMatchObject({
      uid: first.ics.uid,
      sequence: 2,
      method: 'CANCEL',
      status: 'CANCELLED',
    });
    const list = await owner.get(`/api/v1/dialogues/${d.id}/participants`);
    expect(list.json().items.map((p: { invitedSequence: number | null }) => p.invitedSequence)).toEqual([
      2,
      2,
      null,
    ]);
    const rows = await outbox(t, anaEmail);
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['dialogue_invitation', 'sent'],
      ['dialogue_update', 'sent'],
      ['dialogue_cancel', 'sent'],
    ]);
  });

  it('resends to the listed participants only, and refuses one of another dialogue (participantIds.N)', async () => {
    const d = await june2011(owner, orgId, { sites: JUNE_2011_SITES.slice(0, 3) });
    const email = `listed-${Date.now()}@example.org`;
    const [p, q] = await putParticipants(owner, d.id, [
      { siteId: d.sites[0]!.id, name: 'Listed', email },
      { siteId: d.sites[1]!.id, name: 'Not listed', email: `other-${Date.now()}@example.org` },
    ]);
    expect(await invite(owner, d.id, { participantIds: [p!.id] })).toMatchObject({ queued: 1, upToDate: 0 });
    expect(await invite(owner, d.id, { participantIds: [p!.id] })).toMatchObject({
      queued: 1,
      calendarLink: null,
    });
    expect(await invite(owner, d.id)).toMatchObject({ queued: 1, upToDate: 1 });
    const other = await june2011(owner, orgId);
    const res = await owner.post(`/api/v1/dialogues/${other.id}/invitations`, { participantIds: [q!.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('participantIds.0');
    await t.runtime.deps.mailer.flush();
    expect(received(email)).toHaveLength(2);
  });
});

describe('without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t?.close());

  it('keeps the invitation with its .ics in the outbox', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, { countryCode: 'CO' });
    const d = await june2011(owner, org.id);
    const email = `kept-${Date.now()}@example.org`;
    await putParticipants(owner, d.id, [{ siteId: d.sites[1]!.id, name: 'Kept', email }]);
    expect(await invite(owner, d.id)).toMatchObject({ queued: 1 });
    await t.runtime.deps.mailer.flush();
    const [row] = await outbox(t, email);
    expect(row).toMatchObject({ kind: 'dialogue_invitation', status: 'logged' });
    expect(row!.attachments).toHaveLength(1);
    const [file] = row!.attachments;
    expect(file!.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
    expect(parseIcs(file!.content)).toMatchObject({
      method: 'REQUEST',
      start: '2011-06-29T03:00:00Z',
      attendees: [{ address: `mailto:${email}` }],
    });
  });
});
