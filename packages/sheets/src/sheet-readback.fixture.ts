import type { StatFigures } from '@parkflow/domain';
import ExcelJS from 'exceljs';
import type { StatNames } from './stat-key-name.js';

/*
 * Shared by the sheets' specs (not exported from the package): figures to write, names to look
 * up, and a workbook read back from a file with exceljs.
 */

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });

export function figures(registered: number, overrides: Partial<StatFigures> = {}): StatFigures {
  return {
    registered,
    repeated: 0,
    repeatRate: registered === 0 ? null : 0,
    response: rate(registered, registered),
    resolution: rate(1, 2),
    satisfaction: { ...rate(0, 0), unrated: 1 },
    overdue: 1,
    extended: 0,
    returned: 2,
    handling: { closed: 2, averageDays: 3.25, p90Days: 4.5 },
    overdueNow: 3,
    ...overrides,
  };
}

export const DEPARTMENTS: Record<string, string> = { d1: '公用事业服务中心', d2: '人力资源和社会保障局' };

export const names: StatNames = {
  department: (id) => (id ? (DEPARTMENTS[id] ?? null) : null),
  user: (id) => (id === 'u1' ? '王承办' : id),
  kind: (id) => (id === 'petition' ? { zh: '信访件', en: 'Petition' } : undefined),
};

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** A row's values, without exceljs's leading hole. */
export const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => {
  const values = sheet.getRow(row).values as unknown[];
  return Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null);
};
