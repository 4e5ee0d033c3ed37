import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { form, insertExperience, samples, setUpKit, TEST_MAX_BYTES, upload } from './attachments-test-kit.js';

const kit = setUpKit();

const file = (fileName: string, content: Buffer) => ({ name: 'file', fileName, content });

/** Nothing was kept: no row for the experience, no temporary file. */
async function nothingKept(experienceId: string) {
  const rows = await kit.t.runtime.deps.db
    .selectFrom('experience_attachments')
    .select('id')
    .where('experience_id', '=', experienceId)
    .execute();
  expect(rows).toEqual([]);
  const tmp = path.join(kit.dataDir, 'attachments', 'tmp');
  expect(fs.existsSync(tmp) ? fs.readdirSync(tmp) : []).toEqual([]);
}

describe('attachments: refused files', () => {
  it('refuses a file over ATTACHMENT_MAX_BYTES with 413 naming the file and the limit, and keeps nothing', async () => {
    const id = await insertExperience(kit);
    const big = Buffer.concat([samples.pdf(), randomBytes(TEST_MAX_BYTES)]);
    const res = await upload(kit, kit.author, id, [file('big.pdf', big)]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'payload_too_large',
      field: 'file',
      message: 'file: the file is larger than 64 KiB.',
    });
    await nothingKept(id);
    // Exactly the limit is fine.
    const exact = Buffer.concat([samples.pdf(), Buffer.alloc(TEST_MAX_BYTES)]).subarray(0, TEST_MAX_BYTES);
    expect((await upload(kit, kit.author, id, [file('exact.pdf', exact)])).statusCode).toBe(201);
  });

  it('words the limit in the reader’s language', async () => {
    const id = await insertExperience(kit);
    const big = Buffer.concat([samples.pdf(), randomBytes(TEST_MAX_BYTES)]);
    const res = await upload(kit, kit.author, id, [file('big.pdf', big)], { query: { locale: 'es' } });
    expect(res.json().error.message).toBe('file: el archivo supera 64 KiB.');
  });

  it.each([
    [
      'programme.exe',
      samples.pdf(),
      'typeNotAllowed',
      /\.exe files are not accepted; accepted: \.pdf, \.docx/,
    ],
    ['README', samples.txt(), 'noExtension', /needs an extension/],
    ['diagram.svg', samples.svg(), 'scriptType', /\.svg files can carry scripts/],
    ['page.html', samples.html(), 'scriptType', /\.html files can carry scripts/],
    [
      'report.pdf',
      samples.html(),
      'scriptContent',
      /content is HTML markup, which can carry scripts, although the name ends in \.pdf/,
    ],
    ['photo.png', samples.svg(), 'scriptContent', /content is SVG markup/],
    ['notes.txt', samples.html(), 'scriptContent', /content is HTML markup/],
    ['report.pdf', samples.png(), 'contentMismatch', /name ends in \.pdf but the content is PNG/],
    ['plan.docx', samples.odt(), 'contentMismatch', /name ends in \.docx but the content is ODT/],
    ['plan.docx', samples.plainZip(), 'contentMismatch', /name ends in \.docx but the content is ZIP/],
    ['slides.pptx', samples.docx(), 'contentMismatch', /but the content is DOCX/],
    ['data.csv', samples.pdf(), 'contentMismatch', /but the content is PDF/],
    ['photo.jpg', randomBytes(200), 'contentUnrecognised', /not a valid JPEG file/],
    ['notes.txt', Buffer.from('text\0with a NUL'), 'contentUnrecognised', /not a valid TXT file/],
    ['data.csv', Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x0a]), 'contentUnrecognised', /not a valid CSV file/],
    ['empty.pdf', Buffer.alloc(0), 'empty', /the file is empty/],
  ])('refuses %s (%s)', async (name, bytes, _key, message) => {
    const id = await insertExperience(kit);
    const res = await upload(kit, kit.author, id, [file(name, bytes)]);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe('file');
    expect(res.json().error.message).toMatch(/^file: /);
    expect(res.json().error.message).toMatch(message);
    await nothingKept(id);
  });

  it('refuses the 21st file with 409, before reading it', async () => {
    const id = await insertExperience(kit);
    const db = kit.t.runtime.deps.db;
    for (let i = 0; i < 20; i++)
      await db
        .insertInto('experience_attachments')
        .values({
          experience_id: id,
          file_name: `f${i}.pdf`,
          media_type: 'application/pdf',
          size_bytes: 10,
          sha256: randomBytes(32).toString('hex'),
          caption: '{}',
        })
        .execute();
    const res = await upload(kit, kit.author, id, [file('21.pdf', samples.pdf())]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'file' });
    expect(res.json().error.message).toMatch(/already has 20 files/);
  });

  it('requires a file part named file, one of them, and only caption_<locale> fields', async () => {
    const id = await insertExperience(kit);
    const cases: [Parameters<typeof upload>[3], number, string, RegExp][] = [
      [[{ name: 'caption_en', value: 'No file' }], 400, 'file', /is required/],
      [[], 400, 'file', /is required/],
      [[{ name: 'document', fileName: 'a.pdf', content: samples.pdf() }], 400, 'document', /not a field/],
      [[{ name: 'title', value: 'x' }, file('a.pdf', samples.pdf())], 400, 'title', /not a field/],
      [[{ name: 'caption_xx', value: 'x' }, file('a.pdf', samples.pdf())], 400, 'caption_xx', /not a field/],
      [
        [{ name: 'caption_en', value: 'x'.repeat(501) }, file('a.pdf', samples.pdf())],
        400,
        'caption_en',
        /at most 500/,
      ],
      [[file('a.pdf', samples.pdf()), file('b.pdf', samples.pdf())], 400, 'file', /one file per request/],
    ];
    for (const [parts, status, field, message] of cases) {
      const res = await upload(kit, kit.author, id, parts);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.field, res.body).toBe(field);
      expect(res.json().error.message).toMatch(message);
    }
    await nothingKept(id);
  });

  it('answers 415 to a body that is not multipart, and other routes still refuse multipart', async () => {
    const id = await insertExperience(kit);
    const json = await kit.author.post(`/api/v1/experiences/${id}/attachments`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toBe('Send the file as multipart/form-data.');
    const { payload, headers } = form([{ name: 'name', value: 'x' }]);
    const other = await kit.author.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload,
      headers,
    });
    expect(other.statusCode).toBe(415);
  });
});

describe('attachments: who may upload', () => {
  const pdf = () => [file('a.pdf', samples.pdf())];

  it('asks visitors to sign in (401), even for a published experience', async () => {
    const id = await insertExperience(kit, { status: 'published' });
    const res = await upload(kit, null, id, pdf());
    expect(res.statusCode).toBe(401);
  });

  it('forbids other organisations’ members (403) where they can see the experience, 404 where they cannot', async () => {
    const published = await insertExperience(kit, { status: 'published' });
    expect((await upload(kit, kit.outsider, published, pdf())).statusCode).toBe(403);
    const draft = await insertExperience(kit);
    const res = await upload(kit, kit.outsider, draft, pdf());
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Experience not found.');
    expect((await upload(kit, kit.author, randomUUID(), pdf())).statusCode).toBe(404);
  });

  it('lets reviewers see an experience in review but not change its files (403), and hides drafts from them (404)', async () => {
    const inReview = await insertExperience(kit, { status: 'in_review' });
    const draft = await insertExperience(kit);
    for (const reviewer of [kit.broker, kit.mxCoordinator]) {
      expect((await upload(kit, reviewer, inReview, pdf())).statusCode).toBe(403);
      expect((await upload(kit, reviewer, draft, pdf())).statusCode).toBe(404);
    }
    // The coordinator of another country is no reviewer of it.
    expect((await upload(kit, kit.coCoordinator, inReview, pdf())).statusCode).toBe(404);
  });

  it('forbids a plain member of the organisation who is not the author', async () => {
    const id = await insertExperience(kit, { authorId: kit.editor.userId });
    expect((await upload(kit, kit.author, id, pdf())).statusCode).toBe(404);
    const published = await insertExperience(kit, { status: 'published', authorId: kit.editor.userId });
    expect((await upload(kit, kit.author, published, pdf())).statusCode).toBe(403);
  });

  it('refuses changes to an archived experience (409)', async () => {
    const id = await insertExperience(kit, { status: 'archived' });
    const res = await upload(kit, kit.author, id, pdf());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/archived/);
  });

  it('applies CSRF to the multipart POST of a cookie session', async () => {
    const id = await insertExperience(kit);
    const missing = await upload(kit, kit.author, id, pdf(), { headers: { 'x-csrf-token': '' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    const wrong = await upload(kit, kit.author, id, pdf(), { headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    await nothingKept(id);
  });

  it('names a malformed id', async () => {
    const res = await upload(kit, kit.author, 'not-an-id', pdf());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('id');
  });
});
