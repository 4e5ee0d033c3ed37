import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { MailAttachment } from '../../db/schema.js';

export type { MailAttachment };

export interface OutboxInsert {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Files sent with the message (an invitation's .ics). */
  attachments?: readonly MailAttachment[];
}

/** Queues a message in the outbox (inside the caller's transaction). */
export async function insertOutbox(ex: Executor, m: OutboxInsert): Promise<string> {
  const row = await ex
    .insertInto('mail_outbox')
    .values({
      kind: m.kind,
      to_address: m.to,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html ?? null,
      attachments: JSON.stringify(m.attachments ?? []),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims up to `limit` pending messages (or failed ones, or ones whose sender died mid-send,
 * with attempts left) for delivery.
 * SKIP LOCKED lets several app instances flush at once without sending a message twice.
 */
export async function claimPending(
  ex: Executor,
  limit: number,
  maxAttempts: number,
  now: Date,
  staleAfterMs = 10 * 60_000,
) {
  const stale = new Date(now.getTime() - staleAfterMs);
  const result = await sql<{
    id: string;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string | null;
    kind: string;
    attempts: number;
    attachments: MailAttachment[];
  }>`UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = ${now}
     WHERE id IN (
       SELECT id FROM mail_outbox
       WHERE status = 'pending'
          OR (status = 'failed' AND attempts < ${maxAttempts})
          OR (status = 'sending' AND claimed_at < ${stale} AND attempts < ${maxAttempts})
       ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, subject, text_body, html_body, kind, attempts, attachments`.execute(ex);
  return result.rows;
}

export async function markOutbox(
  ex: Executor,
  id: string,
  status: 'sent' | 'failed' | 'logged',
  error: string | null,
  at: Date,
) {
  await ex
    .updateTable('mail_outbox')
    .set({ status, last_error: error, sent_at: status === 'failed' ? null : at })
    .where('id', '=', id)
    .execute();
}

/** Recent messages to one address; used by the CLI and by tests. */
export async function listOutboxFor(ex: Executor, to: string) {
  return ex
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .execute();
}
