import { CATEGORIES, CHANNELS, shanghaiDate, STAT_GROUPINGS, type DayPeriod, type StatFigures } from '@parkflow/domain';
import { rateText } from '@parkflow/sheets';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * The dashboard's tables and the monthly report as .xlsx, over the demo park on PostgreSQL +
 * Redis: each workbook opens, and its rows are the JSON report's rows for the same query (same
 * scope, same order, the total last); the same bad requests are the same 4xx.
 */
describe('statistics as .xlsx over HTTP', () => {
  let running: RunningStack;
  const as: Record<string, ApiClient> = {};
  const today = shanghaiDate(new Date());
  const YEAR: DayPeriod = { from: shanghaiDate(new Date(Date.now() - 365 * 86_400_000)), to: today };
  const period = `from=${YEAR.from}&to=${YEAR.to}`;
  let departmentName: (id: string | null) => string;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'head']) as[u] = await anonymous.as(u);
    const departments = (await as.dispatcher!.get('/departments')).body as { id: string; name: string }[];
    departmentName = (id) => (id === null ? '未交办' : departments.find((d) => d.id === id)!.name);
  }, 180_000);

  afterAll(async () => {
    await running?.stop();
  });

  const json = async (client: ApiClient, path: string) => {
    const res = await client.get(path);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as any;
  };

  /** Downloads a workbook as the browser does (a plain GET with the session) and opens it. */
  async function workbook(client: ApiClient, path: string): Promise<{ book: ExcelJS.Workbook; filename: string }> {
    const res = await fetch(`${running.url}/api${path}`, { headers: { authorization: `Bearer ${(client as unknown as { token: string }).token}` } });
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const disposition = res.headers.get('content-disposition') ?? '';
    const filename = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    for (const sheet of book.worksheets) expect(sheet.views[0], `${path} ${sheet.name}`).toMatchObject({ state: 'frozen', ySplit: 1 });
    return { book, filename };
  }

  const cells = (sheet: ExcelJS.Worksheet, row: number) => Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);

  /** A figures line as the sheet must hold it: the counts as numbers, the rates as text, blanks where the JSON has null. */
  const figureCells = (f: StatFigures) => [
    f.registered,
    rateText(f.response),
    rateText(f.resolution),
    rateText(f.satisfaction),
    f.satisfaction.unrated,
    f.overdue,
    f.extended,
    f.returned,
    f.handling.closed,
    f.handling.averageDays,
    f.handling.p90Days,
    f.repeated,
    rateText({ numerator: f.repeated, denominator: f.registered, rate: f.repeatRate }),
    f.overdueNow,
  ];

  it('writes the figures table of every grouping with exactly the JSON rows, by name, the total last', async () => {
    const named: Partial<Record<string, (key: string | null) => string>> = {
      department: departmentName,
      category: (k) => CATEGORIES[k as keyof typeof CATEGORIES].zh,
      channel: (k) => CHANNELS[k as keyof typeof CHANNELS].zh,
      month: (k) => k!,
    };
    for (const groupBy of STAT_GROUPINGS) {
      const query = `/stats/figures?${period}&groupBy=${groupBy}`;
      const body = await json(as.dispatcher!, query);
      const { book, filename } = await workbook(as.dispatcher!, query.replace('/stats/figures?', '/stats/figures/xlsx?'));
      expect(book.worksheets, groupBy).toHaveLength(1);
      const sheet = book.worksheets[0]!;
      expect(filename).toBe(`统计-${sheet.name}-${YEAR.from}至${YEAR.to}.xlsx`);
      expect(cells(sheet, 1).slice(1, 5), groupBy).toEqual(['登记数', '响应率', '按期办结率', '满意率']);
      const rows = groupBy === 'total' ? [] : (body.rows as { key: string | null; figures: StatFigures }[]);
      expect(sheet.rowCount, groupBy).toBe(rows.length + 2);
      if (groupBy !== 'total') expect(rows.length, groupBy).toBeGreaterThan(0);
      rows.forEach((row, i) => {
        expect(cells(sheet, i + 2).slice(1), `${groupBy} ${row.key}`).toEqual(figureCells(row.figures));
        const name = named[groupBy];
        if (name) expect(cells(sheet, i + 2)[0], `${groupBy} ${row.key}`).toBe(name(row.key));
      });
      expect(cells(sheet, rows.length + 2), groupBy).toEqual(['合计', ...figureCells(body.total)]);
    }
  });

  it('writes the heat map as category × department matrices equal to the JSON cells', async () => {
    const body = await json(as.dispatcher!, `/stats/heatmap?${period}`);
    const cellsOf = body.cells as { category: string; departmentId: string | null; registered: number; overdue: number }[];
    expect(cellsOf.length).toBeGreaterThan(1);
    const { book } = await workbook(as.dispatcher!, `/stats/heatmap/xlsx?${period}`);
    expect(book.worksheets.map((w) => w.name)).toEqual(['登记数', '其中超期']);
    for (const [sheet, measure] of [[book.worksheets[0]!, 'registered'], [book.worksheets[1]!, 'overdue']] as const) {
      const header = cells(sheet, 1) as string[];
      const categories = new Set(cellsOf.map((c) => c.category));
      const departments = new Set(cellsOf.map((c) => c.departmentId));
      expect(header).toHaveLength(departments.size + 2);
      expect(sheet.rowCount).toBe(categories.size + 2);
      const rowOf = new Map(Array.from({ length: categories.size }, (_, i) => [cells(sheet, i + 2)[0], i + 2]));
      // Every cell of the matrix, zeros included, is the JSON's count (or 0 where the JSON has none).
      for (const category of categories) {
        for (const departmentId of departments) {
          const want = cellsOf.find((c) => c.category === category && c.departmentId === departmentId)?.[measure] ?? 0;
          const got = cells(sheet, rowOf.get(CATEGORIES[category as keyof typeof CATEGORIES].zh)!)[header.indexOf(departmentName(departmentId))];
          expect(got, `${measure} ${category} ${departmentId}`).toBe(want);
        }
      }
      expect(cells(sheet, sheet.rowCount).at(-1)).toBe(cellsOf.reduce((n, c) => n + c[measure], 0));
    }
  });

  it('writes the whole monthly report, a sheet per table, equal to the JSON report', async () => {
    const month = today.slice(0, 7);
    for (const kind of ['petition', 'appeal']) {
      const report = await json(as.dispatcher!, `/stats/monthly?month=${month}&kind=${kind}`);
      const { book, filename } = await workbook(as.dispatcher!, `/stats/monthly/xlsx?month=${month}&kind=${kind}`);
      expect(filename).toBe(`信访月报-${kind === 'petition' ? '信访件' : '企业诉求'}-${month}.xlsx`);
      expect(book.worksheets.map((w) => w.name)).toEqual(['总体情况', '按渠道', '按类别', '按部门', '逾期件']);
      const [overview, channels, categories, departments, overdue] = book.worksheets as ExcelJS.Worksheet[];
      const periods = ['month', 'monthLastYear', 'yearToDate', 'yearToDateLastYear'] as const;
      expect(cells(overview!, 1)[1]).toBe(`本月 ${report.periods.month.from}~${report.periods.month.to}`);
      expect(cells(overview!, 2)).toEqual(['登记数', ...periods.map((p) => report.figures[p].registered)]);
      expect(cells(overview!, 4)).toEqual(['按期办结率', ...periods.map((p) => rateText(report.figures[p].resolution))]);
      const counts = (r: Record<(typeof periods)[number], number>) => periods.map((p) => r[p]);
      const table = (sheet: ExcelJS.Worksheet, rows: { key: string | null }[], name: (k: string | null) => string) => {
        expect(sheet.rowCount, sheet.name).toBe(rows.length + 2);
        rows.forEach((row, i) => expect(cells(sheet, i + 2).slice(0, 5), `${sheet.name} ${row.key}`).toEqual([name(row.key), ...counts(row as never)]));
        expect(cells(sheet, rows.length + 2).slice(0, 5)).toEqual(['合计', ...periods.map((p) => report.figures[p].registered)]);
      };
      table(channels!, report.byChannel, (k) => CHANNELS[k as keyof typeof CHANNELS].zh);
      table(categories!, report.byCategory, (k) => CATEGORIES[k as keyof typeof CATEGORIES].zh);
      table(departments!, report.byDepartment, departmentName);
      report.byDepartment.forEach((row: { response: never; satisfaction: never }, i: number) => {
        expect(cells(departments!, i + 2)[5]).toBe(rateText(row.response));
        expect(cells(departments!, i + 2)[7]).toBe(rateText(row.satisfaction));
      });
      const listed = report.overdueItems as { code: string; title: string; departmentId: string | null }[];
      expect(overdue!.rowCount, kind).toBe(listed.length + 1 + (report.overdueItemsTotal > listed.length ? 1 : 0));
      listed.forEach((item, i) => expect(cells(overdue!, i + 2).slice(0, 3)).toEqual([item.code, item.title, departmentName(item.departmentId)]));
    }
    // The demo park has overdue items this month or now: the list is not an empty sheet passing for a test.
    expect((await json(as.dispatcher!, `/stats/monthly?month=${month}&kind=appeal`)).overdueItemsTotal + (await json(as.dispatcher!, `/stats/monthly?month=${month}`)).overdueItemsTotal).toBeGreaterThan(0);
  });

  it('gives a head their own department only', async () => {
    const me = await json(as.head!, '/me');
    const body = await json(as.head!, `/stats/figures?${period}&groupBy=department`);
    const { book } = await workbook(as.head!, `/stats/figures/xlsx?${period}&groupBy=department`);
    const sheet = book.worksheets[0]!;
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual([me.departmentId]);
    expect(sheet.rowCount).toBe(3);
    expect(cells(sheet, 2)).toEqual([departmentName(me.departmentId), ...figureCells(body.rows[0].figures)]);
    const { book: report } = await workbook(as.head!, `/stats/monthly/xlsx?month=${today.slice(0, 7)}`);
    const byDepartment = report.getWorksheet('按部门')!;
    for (let row = 2; row < byDepartment.rowCount; row++) expect(cells(byDepartment, row)[0]).toBe(departmentName(me.departmentId));
  });

  it('refuses what the JSON reports refuse, with the same 4xx and a JSON body, never a broken file', async () => {
    const departments = (await as.dispatcher!.get('/departments')).body as { id: string }[];
    const me = await json(as.head!, '/me');
    const other = departments.find((d) => d.id !== me.departmentId)!.id;
    const refused = async (client: ApiClient, path: string, status: number, field?: string) => {
      const res = await client.get(path);
      expect(res.status, path).toBe(status);
      expect(typeof res.body, path).toBe('object');
      if (field) expect(Object.keys(res.body.fields ?? {}), path).toContain(field);
      const twin = await client.get(path.replace('/xlsx', ''));
      expect(twin.status, `${path} as JSON`).toBe(status);
    };
    await refused(as.dispatcher!, '/stats/figures/xlsx?groupBy=weather', 400, 'groupBy');
    await refused(as.dispatcher!, '/stats/figures/xlsx?from=2026-03-02&to=2026-03-01', 400, 'to');
    await refused(as.dispatcher!, '/stats/figures/xlsx?from=2020-01-01&to=2026-12-31', 400, 'to');
    await refused(as.dispatcher!, '/stats/heatmap/xlsx?from=2026-03-02&to=2026-03-01', 400, 'to');
    await refused(as.dispatcher!, '/stats/heatmap/xlsx?from=2026-02-30', 400, 'from');
    await refused(as.dispatcher!, '/stats/monthly/xlsx?month=2026-13', 400, 'month');
    for (const report of ['figures', 'heatmap', 'monthly']) {
      await refused(as.head!, `/stats/${report}/xlsx?departmentId=${other}`, 403);
      await refused(as.handler!, `/stats/${report}/xlsx`, 403);
    }
    expect((await new ApiClient(running.url).get('/stats/heatmap/xlsx')).status).toBe(401);
  });
});
