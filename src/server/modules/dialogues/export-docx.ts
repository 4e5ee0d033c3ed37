import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, type DocumentModel, plain, type Run } from './export-document.js';

/**
 * The document model as a Word document (Office Open XML, via the `docx` package — see
 * docs/adr/0012-dialogue-documents.md). Headings use Word's own heading styles, so the reader's
 * navigation pane and table of contents work; the docx package escapes text for XML.
 */

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A run's lines as Word runs, its line breaks kept as breaks. */
const textRuns = (run: Run) =>
  plain(run.text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, bold: run.strong, italics: run.em, break: i > 0 ? 1 : 0 }));

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: textRuns({ text, strong: bold }) })] });

function table(header: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: LEVEL[b.level], children: textRuns({ text: b.text }) })];
    case 'paragraph':
      return [new Paragraph({ children: b.runs.flatMap(textRuns) })];
    case 'fields':
      return b.rows.map(
        (r) =>
          new Paragraph({
            children: [...textRuns({ text: `${r.label}: `, strong: true }), ...textRuns({ text: r.value })],
          }),
      );
    case 'list':
      return b.items.map((runs) => new Paragraph({ bullet: { level: 0 }, children: runs.flatMap(textRuns) }));
    case 'table':
      // An empty paragraph after a table keeps the next table or heading from joining it.
      return [table(b.header, b.rows), new Paragraph({})];
  }
}

/** The document as the bytes of a .docx file; each section starts a new page. */
export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  const file = new Document({
    title: plain(doc.title),
    sections: doc.sections.map((s) => ({
      properties: s.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      children: s.blocks.flatMap(block),
    })),
  });
  return Packer.toBuffer(file);
}
