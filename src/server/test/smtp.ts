import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the server received it: envelope recipient, raw source and decoded text. */
export interface ReceivedMail {
  to: string;
  raw: string;
  /** The raw source with quoted-printable soft breaks and escapes undone, for finding links. */
  text: string;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, ready for SMTP_URL. */
  url: string;
  port: number;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** Undoes quoted-printable encoding (soft line breaks and =XX escapes) in a message source. */
export function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * A real SMTP server on 127.0.0.1 for tests: accepts any sender without TLS or login and keeps
 * what it receives. Port 0 picks a free port; pass one to reopen a port a test closed.
 */
export function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const text = /content-transfer-encoding:\s*quoted-printable/i.test(raw)
          ? decodeQuotedPrintable(raw)
          : raw;
        for (const rcpt of session.envelope.rcptTo) messages.push({ to: rcpt.address, raw, text });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.server.address() as AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${bound}`,
        port: bound,
        messages,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A local port with nothing listening on it (found by opening and closing a server). */
export async function closedPort(): Promise<number> {
  const probe = await startSmtpServer();
  await probe.close();
  return probe.port;
}
