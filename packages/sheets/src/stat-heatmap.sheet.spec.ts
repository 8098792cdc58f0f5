import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from './ledger-workbook.writer.js';
import { names, readBook, rowValues } from './sheet-readback.fixture.js';
import { heatmapParts, type HeatmapCell } from './stat-heatmap.sheet.js';

const dir = mkdtempSync(join(tmpdir(), 'stat-heatmap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the heat map as two matrices', () => {
  it('writes category rows × department columns, registered then overdue, with row and column totals', async () => {
    const cells: HeatmapCell[] = [
      { category: 'utilities', departmentId: 'd1', registered: 4, overdue: 1 },
      { category: 'utilities', departmentId: null, registered: 9, overdue: 0 },
      { category: 'hiring', departmentId: 'd2', registered: 2, overdue: 2 },
      { category: 'hiring', departmentId: 'd1', registered: 1, overdue: 0 },
    ];
    const file = join(dir, 'heatmap.xlsx');
    expect((await writeWorkbook(heatmapParts(cells, names), file)).rows).toEqual([3, 3]);
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['登记数', '其中超期']);
    const [registered, overdue] = book.worksheets as [typeof book.worksheets[0], typeof book.worksheets[0]];
    // The busiest department first, the unassigned last whatever its count; categories in the catalog's order (招工用工 before 水电气汽).
    expect(rowValues(registered, 1)).toEqual(['问题类别', '公用事业服务中心', '人力资源和社会保障局', '未交办', '合计']);
    expect(rowValues(registered, 2)).toEqual(['招工用工', 1, 2, 0, 3]);
    expect(rowValues(registered, 3)).toEqual(['水电气汽', 4, 0, 9, 13]);
    expect(rowValues(registered, 4)).toEqual(['合计', 5, 2, 9, 16]);
    expect(rowValues(overdue, 1)).toEqual(rowValues(registered, 1));
    expect(rowValues(overdue, 2)).toEqual(['招工用工', 0, 2, 0, 2]);
    expect(rowValues(overdue, 4)).toEqual(['合计', 1, 2, 0, 3]);
    for (const sheet of [registered, overdue]) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // 人力资源和社会保障局: ten CJK characters, 20 + 2.
    expect(registered.getColumn(3).width).toBe(22);
  });

  it('writes an empty period as the headers and a zero total', async () => {
    const file = join(dir, 'empty.xlsx');
    await writeWorkbook(heatmapParts([], names), file);
    const sheet = (await readBook(file)).worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(rowValues(sheet, 1)).toEqual(['问题类别', '合计']);
    expect(rowValues(sheet, 2)).toEqual(['合计', 0]);
  });
});
