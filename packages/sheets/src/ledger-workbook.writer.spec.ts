import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { inMemoryPages, type LedgerSheet } from './ledger-sheet.types.js';
import { workbookPart, writeLedger, writeWorkbook } from './ledger-workbook.writer.js';

interface Row {
  code: string;
  title: string;
  count: number | null;
  at: string | null;
  on: string | null;
}

const sheet: LedgerSheet<Row> = {
  name: '事项台账',
  columns: [
    { key: 'code', header: { zh: '编号', en: 'Code' }, value: (r) => r.code },
    { key: 'title', header: { zh: '标题', en: 'Title' }, maxWidth: 30, value: (r) => r.title },
    { key: 'count', header: { zh: '次数', en: 'Count' }, kind: 'integer', value: (r) => r.count },
    { key: 'at', header: { zh: '登记时间', en: 'Registered' }, kind: 'datetime', value: (r) => r.at },
    { key: 'on', header: { zh: '收到日期', en: 'Received' }, kind: 'date', value: (r) => r.on },
  ],
};

const rows: Row[] = Array.from({ length: 2_345 }, (_, i) => ({
  code: `XF-20260302-${String(i + 1).padStart(4, '0')}`,
  title: i === 7 ? '关于园区供水管网老化导致多家企业停产的反映，请尽快协调处理并答复企业'.repeat(2) : `供水问题 ${i}`,
  count: i % 3 === 0 ? null : i,
  // 2026-03-02 16:30 UTC is 2026-03-03 00:30 in Beijing: the date itself moves.
  at: i === 0 ? '2026-03-02T16:30:00.000Z' : '2026-03-02T01:05:00.000Z',
  on: i === 0 ? '2026-03-01' : null,
}));

const dir = mkdtempSync(join(tmpdir(), 'parkflow-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeLedger, read back with exceljs', () => {
  it('writes Chinese headers, every row, a frozen header row, widths that fit, and Beijing times', async () => {
    const file = join(dir, 'ledger.xlsx');
    const pages: number[] = [];
    const result = await writeLedger(sheet, inMemoryPages(rows, 1000), file, { onPage: (n) => void pages.push(n) });
    expect(result.rows).toBe(2_345);
    expect(pages).toEqual([1000, 2000, 2345]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet('事项台账')!;
    expect(ws.rowCount).toBe(2_346);
    expect(ws.getRow(1).values).toEqual([undefined, '编号', '标题', '次数', '登记时间', '收到日期']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:E1');

    // 编号: 16 characters + 2; 标题: the long title, capped at 30; 次数: 4 wide either way, the floor of 6;
    // 登记时间: 'YYYY-MM-DD HH:mm' (16) + 2; 收到日期: the date (10) + 2, wider than its header (8).
    expect(ws.columns.map((c) => c.width)).toEqual([18, 30, 6, 18, 12]);

    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe('XF-20260302-0001');
    expect(first.getCell(3).value).toBeNull();
    const at = first.getCell(4).value as Date;
    expect(at).toBeInstanceOf(Date);
    // Excel keeps the wall clock: its "UTC" fields are Beijing time.
    expect(at.toISOString()).toBe('2026-03-03T00:30:00.000Z');
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect((first.getCell(5).value as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(first.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getRow(3).getCell(3).value).toBe(1);
    expect(ws.getRow(9).getCell(2).value).toBe(rows[7]!.title);
    expect(ws.getRow(2_346).getCell(1).value).toBe('XF-20260302-2345');
  });

  it('writes an empty ledger as its header alone, widths from the headers', async () => {
    const file = join(dir, 'empty.xlsx');
    expect((await writeLedger(sheet, inMemoryPages([]), file)).rows).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.worksheets[0]!;
    expect(ws.rowCount).toBe(1);
    expect(ws.columns.map((c) => c.width)).toEqual([6, 6, 6, 10, 10]);
  });

  it('writes the headers in English when asked', async () => {
    const file = join(dir, 'en.xlsx');
    await writeLedger(sheet, inMemoryPages(rows.slice(0, 1)), file, { language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Code', 'Title', 'Count', 'Registered', 'Received']);
  });
});

describe('writeWorkbook, several sheets in one file', () => {
  interface Count {
    name: string;
    n: number;
  }
  const counts: LedgerSheet<Count> = {
    name: '按渠道',
    columns: [
      { key: 'name', header: { zh: '来源渠道', en: 'Channel' }, value: (r) => r.name },
      { key: 'n', header: { zh: '本月登记', en: 'This month' }, kind: 'integer', value: (r) => r.n },
    ],
  };

  it('writes each sheet in order, each with its own frozen header, autofilter and widths', async () => {
    const file = join(dir, 'book.xlsx');
    const seen: [number, number][] = [];
    const result = await writeWorkbook(
      [workbookPart(sheet, inMemoryPages(rows.slice(0, 3))), workbookPart(counts, inMemoryPages([{ name: '企业座谈会', n: 4 }, { name: '来信', n: 12_345 }]))],
      file,
      { onPage: (n, i) => void seen.push([i, n]) },
    );
    expect(result.rows).toEqual([3, 2]);
    expect(seen).toEqual([[0, 3], [1, 2]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['事项台账', '按渠道']);
    const second = book.getWorksheet('按渠道')!;
    expect(second.getRow(1).values).toEqual([undefined, '来源渠道', '本月登记']);
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(second.autoFilter).toBe('A1:B1');
    // 企业座谈会: five CJK characters (10) + 2; 本月登记 (8) + 2 is wider than 12345.
    expect(second.columns.map((c) => c.width)).toEqual([12, 10]);
    expect(second.getCell('B3').value).toBe(12_345);
    expect(book.worksheets[0]!.rowCount).toBe(4);
    expect(result.widths[1]).toEqual([12, 10]);
  });

  it('refuses two sheets of one name before writing anything', async () => {
    await expect(writeWorkbook([workbookPart(counts, inMemoryPages([])), workbookPart(counts, inMemoryPages([]))], join(dir, 'twice.xlsx'))).rejects.toThrow('Two sheets are named "按渠道"');
  });
});
