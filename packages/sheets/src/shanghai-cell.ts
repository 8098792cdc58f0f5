import { SHANGHAI_OFFSET_MS } from '@parkflow/domain';
import type { LedgerCellKind, LedgerValue } from './ledger-sheet.types.js';

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** A cell as exceljs writes it, and its text as it shows (for the width). */
export interface PreparedCell {
  value: string | number | Date | null;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel dates carry no time zone: exceljs writes a Date's UTC fields. So an instant is moved by
 * Shanghai's fixed offset (UTC+8 all year, no DST since 1991) and its UTC fields are then the
 * Beijing wall clock — whatever the time zone of the server that writes or the PC that opens it.
 */
function shanghaiWallClock(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + SHANGHAI_OFFSET_MS) : null;
}

function civilDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function wallClockText(d: Date, withTime: boolean): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}

/** One value as its column's kind writes it; a value that is not what the kind expects is written as text, never dropped. */
export function prepareCell(kind: LedgerCellKind, value: LedgerValue): PreparedCell {
  if (value === null || value === undefined || value === '') return { value: null, text: '' };
  if (kind === 'datetime' || kind === 'date') {
    const date = typeof value === 'string' ? (kind === 'date' ? civilDate(value) : shanghaiWallClock(value)) : null;
    if (date) return { value: date, text: wallClockText(date, kind === 'datetime') };
  }
  if ((kind === 'integer' || kind === 'number') && typeof value === 'number' && Number.isFinite(value)) return { value, text: String(value) };
  const text = String(value);
  return { value: text, text };
}
