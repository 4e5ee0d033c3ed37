import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll } from 'vitest';
import type { Attachment } from '../../../shared/contracts/experiences.js';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildApp } from '../../app.js';
import type { ExperienceStatus } from '../../db/schema.js';
import { loadConfig } from '../../env.js';
import { fixedClock } from '../../platform/clock.js';
import { openRuntime } from '../../runtime.js';
import { cloneTestDatabase } from '../../test/databases.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp } from '../../test/harness.js';
import { addMemberAsPlatform } from '../organisations/index.js';
import { attachmentsRoutes } from './attachments.routes.js';

/**
 * What the attachment test files share: an app whose ATTACHMENT_MAX_BYTES is small (64 KiB),
 * a Mexican organisation (owner = org_admin, an editor, a plain member who authors experiences),
 * a Colombian one with its own member, a broker, the Mexican and Colombian coordinators, a
 * platform administrator; experiences are inserted directly (the core module is separate).
 */
export const TEST_MAX_BYTES = 64 * 1024;

export interface AttachmentKit {
  t: TestApp;
  owner: Session;
  editor: Session;
  author: Session;
  outsider: Session;
  broker: Session;
  mxCoordinator: Session;
  coCoordinator: Session;
  admin: Session;
  org: { id: string };
  otherOrg: { id: string };
  dataDir: string;
}

const ROUTE = '/api/v1/experiences/:id/attachments';

/**
 * The harness's testApp, plus the attachment routes when the experiences module does not mount
 * them yet (they need the runtime's deps, which testApp's hook does not hand over).
 */
async function filesApp(env: Record<string, string>): Promise<TestApp> {
  const db = await cloneTestDatabase();
  // PGlite keeps its database in DATA_DIR; on a PostgreSQL server each test file gets its own folder.
  const dataDir = db.dataDir || path.resolve(`.tmp/test-files-${randomBytes(6).toString('hex')}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    PUBLIC_URL: 'http://kxhub.test',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_WRITE_PER_MINUTE: '100000',
    RATE_LIMIT_READ_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    ATTACHMENT_MAX_BYTES: String(TEST_MAX_BYTES),
    ...env,
  });
  const clock = fixedClock(new Date('2026-06-28T22:00:00Z'));
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const runtime = await openRuntime(config, { clock, logger: quiet as never });
  const app = await buildApp({
    handle: runtime.handle,
    deps: runtime.deps,
    logger: false,
    serveWebApp: false,
  });
  if (!app.hasRoute({ method: 'POST', url: ROUTE }))
    await app.register(
      async (api) => attachmentsRoutes(api.withTypeProvider<ZodTypeProvider>(), runtime.deps),
      {
        prefix: '/api/v1',
      },
    );
  await app.ready();
  return {
    app,
    runtime,
    clock,
    engine: runtime.handle.engine,
    async close() {
      await app.close();
      await runtime.close();
      await db.drop();
      if (!db.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startKit(env: Record<string, string> = {}): Promise<AttachmentKit> {
  const t = await filesApp(env);
  const owner = await signUp(t.app);
  const org = await buildOrganisation(owner, { name: { es: 'Agencia de Archivos' }, countryCode: 'MX' });
  const otherOwner = await signUp(t.app);
  const otherOrg = await buildOrganisation(otherOwner, { name: { es: 'Agencia Ajena' }, countryCode: 'CO' });
  return {
    t,
    owner,
    editor: await memberOf(t, org.id, 'editor'),
    author: await memberOf(t, org.id, 'member'),
    outsider: await memberOf(t, otherOrg.id, 'member'),
    broker: await buildUser(t, { isBroker: true }),
    mxCoordinator: await buildUser(t, { coordinatorOf: ['MX'] }),
    coCoordinator: await buildUser(t, { coordinatorOf: ['CO'] }),
    admin: await buildUser(t, { isAdmin: true }),
    org,
    otherOrg,
    dataDir: t.runtime.deps.config.DATA_DIR,
  };
}

/** Starts the kit before the file's tests and closes it after them. */
export function setUpKit(env: Record<string, string> = {}): AttachmentKit {
  const kit = {} as AttachmentKit;
  beforeAll(async () => {
    Object.assign(kit, await startKit(env));
  });
  afterAll(() => kit.t?.close());
  return kit;
}

export async function memberOf(t: TestApp, orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

/** Inserts an experience row directly (the fields attachments care about). */
export async function insertExperience(
  kit: AttachmentKit,
  opts: { orgId?: string; authorId?: string | null; status?: ExperienceStatus } = {},
): Promise<string> {
  const status = opts.status ?? 'draft';
  const now = kit.t.clock.now();
  const published = status === 'published';
  const row = await kit.t.runtime.deps.db
    .insertInto('experiences')
    .values({
      organisation_id: opts.orgId ?? kit.org.id,
      author_id: opts.authorId === undefined ? kit.author.userId : opts.authorId,
      status,
      content: JSON.stringify({ title: { en: 'Attachment test' } }),
      content_updated_at: now,
      submitted_at: status === 'in_review' ? now : null,
      published_version: published ? 1 : null,
      published_at: published ? now : null,
      archived_at: status === 'archived' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves an experience to `status` directly (submitted when in review), as if the workflow had. */
export async function setStatus(kit: AttachmentKit, experienceId: string, status: ExperienceStatus) {
  const now = kit.t.clock.now();
  await kit.t.runtime.deps.db
    .updateTable('experiences')
    .set({ status, submitted_at: status === 'in_review' ? now : null })
    .where('id', '=', experienceId)
    .execute();
}

/**
 * Publishes an experience directly (version 1, no review), with its files as they are: for the
 * tests of what readers get, not of the review (attachments.review.test.ts drives the workflow).
 */
export async function publishDirectly(kit: AttachmentKit, experienceId: string) {
  const now = kit.t.clock.now();
  const db = kit.t.runtime.deps.db;
  await db
    .updateTable('experiences')
    .set({ status: 'published', published_version: 1, published_at: now, submitted_at: null })
    .where('id', '=', experienceId)
    .execute();
  await db
    .updateTable('experience_attachments')
    .set({ pending: false })
    .where('experience_id', '=', experienceId)
    .execute();
}

export type FormPart =
  | { name: string; value: string }
  | { name: string; fileName: string; content: Buffer; type?: string };

/** A multipart/form-data body and its content type. */
export function form(parts: FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----kxtest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'content' in p
        ? `content-disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\n` +
          `content-type: ${p.type ?? 'application/octet-stream'}\r\n`
        : `content-disposition: form-data; name="${p.name}"\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`, 'utf8'));
    chunks.push('content' in p ? p.content : Buffer.from(p.value, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const filesUrl = (experienceId: string) => `/api/v1/experiences/${experienceId}/attachments`;

/** Uploads as a signed-in session (cookie + CSRF header) or, with null, as a visitor. */
export function upload(
  kit: AttachmentKit,
  as: Session | null,
  experienceId: string,
  parts: FormPart[],
  extra: Partial<InjectOptions> = {},
) {
  const { payload, headers } = form(parts);
  const opts: InjectOptions = {
    method: 'POST',
    url: filesUrl(experienceId),
    payload,
    ...extra,
    headers: { ...headers, ...(extra.headers ?? {}) },
  };
  return as ? as.request(opts) : kit.t.app.inject(opts);
}

/** Uploads one file as `file` (and optional captions), expecting success; returns the Attachment. */
export async function attach(
  kit: AttachmentKit,
  as: Session,
  experienceId: string,
  fileName: string,
  content: Buffer,
  captions: Record<string, string> = {},
) {
  const parts: FormPart[] = [
    ...Object.entries(captions).map(([l, value]) => ({ name: `caption_${l}`, value })),
    { name: 'file', fileName, content },
  ];
  const res = await upload(kit, as, experienceId, parts);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json() as Attachment;
}

export function download(
  kit: AttachmentKit,
  as: Session | null,
  url: string,
  headers: Record<string, string> = {},
) {
  return as ? as.request({ method: 'GET', url, headers }) : kit.t.app.inject({ method: 'GET', url, headers });
}

/** Where the bytes of an attachment are stored. */
export async function storedPath(kit: AttachmentKit, attachmentId: string): Promise<string> {
  const row = await kit.t.runtime.deps.db
    .selectFrom('experience_attachments')
    .select('sha256')
    .where('id', '=', attachmentId)
    .executeTakeFirstOrThrow();
  return path.join(kit.dataDir, 'attachments', row.sha256.slice(0, 2), row.sha256);
}

// ---------------------------------------------------------------------------------------------
// Sample files. Each call adds a random tail (where the format tolerates it) so no two tests
// share bytes unless they mean to.

const salt = () => randomBytes(8).toString('hex');

export const samples = {
  pdf: () => Buffer.from(`%PDF-1.7\n1 0 obj<<>>endobj\n% ${salt()}\ntrailer<<>>\n%%EOF\n`, 'latin1'),
  png: () =>
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(`\0\0\0\rIHDR${salt()}`, 'latin1'),
    ]),
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF${salt()}`)]),
  gif: () => Buffer.from(`GIF89a${salt()}`, 'latin1'),
  webp: () => Buffer.from(`RIFF\x20\0\0\0WEBPVP8 ${salt()}`, 'latin1'),
  txt: () => Buffer.from(`Lecciones aprendidas — ${salt()}\nSegunda línea\n`, 'utf8'),
  csv: () => Buffer.from(`country,year,value\nMX,2024,${salt()}\n`, 'utf8'),
  html: () => Buffer.from(`<!DOCTYPE html><html><script>alert(1)</script>${salt()}</html>`),
  svg: () => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><!--${salt()}--></svg>`),
  docx: () =>
    zip([
      ['[Content_Types].xml', `<?xml version="1.0"?><Types>${salt()}</Types>`],
      ['_rels/.rels', '<Relationships/>'],
      ['word/document.xml', '<w:document/>'],
    ]),
  pptx: () =>
    zip([
      ['[Content_Types].xml', `<Types>${salt()}</Types>`],
      ['ppt/presentation.xml', '<p:presentation/>'],
    ]),
  odt: () =>
    zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', `<office:document-content>${salt()}</office:document-content>`],
    ]),
  ods: () =>
    zip([
      ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['content.xml', `<office:document-content>${salt()}</office:document-content>`],
    ]),
  plainZip: () => zip([['notes.txt', `hello ${salt()}`]]),
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with stored (uncompressed) entries, in order. */
export function zip(entries: [string, string][]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(nameBuf.length, 26);
    local.push(h, nameBuf, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBuf, end]);
}
