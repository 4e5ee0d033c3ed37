import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { signUp, type TestApp, testApp } from '../../test/harness.js';
import { closedPort, startSmtpServer, type TestSmtpServer } from '../../test/smtp.js';

const outboxFor = (t: TestApp, email: string) =>
  t.runtime.deps.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .execute();

const requestReset = (t: TestApp, email: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email } });

describe('with an SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('delivers a password reset over SMTP, and the delivered link works', async () => {
    expect(t.runtime.deps.mailer.mode).toBe('smtp');
    const u = await buildUser(t, { locale: 'es' });
    expect((await requestReset(t, u.email)).statusCode).toBe(202);
    await t.runtime.deps.mailer.flush();

    const [row] = await outboxFor(t, u.email);
    expect(row).toMatchObject({ kind: 'password_reset', status: 'sent', attempts: 1, last_error: null });
    expect(row!.sent_at).toBeInstanceOf(Date);
    const received = smtp.messages.filter((m) => m.to === u.email);
    expect(received).toHaveLength(1);
    expect(received[0]!.raw).toMatch(/^From: KX Hub <no-reply@kxhub\.localhost>/m);
    const link = /http:\/\/kxhub\.test\/reset-password\?token=([\w%-]+)/.exec(received[0]!.text);
    expect(link).not.toBeNull();

    const token = decodeURIComponent(link![1]!);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'delivered-by-smtp-1' },
    });
    expect(confirm.statusCode).toBe(200);
  });

  it('delivers an invitation over SMTP', async () => {
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner);
    const email = `smtp-guest-${Date.now()}@example.org`;
    expect((await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email })).statusCode).toBe(201);
    await t.runtime.deps.mailer.flush();
    const [row] = await outboxFor(t, email);
    expect(row).toMatchObject({ kind: 'invitation', status: 'sent' });
    const received = smtp.messages.filter((m) => m.to === email);
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toMatch(/http:\/\/kxhub\.test\/invitations\/accept\?token=[\w%-]+/);
  });

  it('sends nothing for an address without an account', async () => {
    const before = smtp.messages.length;
    expect((await requestReset(t, 'nobody-here@example.org')).statusCode).toBe(202);
    await t.runtime.deps.mailer.flush();
    expect(smtp.messages).toHaveLength(before);
  });
});

describe('when the SMTP server is unreachable', () => {
  let port: number;
  let t: TestApp;
  beforeAll(async () => {
    port = await closedPort();
    t = await testApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  afterAll(() => t?.close());

  it('marks the message failed with the error, and a later flush delivers it once the server is back', async () => {
    const u = await buildUser(t);
    expect((await requestReset(t, u.email)).statusCode).toBe(202);
    await t.runtime.deps.mailer.flush();
    const [failed] = await outboxFor(t, u.email);
    expect(failed).toMatchObject({ kind: 'password_reset', status: 'failed', sent_at: null });
    expect(failed!.last_error).toEqual(expect.stringMatching(/\S/));
    expect(failed!.attempts).toBeGreaterThanOrEqual(1);

    // Still down: the next flush tries again and keeps the message.
    const retried = await t.runtime.deps.mailer.flush();
    expect(retried).toMatchObject({ sent: 0, failed: 1 });
    const [again] = await outboxFor(t, u.email);
    expect(again).toMatchObject({ status: 'failed' });
    expect(again!.attempts).toBe(failed!.attempts + 1);

    const smtp = await startSmtpServer(port);
    try {
      expect(await t.runtime.deps.mailer.flush()).toMatchObject({ sent: 1, failed: 0 });
      const [sent] = await outboxFor(t, u.email);
      expect(sent).toMatchObject({ status: 'sent', last_error: null });
      expect(sent!.sent_at).toBeInstanceOf(Date);
      expect(smtp.messages.filter((m) => m.to === u.email)).toHaveLength(1);
      expect(smtp.messages[0]!.text).toContain('token=');
      // Nothing is sent twice.
      expect(await t.runtime.deps.mailer.flush()).toEqual({ sent: 0, failed: 0, logged: 0 });
      expect(smtp.messages).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('stops retrying after five attempts but keeps the message in the outbox', async () => {
    const u = await buildUser(t);
    await requestReset(t, u.email);
    for (let i = 0; i < 8; i++) await t.runtime.deps.mailer.flush();
    const [row] = await outboxFor(t, u.email);
    expect(row).toMatchObject({ status: 'failed', attempts: 5, sent_at: null });
    expect(row!.last_error).toEqual(expect.any(String));
    expect(await t.runtime.deps.mailer.flush()).toEqual({ sent: 0, failed: 0, logged: 0 });
  });
});

describe('without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t?.close());

  it('logs the message and marks it logged, keeping it in the outbox', async () => {
    expect(t.runtime.deps.mailer.mode).toBe('log');
    const u = await buildUser(t);
    await requestReset(t, u.email);
    await t.runtime.deps.mailer.flush();
    const [row] = await outboxFor(t, u.email);
    expect(row).toMatchObject({ kind: 'password_reset', status: 'logged', attempts: 1, last_error: null });
    expect(row!.sent_at).toBeInstanceOf(Date);
    expect(row!.text_body).toMatch(/token=/);
    expect(await t.runtime.deps.mailer.flush()).toEqual({ sent: 0, failed: 0, logged: 0 });
  });

  it('keeps a message queued in a rolled-back transaction out of the outbox', async () => {
    const db = t.runtime.deps.db;
    const to = `rolled-back-${Date.now()}@example.org`;
    await expect(
      db.transaction().execute(async (trx) => {
        await t.runtime.deps.mailer.enqueue(trx, { kind: 'test', to, subject: 'Never', text: 'Never sent' });
        throw new Error('the change that caused the mail failed');
      }),
    ).rejects.toThrow('caused the mail failed');
    await t.runtime.deps.mailer.flush();
    expect(await outboxFor(t, to)).toHaveLength(0);
  });
});
