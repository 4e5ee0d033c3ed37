import { describe, expect, it } from 'vitest';
import { samples, zip } from './attachments-test-kit.js';
import {
  ContentProbe,
  extensionOf,
  FILE_KINDS,
  type FileKind,
  isProblem,
  kindForName,
  sanitizeFileName,
  verifyContent,
} from './file-types.js';

function probe(bytes: Buffer, text = false, chunkSize = bytes.length || 1): ContentProbe {
  const p = new ContentProbe(text);
  for (let i = 0; i < bytes.length; i += chunkSize) p.push(bytes.subarray(i, i + chunkSize));
  p.finish();
  return p;
}
const kind = (id: string) => FILE_KINDS.find((k) => k.id === id) as FileKind;

describe('file names', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['/tmp/../x/report.pdf', 'report.pdf'],
    ['a\\b\\c.docx', 'c.docx'],
    ['  spaced   out .pdf ', 'spaced out .pdf'],
    ['line\nbreak.pdf', 'line break.pdf'],
    ['zero\u200Bwidth\u202Egnp.pdf', 'zerowidthgnp.pdf'],
    ['..', ''],
    ['report.pdf...', 'report.pdf'],
    ['Cafe\u0301.pdf', 'Café.pdf'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });

  it('shortens long names to 200 characters, keeping the extension and whole characters', () => {
    const name = sanitizeFileName(`${'鱼'.repeat(250)}.xlsx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('鱼.xlsx')).toBe(true);
  });

  it('finds the kind a name claims, refusing scripts and unknown or missing extensions', () => {
    expect(kindForName('A.PDF')).toMatchObject({ id: 'pdf' });
    expect(kindForName('x.jpeg')).toMatchObject({ id: 'jpeg' });
    expect(kindForName('x.svg')).toMatchObject({
      key: 'errors:attachments.scriptType',
      params: { ext: '.svg' },
    });
    expect(kindForName('x.HTM')).toMatchObject({ key: 'errors:attachments.scriptType' });
    expect(kindForName('x.js')).toMatchObject({ key: 'errors:attachments.typeNotAllowed' });
    expect(kindForName('x.docm')).toMatchObject({ key: 'errors:attachments.typeNotAllowed' });
    expect(kindForName('noext')).toMatchObject({ key: 'errors:attachments.noExtension' });
    expect(isProblem(kindForName(''))).toBe(true);
    expect(extensionOf('.pdf')).toBe('');
  });
});

describe('content recognition', () => {
  it('recognises each kind by its bytes', () => {
    expect(probe(samples.pdf()).detect()).toBe('pdf');
    expect(probe(samples.png()).detect()).toBe('png');
    expect(probe(samples.jpeg()).detect()).toBe('jpeg');
    expect(probe(samples.gif()).detect()).toBe('gif');
    expect(probe(samples.webp()).detect()).toBe('webp');
    expect(probe(samples.docx()).detect()).toBe('docx');
    expect(probe(samples.pptx()).detect()).toBe('pptx');
    expect(probe(samples.odt()).detect()).toBe('odt');
    expect(probe(samples.ods()).detect()).toBe('ods');
    expect(probe(samples.plainZip()).detect()).toBe('zip');
    expect(probe(samples.txt(), true).detect()).toBe('text');
    expect(probe(samples.html()).detect()).toBe('html');
    expect(probe(samples.svg()).detect()).toBe('svg');
  });

  it('finds OOXML entry names split across chunks', () => {
    const docx = samples.docx();
    for (const size of [1, 3, 7, 64]) expect(probe(docx, false, size).detect()).toBe('docx');
  });

  it('does not take an OpenDocument template for a document', () => {
    const ott = zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text-template'],
      ['content.xml', '<x/>'],
    ]);
    expect(probe(ott).detect()).toBe('zip');
  });

  it('sees markup behind a byte-order mark and white space, in any case', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  <HTML><body>x')]);
    expect(probe(bom).detect()).toBe('html');
    expect(probe(bom, true).detect()).toBe('html');
    expect(probe(Buffer.from('<?xml version="1.0"?>\n<svg/>')).detect()).toBe('svg');
  });

  it('accepts UTF-8 text split inside a character, refuses broken or binary text', () => {
    const text = Buffer.from('año,名前\nñ,字\n', 'utf8');
    expect(probe(text, true, 1).detect()).toBe('text');
    expect(probe(Buffer.from([0x61, 0xc3]), true).detect()).toBe('unknown');
    expect(probe(Buffer.from('a\u0001b'), true).detect()).toBe('unknown');
    // Tabs, carriage returns and form feeds are ordinary text.
    expect(probe(Buffer.from('a\tb\r\nc\f'), true).detect()).toBe('text');
  });

  it('explains a refusal with what the bytes are', () => {
    expect(verifyContent(kind('pdf'), probe(samples.pdf()), 'x.pdf')).toBeNull();
    expect(verifyContent(kind('csv'), probe(samples.csv(), true), 'x.csv')).toBeNull();
    expect(verifyContent(kind('pdf'), probe(samples.gif()), 'x.pdf')).toEqual({
      key: 'errors:attachments.contentMismatch',
      params: { ext: '.pdf', detected: 'GIF' },
    });
    expect(verifyContent(kind('png'), probe(samples.html()), 'x.png')).toEqual({
      key: 'errors:attachments.scriptContent',
      params: { ext: '.png', detected: 'HTML' },
    });
    expect(verifyContent(kind('xlsx'), probe(Buffer.from('hello')), 'x.xlsx')).toEqual({
      key: 'errors:attachments.contentUnrecognised',
      params: { ext: '.xlsx', kind: 'XLSX' },
    });
  });
});
