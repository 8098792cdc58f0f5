import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { inMemoryPages } from './ledger-sheet.types.js';
import { writeLedger } from './ledger-workbook.writer.js';
import { monthlyByDepartmentSheet, monthlyRegisteredSheet, rateText, type MonthlyReportRow } from './monthly-report.sheet.js';

const dir = mkdtempSync(join(tmpdir(), 'monthly-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });

describe('the monthly report sheet', () => {
  it('writes a rate as a percentage with its counts, and no data as such, never 0', () => {
    expect(rateText(rate(19, 20))).toBe('95.0% (19/20)');
    expect(rateText(rate(2, 3))).toBe('66.7% (2/3)');
    expect(rateText(rate(0, 0))).toBe('暂无数据');
    expect(rateText(rate(0, 0), 'en')).toBe('no data');
  });

  it('round-trips: Chinese headers, one row per department and the total, counts as numbers', async () => {
    const rows: MonthlyReportRow[] = [
      { name: '公用事业服务中心', month: 3, monthLastYear: 1, yearToDate: 10, yearToDateLastYear: 8, response: rate(3, 3), resolution: rate(1, 2), satisfaction: rate(0, 0) },
      { name: '合计', month: 3, monthLastYear: 1, yearToDate: 10, yearToDateLastYear: 8, response: rate(3, 3), resolution: rate(1, 2), satisfaction: rate(0, 0) },
    ];
    const file = join(dir, 'report.xlsx');
    expect((await writeLedger(monthlyByDepartmentSheet(), inMemoryPages(rows), file)).rows).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('按部门');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['承办部门', '本月登记', '去年同月', '本年累计', '去年同期累计', '响应率', '按期办结率', '满意率']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('G2').value).toBe('50.0% (1/2)');
    expect(sheet.getCell('H3').value).toBe('暂无数据');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('titles the by-channel and by-category sheets by their dimension, in either language', () => {
    expect(monthlyRegisteredSheet('channel').name).toBe('按渠道');
    expect(monthlyRegisteredSheet('category', 'en').name).toBe('By category');
    expect(monthlyRegisteredSheet('category').columns.map((c) => c.header.zh)).toEqual(['问题类别', '本月登记', '去年同月', '本年累计', '去年同期累计']);
  });
});
