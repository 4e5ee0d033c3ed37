import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/**
 * Every list exports to CSV and XLSX, the formats government users open in Excel. Both are
 * streamed, so a large export does not sit in memory.
 */
export type TableFormat = 'csv' | 'xlsx';
export type Cell = string | number | null | undefined;

export interface Column<T> {
  header: string;
  value(row: T): Cell;
  /** Column width in characters for XLSX. */
  width?: number;
}

// A cell starting with one of these is run as a formula by spreadsheet programs: neutralise it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell safe to open in a spreadsheet (no formula injection) and CSV-quoted. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function safeText(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Builds the CSV text of a table: UTF-8 with a byte-order mark so Excel reads accents right. */
export function toCsv<T>(columns: Column<T>[], rows: Iterable<T>): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Sends a table as a download in the requested format. */
export async function sendTable<T>(
  reply: FastifyReply,
  format: TableFormat,
  baseName: string,
  sheet: string,
  columns: Column<T>[],
  rows: Iterable<T>,
) {
  const name = `${baseName}.${format}`;
  reply.header('content-disposition', `attachment; filename="${name}"`);
  reply.header('cache-control', 'no-store');
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(toCsv(columns, rows));
  }
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const ws = workbook.addWorksheet(sheet.slice(0, 31));
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 24 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const done = (async () => {
    for (const row of rows) ws.addRow(columns.map((c) => safeText(c.value(row)) ?? null)).commit();
    ws.commit();
    await workbook.commit();
  })();
  done.catch((err) => stream.destroy(err as Error));
  return reply.send(stream);
}
