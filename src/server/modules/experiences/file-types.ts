import type { ErrorKey } from '../../../shared/error-keys.js';

/**
 * The kinds of file an experience may carry, and how an upload is recognised: the name's
 * extension says what the file claims to be, its bytes must agree. The client's Content-Type is
 * never trusted; the stored media type is the one of the recognised kind.
 *
 * - PDF, PNG, JPEG, WebP, GIF: their magic bytes.
 * - ODT/ODS/ODP: a ZIP whose first entry is the uncompressed `mimetype` naming that kind (the
 *   OpenDocument rule, so it is checked exactly).
 * - DOCX/XLSX/PPTX: a ZIP holding `[Content_Types].xml` and the kind's own folder (`word/`,
 *   `xl/`, `ppt/`); entry names are stored uncompressed, so they are found in the byte stream
 *   without unpacking. This is a sound plausibility check, not a full validation of the package.
 * - Plain text and CSV: valid UTF-8 without control characters, not starting with markup.
 * SVG and HTML are refused whatever their name: they can carry scripts.
 */
export interface FileKind {
  id: string;
  /** How the kind is named in messages. */
  label: string;
  mediaType: string;
  extensions: readonly string[];
  /** Shown in the browser (images); every other kind is downloaded. */
  inline: boolean;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

export const FILE_KINDS: readonly FileKind[] = [
  { id: 'pdf', label: 'PDF', mediaType: 'application/pdf', extensions: ['pdf'], inline: false },
  {
    id: 'docx',
    label: 'DOCX',
    mediaType: `${OOXML}.wordprocessingml.document`,
    extensions: ['docx'],
    inline: false,
  },
  {
    id: 'xlsx',
    label: 'XLSX',
    mediaType: `${OOXML}.spreadsheetml.sheet`,
    extensions: ['xlsx'],
    inline: false,
  },
  {
    id: 'pptx',
    label: 'PPTX',
    mediaType: `${OOXML}.presentationml.presentation`,
    extensions: ['pptx'],
    inline: false,
  },
  { id: 'odt', label: 'ODT', mediaType: `${ODF}.text`, extensions: ['odt'], inline: false },
  { id: 'ods', label: 'ODS', mediaType: `${ODF}.spreadsheet`, extensions: ['ods'], inline: false },
  { id: 'odp', label: 'ODP', mediaType: `${ODF}.presentation`, extensions: ['odp'], inline: false },
  { id: 'png', label: 'PNG', mediaType: 'image/png', extensions: ['png'], inline: true },
  { id: 'jpeg', label: 'JPEG', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true },
  { id: 'webp', label: 'WebP', mediaType: 'image/webp', extensions: ['webp'], inline: true },
  { id: 'gif', label: 'GIF', mediaType: 'image/gif', extensions: ['gif'], inline: true },
  { id: 'txt', label: 'TXT', mediaType: 'text/plain', extensions: ['txt'], inline: false },
  { id: 'csv', label: 'CSV', mediaType: 'text/csv', extensions: ['csv'], inline: false },
];

/** The accepted extensions, for messages: ".pdf, .docx, …". */
export const ALLOWED_EXTENSIONS = FILE_KINDS.flatMap((k) => k.extensions.map((e) => `.${e}`)).join(', ');

/** Markup that a browser may run scripts from: refused by name and by content. */
const SCRIPT_EXTENSIONS = new Set([
  'svg',
  'svgz',
  'html',
  'htm',
  'xhtml',
  'xht',
  'shtml',
  'xml',
  'xsl',
  'mht',
]);

const byExtension = new Map(FILE_KINDS.flatMap((k) => k.extensions.map((e) => [e, k] as const)));
const byId = new Map(FILE_KINDS.map((k) => [k.id, k]));

/** The kind a stored media type belongs to (for serving). */
export function kindOfMediaType(mediaType: string): FileKind | undefined {
  return FILE_KINDS.find((k) => k.mediaType === mediaType);
}

/** A refusal: the errors-catalogue key and its parameters (the field is always `file`). */
export interface FileProblem {
  key: ErrorKey;
  params: Record<string, string | number>;
}

export const NAME_MAX = 200;

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control or
 * direction-changing characters, none of the characters file systems reserve, no leading dots,
 * at most NAME_MAX characters (the extension is kept when the name is shortened).
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  const chars = [...name];
  if (chars.length > NAME_MAX) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = chars
      .slice(0, NAME_MAX - [...ext].length)
      .join('')
      .trimEnd()
      .concat(ext);
  }
  return name;
}

/** The lower-cased extension of a (sanitised) name, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind a name claims to be, or why no file with that name is accepted. */
export function kindForName(name: string): FileKind | FileProblem {
  const ext = extensionOf(name);
  if (!name || !ext)
    return { key: 'errors:attachments.noExtension', params: { allowed: ALLOWED_EXTENSIONS } };
  if (SCRIPT_EXTENSIONS.has(ext)) return { key: 'errors:attachments.scriptType', params: { ext: `.${ext}` } };
  return (
    byExtension.get(ext) ?? {
      key: 'errors:attachments.typeNotAllowed',
      params: { ext: `.${ext}`, allowed: ALLOWED_EXTENSIONS },
    }
  );
}

export const isProblem = (x: FileKind | FileProblem): x is FileProblem => 'key' in x;

const ascii = (s: string) => Buffer.from(s, 'latin1');
const ZIP_MARKERS = {
  contentTypes: ascii('[Content_Types].xml'),
  word: ascii('word/'),
  xl: ascii('xl/'),
  ppt: ascii('ppt/'),
};
type Marker = keyof typeof ZIP_MARKERS;
const MARKER_TAIL = Math.max(...Object.values(ZIP_MARKERS).map((m) => m.length)) - 1;
const HEAD_BYTES = 4096;

/**
 * What is learnt from a file's bytes as they stream past, without keeping them: the first
 * bytes, which ZIP entry names occur, and (for text kinds) whether it is clean UTF-8.
 */
export class ContentProbe {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private readonly found = new Set<Marker>();
  private readonly decoder: TextDecoder | null;
  private textOk = true;
  private textStart = '';

  constructor(readonly checkText: boolean) {
    this.decoder = checkText ? new TextDecoder('utf-8', { fatal: true }) : null;
  }

  push(chunk: Buffer): void {
    if (this.head.length < HEAD_BYTES)
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    // Entry names split across two chunks are found through the tail of the previous chunk.
    const window = Buffer.concat([this.tail, chunk]);
    for (const [name, bytes] of Object.entries(ZIP_MARKERS) as [Marker, Buffer][])
      if (!this.found.has(name) && window.includes(bytes)) this.found.add(name);
    this.tail = window.subarray(Math.max(0, window.length - MARKER_TAIL));
    if (this.decoder && this.textOk) this.decodeText(chunk, true);
  }

  /** Call once after the last chunk. */
  finish(): void {
    if (this.decoder && this.textOk) this.decodeText(Buffer.alloc(0), false);
  }

  private decodeText(chunk: Buffer, stream: boolean) {
    try {
      const text = this.decoder!.decode(chunk, { stream });
      // Control characters other than tab, line breaks and form feed: not text.
      if (/(?![\t\n\r\f])\p{Cc}/u.test(text)) this.textOk = false;
      if (this.textStart.length < 64) this.textStart += text.slice(0, 64);
    } catch {
      this.textOk = false;
    }
  }

  /** What the bytes are, whatever the name says (a kind id, or html/svg/zip/unknown). */
  detect(): string {
    const h = this.head;
    const at = (offset: number, s: string) => h.subarray(offset, offset + s.length).toString('latin1') === s;
    if (at(0, '%PDF-')) return 'pdf';
    if (h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
    if (h.length >= 3 && h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff) return 'jpeg';
    if (at(0, 'RIFF') && at(8, 'WEBP')) return 'webp';
    if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'gif';
    if (at(0, 'PK\x03\x04')) {
      if (at(30, 'mimetype')) {
        // The entry holds exactly the media type: the next local header follows it directly.
        for (const id of ['odt', 'ods', 'odp']) {
          const type = byId.get(id)!.mediaType;
          if (at(38, type) && at(38 + type.length, 'PK')) return id;
        }
      }
      if (this.found.has('contentTypes')) {
        if (this.found.has('word')) return 'docx';
        if (this.found.has('xl')) return 'xlsx';
        if (this.found.has('ppt')) return 'pptx';
      }
      return 'zip';
    }
    const markup = markupIn(this.checkText ? this.textStart : h.subarray(0, 512).toString('latin1'));
    if (markup) return markup;
    if (this.checkText && this.textOk) return 'text';
    return 'unknown';
  }
}

/** HTML or SVG at the start of a file (after a byte-order mark and white space). */
function markupIn(start: string): 'html' | 'svg' | null {
  const s = start
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<svg[\s>]/.test(s)) return 'svg';
  if (/^<(\?xml|!doctype|!--|[a-z])/.test(s)) return s.includes('<svg') ? 'svg' : 'html';
  return null;
}

const DETECTED_LABEL: Record<string, string> = { html: 'HTML', svg: 'SVG', zip: 'ZIP' };

/** Whether the bytes are what the name says; the problem to report when they are not. */
export function verifyContent(kind: FileKind, probe: ContentProbe, name: string): FileProblem | null {
  const detected = probe.detect();
  const ext = `.${extensionOf(name)}`;
  if (kind.id === 'txt' || kind.id === 'csv') {
    if (detected === 'text') return null;
  } else if (detected === kind.id) return null;
  if (detected === 'html' || detected === 'svg')
    return { key: 'errors:attachments.scriptContent', params: { detected: DETECTED_LABEL[detected]!, ext } };
  const other = byId.get(detected)?.label ?? DETECTED_LABEL[detected];
  if (other) return { key: 'errors:attachments.contentMismatch', params: { ext, detected: other } };
  return { key: 'errors:attachments.contentUnrecognised', params: { ext, kind: kind.label } };
}
