import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inMemoryPages } from './ledger-sheet.types.js';
import { writeLedger } from './ledger-workbook.writer.js';
import { figures, names, readBook, rowValues } from './sheet-readback.fixture.js';
import { statFiguresLines, statFiguresSheet, type StatFiguresTable } from './stat-figures.sheet.js';

const dir = mkdtempSync(join(tmpdir(), 'stat-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = ['登记数', '响应率', '按期办结率', '满意率', '未评价', '超期数', '延期数', '退回数', '办结数', '平均办理用时（工作日）', '办理用时P90（工作日）', '重复件', '重复率', '当前超期'];

async function roundTrip(table: StatFiguresTable, file: string) {
  const lines = statFiguresLines(table, names);
  await writeLedger(statFiguresSheet(table.groupBy), inMemoryPages(lines), join(dir, file));
  return (await readBook(join(dir, file))).worksheets[0]!;
}

describe('the figures table as a sheet', () => {
  it('writes a row per department by its name, unassigned items named as such, the total last', async () => {
    const table: StatFiguresTable = {
      groupBy: 'department',
      total: figures(7),
      rows: [
        { key: 'd1', figures: figures(5) },
        { key: null, figures: figures(2, { handling: { closed: 0, averageDays: null, p90Days: null } }) },
      ],
    };
    const sheet = await roundTrip(table, 'department.xlsx');
    expect(sheet.name).toBe('按部门');
    expect(rowValues(sheet, 1)).toEqual(['承办部门', ...HEADERS]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    expect(rowValues(sheet, 2)).toEqual(['公用事业服务中心', 5, '100.0% (5/5)', '50.0% (1/2)', '暂无数据', 1, 1, 0, 2, 2, 3.25, 4.5, 0, '0.0% (0/5)', 3]);
    // Nothing closed: no handling time, a blank cell rather than a 0 days.
    expect(rowValues(sheet, 3).slice(0, 2)).toEqual(['未交办', 2]);
    expect(rowValues(sheet, 3).slice(10, 12)).toEqual([null, null]);
    expect(rowValues(sheet, 4).slice(0, 2)).toEqual(['合计', 7]);
    // 平均办理用时（工作日）: eleven CJK characters and two fullwidth brackets, 22 + 2.
    expect(sheet.getColumn(11).width).toBe(24);
  });

  it('names months, kinds, channels, categories and handlers; leaves overdue-now blank in a month row', async () => {
    const month = await roundTrip({ groupBy: 'month', total: figures(3), rows: [{ key: '2026-01', figures: figures(3, { overdueNow: null }) }] }, 'month.xlsx');
    expect(month.name).toBe('按月');
    expect(rowValues(month, 2)[0]).toBe('2026-01');
    expect(rowValues(month, 2)[14]).toBeNull();
    expect(rowValues(month, 3)[14]).toBe(3);
    const line = (groupBy: StatFiguresTable['groupBy'], key: string | null) => statFiguresLines({ groupBy, total: figures(1), rows: [{ key, figures: figures(1) }] }, names)[0]!.name;
    expect(line('kind', 'petition')).toBe('信访件');
    expect(line('channel', 'letter')).toBe('来信');
    expect(line('category', 'utilities')).toBe('水电气汽');
    expect(line('handler', 'u1')).toBe('王承办');
    expect(line('handler', null)).toBe('未指定承办人');
    // An id the catalog does not know is shown as it is, not dropped.
    expect(line('category', 'retired_code')).toBe('retired_code');
  });

  it('writes the total grouping as its one line, in English when asked', async () => {
    const table: StatFiguresTable = { groupBy: 'total', total: figures(4), rows: [{ key: 'total', figures: figures(4) }] };
    expect(statFiguresLines(table, names).map((l) => l.name)).toEqual(['合计']);
    const file = join(dir, 'en.xlsx');
    await writeLedger(statFiguresSheet('total', 'en'), inMemoryPages(statFiguresLines(table, names, 'en')), file, { language: 'en' });
    const sheet = (await readBook(file)).worksheets[0]!;
    expect(sheet.name).toBe('Total');
    expect(rowValues(sheet, 1).slice(0, 3)).toEqual(['Scope', 'Registered', 'Response rate']);
    expect(rowValues(sheet, 2).slice(0, 5)).toEqual(['Total', 4, '100.0% (4/4)', '50.0% (1/2)', 'no data']);
  });
});
