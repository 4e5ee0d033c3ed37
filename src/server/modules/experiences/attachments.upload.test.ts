import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listAttachments } from './attachments.repository.js';
import {
  attach,
  download,
  insertExperience,
  publishDirectly,
  samples,
  setUpKit,
  storedPath,
  upload,
} from './attachments-test-kit.js';

const kit = setUpKit();

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Results').addRow(['country', 'value', Math.random()]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('attachments: upload and download', () => {
  it('round-trips a PDF byte for byte, with safe download headers and an audit entry', async () => {
    const id = await insertExperience(kit);
    const bytes = samples.pdf();
    const a = await attach(kit, kit.author, id, 'Informe final 2024.pdf', bytes, {
      es: 'Informe de resultados',
      en: 'Results report',
    });
    expect(a).toMatchObject({
      fileName: 'Informe final 2024.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      caption: { es: 'Informe de resultados', en: 'Results report' },
      url: `/api/v1/experiences/${id}/attachments/${a.id}`,
      createdAt: kit.t.clock.now().toISOString(),
    });
    const res = await download(kit, kit.author, a.url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(bytes.length));
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Informe final 2024.pdf"; filename*=UTF-8''Informe%20final%202024.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe('sandbox');
    // A draft is private: no shared cache keeps it.
    expect(res.headers['cache-control']).toBe('private, no-store');

    const audit = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'experience.attachment_add',
      entity_type: 'experience',
      organisation_id: kit.org.id,
      actor_id: kit.author.userId,
    });
    expect(audit[0]!.after).toMatchObject({
      id: a.id,
      fileName: 'Informe final 2024.pdf',
      sizeBytes: bytes.length,
    });
  });

  it('accepts each allowed kind, recognised by its bytes, and stores the canonical media type', async () => {
    const id = await insertExperience(kit);
    const cases: [string, Buffer, string][] = [
      ['photo.png', samples.png(), 'image/png'],
      ['photo.JPG', samples.jpeg(), 'image/jpeg'],
      ['photo.jpeg', samples.jpeg(), 'image/jpeg'],
      ['anim.gif', samples.gif(), 'image/gif'],
      ['pic.webp', samples.webp(), 'image/webp'],
      ['notes.txt', samples.txt(), 'text/plain'],
      ['data.csv', samples.csv(), 'text/csv'],
      [
        'plan.docx',
        samples.docx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'slides.pptx',
        samples.pptx(),
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
      ['table.xlsx', await xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['text.odt', samples.odt(), 'application/vnd.oasis.opendocument.text'],
      ['sheet.ods', samples.ods(), 'application/vnd.oasis.opendocument.spreadsheet'],
    ];
    for (const [name, bytes, type] of cases) {
      kit.t.clock.advance(1000);
      // The client's own content type is ignored.
      const res = await upload(kit, kit.editor, id, [
        { name: 'file', fileName: name, content: bytes, type: 'text/html' },
      ]);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json().mediaType).toBe(type);
      const got = await download(kit, kit.editor, res.json().url);
      expect(got.rawPayload.equals(bytes), name).toBe(true);
    }
    const rows = await listAttachments(kit.t.runtime.deps.db, id, { withPending: true });
    expect(rows.map((r) => r.file_name)).toEqual(cases.map(([n]) => n));
  });

  it('shows images inline and sends text with its charset', async () => {
    const id = await insertExperience(kit);
    const png = await attach(kit, kit.author, id, 'mapa.png', samples.png());
    const img = await download(kit, kit.author, png.url);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['content-disposition']).toMatch(/^inline; filename="mapa.png"/);
    expect(img.headers['content-security-policy']).toBe('sandbox');
    const txt = await attach(kit, kit.author, id, 'notas.txt', samples.txt());
    const text = await download(kit, kit.author, txt.url);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('lets anyone download from a published experience, cacheably, and answers 304 to a matching ETag', async () => {
    const id = await insertExperience(kit);
    const bytes = samples.pdf();
    const a = await attach(kit, kit.owner, id, 'public.pdf', bytes);
    await publishDirectly(kit, id);
    const res = await download(kit, null, a.url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const etag = String(res.headers.etag);
    const again = await download(kit, null, a.url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('sanitises file names: no folders, control or direction characters, reserved characters, over-long names', async () => {
    const id = await insertExperience(kit);
    const names: [string, string][] = [
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['C:\\Users\\ana\\informe.pdf', 'informe.pdf'],
      ['fac\u202Etxt.pdf', 'factxt.pdf'],
      ['a\u0007b\tc.pdf', 'ab c.pdf'],
      ['what?<is>|this*.pdf', 'what__is__this_.pdf'],
      ['...hidden.pdf', 'hidden.pdf'],
      ['Évaluation d’impact — México.pdf', 'Évaluation d’impact — México.pdf'],
    ];
    for (const [raw, clean] of names) {
      const a = await attach(kit, kit.author, id, raw, samples.pdf());
      expect(a.fileName, raw).toBe(clean);
    }
    const long = `${'n'.repeat(300)}.pdf`;
    const a = await attach(kit, kit.author, id, long, samples.pdf());
    expect(a.fileName).toHaveLength(200);
    expect(a.fileName.endsWith('.pdf')).toBe(true);
    // Non-ASCII names travel in filename*; the quoted fallback is plain ASCII.
    const rows = await listAttachments(kit.t.runtime.deps.db, id, { withPending: true });
    const mexico = rows.find((r) => r.file_name.includes('México'))!;
    const res = await download(kit, kit.author, `/api/v1/experiences/${id}/attachments/${mexico.id}`);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Évaluation d’impact — México.pdf')}`,
    );
    expect(String(res.headers['content-disposition'])).toMatch(/filename="[\x20-\x7e]+"/);
  });

  it('stores the same bytes once, under DATA_DIR/attachments/<sha prefix>/<sha>', async () => {
    const a = await insertExperience(kit);
    const b = await insertExperience(kit);
    const bytes = samples.png();
    const x = await attach(kit, kit.author, a, 'one.png', bytes);
    const y = await attach(kit, kit.author, b, 'two.png', bytes);
    const px = await storedPath(kit, x.id);
    expect(px).toBe(await storedPath(kit, y.id));
    expect(px).toMatch(/attachments\/([0-9a-f]{2})\/\1[0-9a-f]{62}$/);
    expect(fs.readFileSync(px).equals(bytes)).toBe(true);
    // No temporary file is left behind.
    expect(fs.readdirSync(`${kit.dataDir}/attachments/tmp`)).toEqual([]);
  });

  it('lets the author, the organisation’s editors and administrators and platform administrators upload', async () => {
    const id = await insertExperience(kit);
    for (const who of [kit.author, kit.editor, kit.owner, kit.admin]) {
      const res = await upload(kit, who, id, [{ name: 'file', fileName: 'x.pdf', content: samples.pdf() }]);
      expect(res.statusCode, res.body).toBe(201);
    }
    const published = await insertExperience(kit, { status: 'published' });
    const res = await upload(kit, kit.editor, published, [
      { name: 'file', fileName: 'x.pdf', content: samples.pdf() },
    ]);
    expect(res.statusCode).toBe(201);
  });

  it('reads captions sent after the file, and drops empty ones', async () => {
    const id = await insertExperience(kit);
    const res = await upload(kit, kit.author, id, [
      { name: 'file', fileName: 'x.pdf', content: samples.pdf() },
      { name: 'caption_fr', value: '  Rapport final  ' },
      { name: 'caption_zh', value: '最终报告' },
      { name: 'caption_es', value: '   ' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caption).toEqual({ fr: 'Rapport final', zh: '最终报告' });
  });
});
