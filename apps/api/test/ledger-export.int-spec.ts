import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack, type StackMode } from './support/stack-fixture.js';

const HEADERS = ['编号', '类型', '标题', '紧急程度', '来源渠道', '问题类别', '涉及企业', '信访人', '承办部门', '承办人', '包案领导', '阶段', '状态', '时限状态', '办理期限', '法定期限', '登记时间', '办结时间'];

/** Asks for an export and waits until the worker has written it. */
async function exportLedger(client: ApiClient, filters: Record<string, unknown>): Promise<{ id: string; body: any }> {
  const asked = await client.post('/exports', { ledger: 'work_items', filters });
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  expect(asked.body).toMatchObject({ status: 'queued', rowsWritten: 0 });
  const id: string = asked.body.id;
  const body = await eventually(async () => {
    const r = await client.get(`/exports/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.status).not.toBe('failed');
    return r.body.status === 'done' ? r.body : null;
  }, 60_000, `export ${id} done`);
  return { id, body };
}

async function download(client: ApiClient, id: string): Promise<Response> {
  return fetch(`${client.baseUrl}/api/exports/${id}/file`, { headers: { authorization: `Bearer ${(client as unknown as { token: string }).token}` } });
}

async function readSheet(res: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0]!;
}

describe.each<StackMode>(['postgres+redis', 'postgres+pg-queues', 'embedded'])('ledger export through the API and the worker (%s)', (mode) => {
  let running: RunningStack;
  let dispatcher: ApiClient;
  let leader: ApiClient;
  let handler: ApiClient;

  beforeAll(async () => {
    running = await startTestStack(mode, { PARKFLOW_EXPORT_SWEEP_MS: '1000' });
    const anonymous = new ApiClient(running.url);
    [dispatcher, leader, handler] = await Promise.all([anonymous.as('dispatcher'), anonymous.as('leader'), anonymous.as('handler')]);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('exports exactly the rows of the queue, in its order, with Chinese headers, a frozen header and Beijing times', async () => {
    const list = await dispatcher.get('/work-items?view=all&pageSize=100');
    expect(list.body.total).toBeGreaterThan(3);
    const { id, body } = await exportLedger(dispatcher, { view: 'all' });
    expect(body).toMatchObject({ rowsTotal: list.body.total, rowsWritten: list.body.total, fileName: expect.stringMatching(/^事项台账-全部-\d{8}-\d{4}\.xlsx$/) });

    const res = await download(dispatcher, id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(body.fileName)}`);
    const sheet = await readSheet(res);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.rowCount).toBe(list.body.total + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.columns.every((c) => (c.width ?? 0) >= 6 && (c.width ?? 0) <= 50)).toBe(true);
    const codes = Array.from({ length: list.body.items.length }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(codes).toEqual(list.body.items.map((item: { code: string }) => item.code));
    const first = list.body.items[0];
    const registered = sheet.getRow(2).getCell(17).value as Date;
    // Beijing wall clock in the cell (an Excel date keeps no zone), to the second.
    expect(Math.abs(registered.getTime() - (Date.parse(first.createdAt) + 8 * 3600_000))).toBeLessThan(1000);
    expect(sheet.getRow(2).getCell(3).value).toBe(first.title);
  });

  it('holds what the owner may see in the view asked for, with its filters', async () => {
    // The worker may still be routing the demo (a routed item enters the leader's departments):
    // compare only an export whose queue stood still from before it was asked until after it was written.
    const list = () => leader.get('/work-items?view=all&sort=due_at&order=asc&pageSize=100');
    for (let attempt = 0; ; attempt++) {
      const mine = await list();
      const { id } = await exportLedger(leader, { view: 'all', sort: 'due_at', order: 'asc' });
      const sheet = await readSheet(await download(leader, id));
      const after = await list();
      if (JSON.stringify(after.body.items.map((i: { code: string }) => i.code)) !== JSON.stringify(mine.body.items.map((i: { code: string }) => i.code)) && attempt < 5) continue;
      expect(sheet.rowCount - 1).toBe(mine.body.total);
      expect(Array.from({ length: mine.body.items.length }, (_, i) => sheet.getRow(i + 2).getCell(1).value)).toEqual(mine.body.items.map((item: { code: string }) => item.code));
      break;
    }

    const closed = await dispatcher.get('/work-items?view=all&status=closed&pageSize=1');
    const filtered = await exportLedger(dispatcher, { view: 'all', status: 'closed' });
    expect(filtered.body.rowsTotal).toBe(closed.body.total);
  });

  it('is its owner\'s alone: another user gets 404 for its id and its file', async () => {
    const { id } = await exportLedger(dispatcher, { view: 'mine' });
    expect((await handler.get(`/exports/${id}`)).status).toBe(404);
    expect((await download(handler, id)).status).toBe(404);
    expect((await dispatcher.get('/exports/6f1c3e2a-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await dispatcher.get('/exports/not-an-id')).status).toBe(400);
    expect((await dispatcher.post('/exports', { filters: { view: 'everything' } })).status).toBe(400);
    expect((await dispatcher.post('/exports', { ledger: 'salaries' })).status).toBe(400);
  });

  it('runs again from the start when its job runs again: the file holds each row once, no partial file is left', async () => {
    const { id, body } = await exportLedger(dispatcher, { view: 'all' });
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    try {
      // As if the worker had died after writing: the record still running, the job delivered again (through the relay).
      await db.query(`UPDATE report_exports SET status = 'running', rows_written = 0 WHERE id = $1`, [id]);
      await db.query(
        `INSERT INTO outbox (id, job_name, job_id, payload, created_at) VALUES (gen_random_uuid(), 'report.export', $1, $2, now() - interval '1 minute')`,
        [`export-${id}-again`, JSON.stringify({ exportId: id })],
      );
    } finally {
      await db.end();
    }
    const again = await eventually(async () => {
      const r = await dispatcher.get(`/exports/${id}`);
      return r.body.status === 'done' && r.body.finishedAt !== body.finishedAt ? r.body : null;
    }, 30_000, 'the second run');
    expect(again.rowsWritten).toBe(body.rowsTotal);
    const sheet = await readSheet(await download(dispatcher, id));
    expect(sheet.rowCount).toBe(body.rowsTotal + 1);
    expect(readdirSync(join(running.stack.env.PARKFLOW_DATA_DIR!, 'exports')).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('answers 410 once expired, and the sweep deletes the file and marks it expired', async () => {
    const { id } = await exportLedger(dispatcher, { view: 'all', kind: 'appeal' });
    const file = join(running.stack.env.PARKFLOW_DATA_DIR!, 'exports', `${id}.xlsx`);
    expect(existsSync(file)).toBe(true);
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(`UPDATE report_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    } finally {
      await db.end();
    }
    expect((await download(dispatcher, id)).status).toBe(410);
    await eventually(async () => (await dispatcher.get(`/exports/${id}`)).body.status === 'expired', 20_000, 'the sweep');
    expect(existsSync(file)).toBe(false);
    expect((await download(dispatcher, id)).status).toBe(410);
  });
});
