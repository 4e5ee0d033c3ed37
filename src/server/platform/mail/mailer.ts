import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Db, Executor } from '../../db/executor.js';
import type { Clock } from '../clock.js';
import { claimPending, insertOutbox, markOutbox, type OutboxInsert } from './outbox.repository.js';

/**
 * Mail always goes through the outbox table first, in the same transaction as the change that
 * caused it. Delivery happens after commit: over SMTP when SMTP_URL is set, otherwise the
 * message is written to the log and marked `logged`, so nothing is silently lost either way.
 */
export interface Mailer {
  enqueue(ex: Executor, message: OutboxInsert): Promise<string>;
  /** Delivers what is pending; safe to call often and from several instances. */
  flush(): Promise<{ sent: number; failed: number; logged: number }>;
  readonly mode: 'smtp' | 'log';
}

export interface MailerOptions {
  db: Db;
  clock: Clock;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  smtpUrl?: string | undefined;
  from: string;
}

const MAX_ATTEMPTS = 5;

/** Builds the mailer for the configured transport. */
export function createMailer(opts: MailerOptions): Mailer {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  let running: Promise<{ sent: number; failed: number; logged: number }> | null = null;

  async function flushOnce() {
    const counts = { sent: 0, failed: 0, logged: 0 };
    for (;;) {
      const batch = await claimPending(opts.db, 20, MAX_ATTEMPTS, opts.clock.now());
      if (batch.length === 0) return counts;
      for (const m of batch) {
        if (!transport) {
          opts.logger.info(
            {
              mail: {
                id: m.id,
                kind: m.kind,
                to: m.to_address,
                subject: m.subject,
                text: m.text_body,
                attachments: m.attachments.map((a) => a.filename),
              },
            },
            'mail (no SMTP_URL: logged, kept in mail_outbox)',
          );
          await markOutbox(opts.db, m.id, 'logged', null, opts.clock.now());
          counts.logged++;
          continue;
        }
        try {
          await transport.sendMail({
            from: opts.from,
            to: m.to_address,
            subject: m.subject,
            text: m.text_body,
            html: m.html_body ?? undefined,
            attachments: m.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
              ...(a.encoding ? { encoding: a.encoding } : {}),
            })),
          });
          await markOutbox(opts.db, m.id, 'sent', null, opts.clock.now());
          counts.sent++;
        } catch (err) {
          opts.logger.warn({ err, mailId: m.id, attempts: m.attempts }, 'mail delivery failed; will retry');
          await markOutbox(opts.db, m.id, 'failed', (err as Error).message, opts.clock.now());
          counts.failed++;
        }
      }
      if (counts.failed > 0) return counts; // do not spin on a broken SMTP server
    }
  }

  return {
    mode: transport ? 'smtp' : 'log',
    enqueue: (ex, message) => insertOutbox(ex, message),
    flush: () => {
      // One flush at a time per process; callers that arrive meanwhile share its result.
      running ??= flushOnce().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
