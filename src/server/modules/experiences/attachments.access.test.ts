import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../test/harness.js';
import {
  type AttachmentKit,
  attach,
  download,
  insertExperience,
  samples,
  setStatus,
  setUpKit,
  startKit,
  storedPath,
  TEST_MAX_BYTES,
  upload,
} from './attachments-test-kit.js';

const kit = setUpKit();

const del = (as: Session | null, url: string) =>
  as ? as.del(url) : kit.t.app.inject({ method: 'DELETE', url });

describe('attachments: who may download', () => {
  it('follows the experience’s visibility: 404 for those who may not see it', async () => {
    const cases: [string, () => (Session | null)[], () => (Session | null)[]][] = [
      [
        'draft',
        () => [kit.author, kit.editor, kit.owner, kit.admin],
        () => [null, kit.outsider, kit.broker, kit.mxCoordinator],
      ],
      [
        'in_review',
        () => [kit.author, kit.editor, kit.broker, kit.mxCoordinator, kit.admin],
        () => [null, kit.outsider, kit.coCoordinator],
      ],
      ['published', () => [null, kit.outsider, kit.author, kit.coCoordinator], () => []],
      ['archived', () => [kit.author, kit.owner, kit.admin], () => [null, kit.outsider, kit.broker]],
    ];
    for (const [status, allowed, refused] of cases) {
      const id = await insertExperience(kit, { status: status as never });
      const bytes = samples.pdf();
      // Rows inserted directly: an archived experience takes no new files through the API.
      const a = await attach(kit, kit.admin, await insertExperience(kit), 'seed.pdf', bytes);
      await kit.t.runtime.deps.db
        .updateTable('experience_attachments')
        .set({ experience_id: id })
        .where('id', '=', a.id)
        .execute();
      const url = `/api/v1/experiences/${id}/attachments/${a.id}`;
      for (const who of allowed()) {
        const res = await download(kit, who, url);
        expect(res.statusCode, `${status} ${who?.email ?? 'visitor'}`).toBe(200);
        expect(res.rawPayload.equals(bytes)).toBe(true);
      }
      for (const who of refused()) {
        const res = await download(kit, who, url);
        expect(res.statusCode, `${status} ${who?.email ?? 'visitor'}`).toBe(404);
        expect(res.json().error.message).toBe('Experience not found.');
      }
    }
  });

  it('answers 404 for an attachment of another experience, an unknown one, or bytes missing on disk', async () => {
    const a = await insertExperience(kit);
    const b = await insertExperience(kit);
    const x = await attach(kit, kit.author, a, 'x.pdf', samples.pdf());
    const wrong = await download(kit, kit.author, `/api/v1/experiences/${b}/attachments/${x.id}`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toBe('Attachment not found.');
    const unknown = await download(
      kit,
      kit.author,
      `/api/v1/experiences/${a}/attachments/00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.statusCode).toBe(404);
    fs.rmSync(await storedPath(kit, x.id));
    expect((await download(kit, kit.author, x.url)).statusCode).toBe(404);
  });
});

describe('attachments: deletion', () => {
  it('removes the attachment, its unreferenced file and records the removal', async () => {
    const id = await insertExperience(kit);
    const a = await attach(kit, kit.author, id, 'gone.pdf', samples.pdf());
    const file = await storedPath(kit, a.id);
    expect(fs.existsSync(file)).toBe(true);
    const res = await del(kit.editor, a.url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true, attachment: null });
    expect(fs.existsSync(file)).toBe(false);
    expect((await download(kit, kit.author, a.url)).statusCode).toBe(404);
    const audit = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'experience.attachment_remove')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: kit.editor.userId, organisation_id: kit.org.id, after: null });
    expect(audit[0]!.before).toMatchObject({ id: a.id, fileName: 'gone.pdf' });
  });

  it('keeps a file still used by another attachment, and removes it with the last one', async () => {
    const bytes = samples.png();
    const one = await attach(kit, kit.author, await insertExperience(kit), 'a.png', bytes);
    const two = await attach(kit, kit.author, await insertExperience(kit), 'b.png', bytes);
    const file = await storedPath(kit, one.id);
    expect((await del(kit.author, one.url)).statusCode).toBe(200);
    expect(fs.existsSync(file)).toBe(true);
    expect((await download(kit, kit.author, two.url)).rawPayload.equals(bytes)).toBe(true);
    expect((await del(kit.author, two.url)).statusCode).toBe(200);
    expect(fs.existsSync(file)).toBe(false);
    // Attaching the same bytes again stores them again.
    const three = await attach(kit, kit.author, await insertExperience(kit), 'c.png', bytes);
    expect((await download(kit, kit.author, three.url)).rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses visitors (401), those who may not edit (403), those who may not see (404), archived (409)', async () => {
    const published = await insertExperience(kit, { status: 'published' });
    const p = await attach(kit, kit.author, published, 'p.pdf', samples.pdf());
    expect((await del(null, p.url)).statusCode).toBe(401);
    expect((await del(kit.outsider, p.url)).statusCode).toBe(403);
    const inReview = await insertExperience(kit);
    const r = await attach(kit, kit.author, inReview, 'r.pdf', samples.pdf());
    await setStatus(kit, inReview, 'in_review');
    expect((await del(kit.broker, r.url)).statusCode).toBe(403);
    const draft = await insertExperience(kit);
    const d = await attach(kit, kit.author, draft, 'd.pdf', samples.pdf());
    expect((await del(kit.outsider, d.url)).statusCode).toBe(404);
    const csrf = await kit.author.request({ method: 'DELETE', url: d.url, headers: { 'x-csrf-token': 'x' } });
    expect(csrf.statusCode).toBe(403);
    expect((await del(kit.author, `/api/v1/experiences/${published}/attachments/${d.id}`)).statusCode).toBe(
      404,
    );
    await kit.t.runtime.deps.db
      .updateTable('experiences')
      .set({ status: 'archived' })
      .where('id', '=', draft)
      .execute();
    expect((await del(kit.author, d.url)).statusCode).toBe(409);
    expect(fs.existsSync(await storedPath(kit, d.id))).toBe(true);
  });
});

describe('attachments: over a real connection', () => {
  /** Sends a request head (and the start of a body) on a raw socket; resolves with the response text. */
  async function rawUpload(
    s: Session,
    id: string,
    head: Record<string, string>,
    feed: (sock: net.Socket, done: () => boolean) => Promise<number>,
  ) {
    if (!kit.t.app.server.listening) await kit.t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = kit.t.app.server.address() as AddressInfo;
    const sock = net.connect(port, '127.0.0.1');
    let response = '';
    let closed = false;
    const ended = new Promise<void>((resolve) => {
      sock.on('data', (d) => {
        response += d.toString('latin1');
      });
      sock.on('close', () => {
        closed = true;
        resolve();
      });
      sock.on('error', () => undefined);
    });
    const headers = {
      host: 'localhost',
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'multipart/form-data; boundary=xyz',
      ...head,
    };
    sock.write(
      `POST /api/v1/experiences/${id}/attachments HTTP/1.1\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n')}\r\n\r\n`,
    );
    const sent = await feed(sock, () => response.length > 0 || closed);
    await Promise.race([ended, new Promise((r) => setTimeout(r, 5000))]);
    sock.destroy();
    return { response, closed, sent };
  }

  const partHead =
    '--xyz\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n%PDF-1.7\n';

  it('answers 413 from the declared length, without waiting for the body, and hangs up', async () => {
    const id = await insertExperience(kit);
    const { response, closed } = await rawUpload(
      kit.author,
      id,
      { 'content-length': String(50 * 1024 * 1024) },
      async (sock) => {
        sock.write(partHead);
        return partHead.length;
      },
    );
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(response).toContain('file: the file is larger than 64 KiB.');
    expect(closed).toBe(true);
  });

  it('stops reading a chunked body once the file passes the limit', async () => {
    const id = await insertExperience(kit);
    const chunk = Buffer.alloc(16 * 1024, 0x41);
    const { response, closed, sent } = await rawUpload(
      kit.author,
      id,
      { 'transfer-encoding': 'chunked' },
      async (sock, done) => {
        const frame = (b: Buffer) =>
          Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
        sock.write(frame(Buffer.from(partHead)));
        let total = 0;
        // Offers 50 MiB, paced, until the server answers.
        while (!done() && total < 50 * 1024 * 1024 && !sock.destroyed) {
          sock.write(frame(chunk));
          total += chunk.length;
          await new Promise((r) => setTimeout(r, 1));
        }
        return total;
      },
    );
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(closed).toBe(true);
    expect(sent).toBeGreaterThan(TEST_MAX_BYTES);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('attachments: rate limits', () => {
  let limited: AttachmentKit;
  beforeAll(async () => {
    limited = await startKit({ RATE_LIMIT_WRITE_PER_MINUTE: '3' });
  });
  afterAll(() => limited?.t.close());

  it('counts uploads as writes of the caller', async () => {
    const id = await insertExperience(limited);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (
          await upload(limited, limited.author, id, [
            { name: 'file', fileName: 'a.pdf', content: samples.pdf() },
          ])
        ).statusCode,
      );
    expect(codes).toEqual([201, 201, 201, 429]);
  });
});
