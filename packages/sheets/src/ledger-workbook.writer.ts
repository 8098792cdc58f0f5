import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnWidth, displayWidth } from './cell-width.js';
import type { LedgerCellKind, LedgerColumn, LedgerPages, LedgerSheet } from './ledger-sheet.types.js';
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

/** The column format of each kind; text and numbers keep Excel's General. */
const NUMBER_FORMATS: Readonly<Record<LedgerCellKind, string | undefined>> = { text: undefined, integer: undefined, number: undefined, datetime: DATETIME_FORMAT, date: DATE_FORMAT };

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

/** One sheet of a workbook with its rows; built by workbookPart so a sheet and its rows always agree. */
export interface WorkbookPart {
  sheet: LedgerSheet<unknown>;
  pages: LedgerPages<unknown>;
  /** Widths already measured; without them the writer measures this sheet's rows first. */
  widths?: readonly number[];
}

/** Pairs a sheet with its rows, whatever their type: the pairing is fixed here, so the writer needs no row type. */
export function workbookPart<Row>(sheet: LedgerSheet<Row>, pages: LedgerPages<Row>, widths?: readonly number[]): WorkbookPart {
  return { sheet: sheet as LedgerSheet<unknown>, pages: pages as LedgerPages<unknown>, ...(widths ? { widths } : {}) };
}

export interface WorkbookWriteOptions {
  language?: LedgerLanguage;
  /** Called after each page of any sheet, with its index and the rows written to that sheet so far. */
  onPage?: (rowsWritten: number, sheetIndex: number) => void | Promise<void>;
}

export interface WorkbookWriteResult {
  /** Rows written to each sheet (header excluded), in order. */
  rows: number[];
  widths: number[][];
}

/**
 * Writes one .xlsx of several sheets, in order, to a file (path) or a stream: each sheet as
 * writeLedger writes its one (frozen header row with an autofilter, widths that fit, Beijing dates),
 * through exceljs's streaming WorkbookWriter — a sheet is measured, written row by row and
 * committed before the next begins, so memory holds one page at a time.
 */
export async function writeWorkbook(parts: readonly WorkbookPart[], target: string | Writable, options: WorkbookWriteOptions = {}): Promise<WorkbookWriteResult> {
  const language = options.language ?? 'zh';
  const names = parts.map((p) => p.sheet.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  // Excel refuses a workbook with two tabs of one name; say so before a byte is written.
  if (repeated !== undefined) throw new Error(`Two sheets are named "${repeated}"`);
  // No shared strings: that table would keep every distinct text in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'ParkFlow';
  const result: WorkbookWriteResult = { rows: [], widths: [] };
  for (const [index, part] of parts.entries()) {
    const widths = part.widths ? [...part.widths] : await measureLedger(part.sheet, part.pages, language);
    const rows = await writeSheet(workbook, part, widths, language, (n) => options.onPage?.(n, index));
    result.rows.push(rows);
    result.widths.push(widths);
  }
  await workbook.commit();
  return result;
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  { sheet, pages }: WorkbookPart,
  widths: readonly number[],
  language: LedgerLanguage,
  onPage: (rowsWritten: number) => void | Promise<void>,
): Promise<number> {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  worksheet.columns = sheet.columns.map((column, i) => {
    const numFmt = NUMBER_FORMATS[column.kind ?? 'text'];
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
    await onPage(rows);
  }
  worksheet.commit();
  return rows;
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
  const onPage = options.onPage;
  const written = await writeWorkbook([workbookPart(sheet, pages, widths)], target, { language, ...(onPage ? { onPage: (n) => onPage(n) } : {}) });
  return { rows: written.rows[0]!, widths };
}
