import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnWidth, displayWidth } from './cell-width.js';
import type { LedgerColumn, LedgerPages, LedgerSheet } from './ledger-sheet.types.js';
import { DATE_FORMAT, DATETIME_FORMAT, prepareCell } from './shanghai-cell.js';
import { drainZip } from './zip-backlog.js';

export type LedgerLanguage = 'zh' | 'en';

export interface LedgerWriteOptions {
  /** The header's language; zh-CN unless asked. */
  language?: LedgerLanguage;
  /** Widths already measured (measureLedger); without them the writer reads the rows once more to measure. */
  widths?: readonly number[];
  /** Called after each page is written, with the rows written so far (progress, a cancellation check that throws). */
  onPage?: (rowsWritten: number) => void | Promise<void>;
}

export interface LedgerWriteResult {
  rows: number;
  widths: number[];
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;

function headerOf<Row>(column: LedgerColumn<Row>, language: LedgerLanguage): string {
  return column.header[language];
}

async function* eachPage<Row>(pages: LedgerPages<Row>): AsyncGenerator<readonly Row[]> {
  for await (const page of pages()) yield page;
}

/**
 * The width of every column: its longest cell (as it will show: a date as `YYYY-MM-DD HH:mm`),
 * the header included, CJK characters counting two, capped by the column's maxWidth. One pass over
 * the rows, holding one page at a time.
 */
export async function measureLedger<Row>(sheet: LedgerSheet<Row>, pages: LedgerPages<Row>, language: LedgerLanguage = 'zh'): Promise<number[]> {
  const widest = sheet.columns.map((c) => displayWidth(headerOf(c, language)));
  for await (const page of eachPage(pages)) {
    for (const row of page) {
      sheet.columns.forEach((column, i) => {
        const width = displayWidth(prepareCell(column.kind ?? 'text', column.value(row)).text);
        if (width > widest[i]!) widest[i] = width;
      });
    }
  }
  return sheet.columns.map((c, i) => columnWidth(widest[i]!, c.maxWidth));
}

/**
 * Writes the sheet as .xlsx to a file (path) or a stream, row by row through exceljs's streaming
 * WorkbookWriter: each row is committed as soon as it is written, and the writer waits for the zip
 * between pages, so memory stays flat however many rows there are. The header row is frozen and
 * carries an autofilter; dates are Beijing time. Column widths must be known before the first row
 * is written (they lead the sheet's XML), hence the measuring pass.
 */
export async function writeLedger<Row>(sheet: LedgerSheet<Row>, pages: LedgerPages<Row>, target: string | Writable, options: LedgerWriteOptions = {}): Promise<LedgerWriteResult> {
  const language = options.language ?? 'zh';
  const widths = options.widths ? [...options.widths] : await measureLedger(sheet, pages, language);
  // No shared strings: that table would keep every distinct text in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'ParkFlow';
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  worksheet.columns = sheet.columns.map((column, i) => {
    const kind = column.kind ?? 'text';
    const numFmt = kind === 'datetime' ? DATETIME_FORMAT : kind === 'date' ? DATE_FORMAT : undefined;
    return { key: column.key, width: widths[i]!, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = worksheet.addRow(sheet.columns.map((c) => headerOf(c, language)));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  header.commit();

  let rows = 0;
  for await (const page of eachPage(pages)) {
    for (const row of page) {
      worksheet.addRow(sheet.columns.map((column) => prepareCell(column.kind ?? 'text', column.value(row)).value)).commit();
      rows += 1;
    }
    await drainZip(worksheet);
    await options.onPage?.(rows);
  }
  worksheet.commit();
  await workbook.commit();
  return { rows, widths };
}
