import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from './ledger-workbook.writer.js';
import { monthlyReportParts, type MonthlyReportInput } from './monthly-report.workbook.js';
import { figures, names, readBook, rowValues } from './sheet-readback.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'monthly-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });
const counts = (key: string | null, month: number, monthLastYear: number, yearToDate: number, yearToDateLastYear: number) => ({ key, month, monthLastYear, yearToDate, yearToDateLastYear });

const report: MonthlyReportInput = {
  month: '2026-03',
  // 2026-03-20 10:00 in Beijing.
  asOf: '2026-03-20T02:00:00.000Z',
  periods: {
    month: { from: '2026-03-01', to: '2026-03-31' },
    yearToDate: { from: '2026-01-01', to: '2026-03-31' },
    monthLastYear: { from: '2025-03-01', to: '2025-03-31' },
    yearToDateLastYear: { from: '2025-01-01', to: '2025-03-31' },
  },
  figures: { month: figures(5), yearToDate: figures(12), monthLastYear: figures(4, { overdueNow: 3 }), yearToDateLastYear: figures(9) },
  byChannel: [counts('letter', 3, 2, 8, 6), counts('visit', 2, 2, 4, 3)],
  byCategory: [counts('utilities', 5, 4, 12, 9)],
  byDepartment: [
    { ...counts('d1', 4, 3, 10, 7), response: rate(4, 4), resolution: rate(1, 2), satisfaction: rate(0, 0) },
    { ...counts(null, 1, 1, 2, 2), response: rate(0, 0), resolution: rate(0, 0), satisfaction: rate(0, 0) },
  ],
  overdueItems: [
    // Due 2026-03-17 09:00 Beijing, open: 3 days and an hour late → 4.
    { code: 'XF-20260301-0001', title: '供水管网老化', departmentId: 'd1', stage: 'handle', overdueOn: '2026-03-17', runningDueAt: '2026-03-17T01:00:00.000Z', closed: false },
    { code: 'XF-20260302-0002', title: '停电', departmentId: null, stage: 'close', overdueOn: '2026-03-05', runningDueAt: null, closed: true },
  ],
  overdueItemsTotal: 230,
};

describe('the monthly report as a workbook', () => {
  it('writes the whole report, a sheet per table, each with its header frozen and its total', async () => {
    const file = join(dir, 'report.xlsx');
    const written = await writeWorkbook(monthlyReportParts(report, names), file);
    expect(written.rows).toEqual([15, 3, 2, 3, 3]);
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['总体情况', '按渠道', '按类别', '按部门', '逾期件']);
    for (const sheet of book.worksheets) expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const sheet of book.worksheets) expect(sheet.rowCount, sheet.name).toBe(written.rows[book.worksheets.indexOf(sheet)]! + 1);

    const overview = book.getWorksheet('总体情况')!;
    expect(rowValues(overview, 1)).toEqual(['指标', '本月 2026-03-01~2026-03-31', '去年同月 2025-03-01~2025-03-31', '本年累计 2026-01-01~2026-03-31', '去年同期累计 2025-01-01~2025-03-31']);
    expect(rowValues(overview, 2)).toEqual(['登记数', 5, 4, 12, 9]);
    expect(rowValues(overview, 3)).toEqual(['响应率', '100.0% (5/5)', '100.0% (4/4)', '100.0% (12/12)', '100.0% (9/9)']);
    expect(rowValues(overview, 5)[1]).toBe('暂无数据');
    expect(rowValues(overview, 11)).toEqual(['平均办理用时（工作日）', 3.25, 3.25, 3.25, 3.25]);
    expect(rowValues(overview, 13)).toEqual(['重复件', 0, 0, 0, 0]);
    // Overdue now is a state of the moment: the month's column alone, with the moment in Beijing time.
    expect(rowValues(overview, 15)).toEqual(['当前超期（截至 2026-03-20 10:00）', 3, null, null, null]);
    expect(rowValues(overview, 16)).toEqual(['逾期件（本月超期或当前超期）', 230, null, null, null]);

    const channels = book.getWorksheet('按渠道')!;
    expect(rowValues(channels, 1)).toEqual(['来源渠道', '本月登记', '去年同月', '本年累计', '去年同期累计']);
    expect(rowValues(channels, 2)).toEqual(['来信', 3, 2, 8, 6]);
    expect(rowValues(channels, 3)).toEqual(['来访', 2, 2, 4, 3]);
    expect(rowValues(channels, 4)).toEqual(['合计', 5, 4, 12, 9]);
    expect(rowValues(book.getWorksheet('按类别')!, 2)).toEqual(['水电气汽', 5, 4, 12, 9]);

    const departments = book.getWorksheet('按部门')!;
    expect(rowValues(departments, 2)).toEqual(['公用事业服务中心', 4, 3, 10, 7, '100.0% (4/4)', '50.0% (1/2)', '暂无数据']);
    expect(rowValues(departments, 3)[0]).toBe('未交办');
    expect(rowValues(departments, 4)).toEqual(['合计', 5, 4, 12, 9, '100.0% (5/5)', '50.0% (1/2)', '暂无数据']);

    const overdue = book.getWorksheet('逾期件')!;
    expect(rowValues(overdue, 1)).toEqual(['编号', '标题', '承办部门', '阶段', '首次超期日期', '当前期限', '已超期天数', '办结情况']);
    const first = rowValues(overdue, 2);
    expect(first.slice(0, 4)).toEqual(['XF-20260301-0001', '供水管网老化', '公用事业服务中心', '办理']);
    expect((first[4] as Date).toISOString()).toBe('2026-03-17T00:00:00.000Z');
    expect((first[5] as Date).toISOString()).toBe('2026-03-17T09:00:00.000Z');
    expect(first.slice(6)).toEqual([4, '在办']);
    expect(rowValues(overdue, 3)).toEqual(['XF-20260302-0002', '停电', '未交办', '办结', expect.any(Date), null, null, '已办结']);
    // The report lists 2 of 230: the sheet says so rather than pass for the whole list.
    expect(rowValues(overdue, 4)).toEqual([null, '共 230 件，本表列出 2 件', null, null, null, null, null, null]);
  });

  it('adds no note when every overdue item is listed, and writes English when asked', async () => {
    const file = join(dir, 'en.xlsx');
    const written = await writeWorkbook(monthlyReportParts({ ...report, overdueItemsTotal: 2 }, names, 'en'), file, { language: 'en' });
    expect(written.rows[4]).toBe(2);
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Overview', 'By channel', 'By category', 'By department', 'Overdue items']);
    expect(rowValues(book.worksheets[1]!, 2)[0]).toBe('Letter');
    expect(rowValues(book.worksheets[0]!, 15)[0]).toBe('Overdue now (as of 2026-03-20 10:00)');
  });
});
