import { type Block, type DocumentModel, plain, type Run } from './export-document.js';

/**
 * The document model as CommonMark (with GFM tables). User text is escaped so that it reads as
 * typed: no emphasis, links, HTML, headings or lists appear that the author did not write.
 */

// Punctuation that means something anywhere in a line (a backslash escapes any of it).
const INLINE = /[\\`*_[\]<>|~&#]/g;
// What means something only at the start of a line: list markers, quotes, setext underlines.
const LINE_START = /^(\d{1,9})([.)])|^([-+=])/;

const WORD = /[\p{L}\p{N}]/u;

/**
 * User text with its inline punctuation escaped (line breaks untouched). An underscore between
 * two letters or digits (America/New_York) can neither open nor close emphasis: left as typed.
 */
const escapeInline = (text: string) =>
  plain(text).replace(INLINE, (c, at: number, all: string) =>
    c === '_' && WORD.test(all[at - 1] ?? '') && WORD.test(all[at + 1] ?? '') ? c : `\\${c}`,
  );

/** A finished line: no leading spaces (an indented code block), no list marker or underline. */
const fixLineStart = (line: string) =>
  line
    .trimStart()
    .replace(LINE_START, (_m, digits, mark, sign) => (digits ? `${digits}\\${mark}` : `\\${sign}`));

/** Text that must stay on one line (headings, table cells, field values). */
export const escapeMarkdown = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim());

/**
 * Runs as Markdown lines, the authors' line breaks kept (blank lines dropped: a block is one
 * paragraph). Emphasis is applied per line, since it cannot span a break.
 */
function runLines(runs: Run[]): string[] {
  const lines: string[] = [''];
  for (const run of runs) {
    const mark = run.strong ? '**' : run.em ? '*' : '';
    escapeInline(run.text)
      .split(/\r\n|\r|\n/)
      .forEach((part, i) => {
        if (i > 0) lines.push('');
        // Emphasis markers must touch non-space text: spaces stay outside them.
        const [, lead = '', body = '', trail = ''] = /^(\s*)(.*?)(\s*)$/.exec(part) ?? [];
        lines[lines.length - 1] += body && mark ? `${lead}${mark}${body}${mark}${trail}` : part;
      });
  }
  return lines.map(fixLineStart).filter((l) => l !== '');
}

/** Lines joined with hard breaks (a trailing backslash), continuation lines indented. */
const joinLines = (lines: string[], indent = '') => lines.join(`\\\n${indent}`);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return joinLines(runLines(b.runs));
    case 'fields':
      return b.rows.map((r) => `- **${escapeMarkdown(r.label)}:** ${escapeMarkdown(r.value)}`).join('\n');
    case 'list':
      return b.items.map((runs) => `- ${joinLines(runLines(runs), '  ')}`).join('\n');
    case 'table':
      return table(b.header, b.rows);
  }
}

/** The document as one Markdown text, blocks separated by blank lines, sections by a rule. */
export function renderMarkdown(doc: DocumentModel): string {
  const sections = doc.sections.map((s) => s.blocks.map(block).join('\n\n'));
  return `${sections.join('\n\n---\n\n')}\n`;
}
