export * from './ledger-sheet.types.js';
export { columnWidth, displayWidth, DEFAULT_MAX_WIDTH } from './cell-width.js';
export { DATE_FORMAT, DATETIME_FORMAT, prepareCell } from './shanghai-cell.js';
export * from './ledger-workbook.writer.js';
export * from './work-item-ledger.sheet.js';
export * from './monthly-report.sheet.js';
