/**
 * A neutral document model: what an exported summary says, built once and rendered by each
 * format (export-markdown.ts, export-docx.ts), so the formats never drift apart. Texts are plain
 * (user text unescaped); each renderer escapes for its own format.
 */

/** A stretch of text, optionally emphasised. */
export interface Run {
  text: string;
  strong?: boolean;
  em?: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Run[] }
  /** Label–value pairs ("Date: …"). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: Run[][] }
  | { type: 'table'; header: string[]; rows: string[][] };

/** A run of blocks; the renderers start each section on a new page, landscape when asked. */
export interface Section {
  landscape?: boolean;
  blocks: Block[];
}

export interface DocumentModel {
  title: string;
  sections: Section[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, text });
export const paragraph = (...runs: (Run | string)[]): Block => ({
  type: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});

/** Characters XML 1.0 cannot hold (a DOCX would not open): dropped from every text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const plain = (text: string) => text.replace(NOT_XML, '');
