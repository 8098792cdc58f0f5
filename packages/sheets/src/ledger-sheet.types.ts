import type { Label } from '@parkflow/domain';

/**
 * How a column's values are written. `datetime` takes an ISO instant and shows it as Asia/Shanghai
 * wall-clock time (`YYYY-MM-DD HH:mm`), `date` a civil date `YYYY-MM-DD`; both become real Excel
 * dates, so a leader can sort and filter them. `integer` a count, `number` any number (2.35
 * working days) — both written as numbers a leader can sum, and a text given to them (a rate
 * written as 95.0% (19/20) in a column of counts) as text. `text` anything else.
 */
export type LedgerCellKind = 'text' | 'integer' | 'number' | 'datetime' | 'date';

/** What a column reads from a row: text, a number, an ISO instant or date (by the column's kind), or nothing. */
export type LedgerValue = string | number | null | undefined;

export interface LedgerColumn<Row> {
  /** Stable id of the column (tests and callers refer to it; never shown). */
  key: string;
  /** The title in the header row; the sheet is written in one language, zh-CN by default. */
  header: Label;
  kind?: LedgerCellKind;
  /**
   * The widest the column grows, in character widths (a CJK character counts two); the width is
   * otherwise that of its longest cell, header included. Default DEFAULT_MAX_WIDTH.
   */
  maxWidth?: number;
  value(row: Row): LedgerValue;
}

/** One sheet of a ledger: its tab name and its columns, in order. Reused for every table ParkFlow exports. */
export interface LedgerSheet<Row> {
  /** The tab's name (at most 31 characters; Excel refuses `[]:*?/\`). */
  name: string;
  columns: readonly LedgerColumn<Row>[];
}

/**
 * The rows, page by page, as often as asked: the writer reads them twice (once to measure the
 * widths, once to write), so a source that streams from the database never holds them all.
 */
export type LedgerPages<Row> = () => AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>;

/** Rows already in memory (a dashboard's table) as pages. */
export function inMemoryPages<Row>(rows: readonly Row[], pageSize = 1000): LedgerPages<Row> {
  return function* pages() {
    for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize);
  };
}
