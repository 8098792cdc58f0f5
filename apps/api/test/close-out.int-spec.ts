import { createDataSource, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { closeOutEntries, nextCloseOutAt, shanghaiDate, createWorkCalendar } from '@parkflow/domain';
import { closeOutJobId, createQueueBackend } from '@parkflow/queues';
import { Queue, type ConnectionOptions } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * 每日清零 over real data: the demo park on PostgreSQL with the real worker. The worker keeps the
 * next close-out scheduled; the test runs today's by hand (a `closeout.run` job without a delay, as
 * an operator would) — under a holiday an admin just set, then on a working day — and reads the
 * ledger through the API: the list the domain's closeOutEntries gives over the stored items, one
 * ledger and one notice however often the day runs, and who may read it.
 */

type Entry = { itemId: string; code: string; reasons: string[]; dueAt: string | null };

/** Runs `day`'s close-out by hand and waits for the job's result. */
async function runCloseOut(queue: Queue, day: string): Promise<any> {
  const job = await queue.add('closeout.run', { day }, { jobId: `by-hand-${day}-${Math.random().toString(36).slice(2, 8)}` });
  return eventually(async () => {
    const state = await queue.getJobState(job.id!);
    if (state === 'failed') throw new Error(`close-out job failed: ${(await queue.getJob(job.id!))?.failedReason}`);
    return state === 'completed' ? ((await queue.getJob(job.id!))?.returnvalue ?? null) : null;
  }, 30_000, `close-out of ${day}`);
}

describe('the daily close-out on PostgreSQL + Redis', () => {
  let running: RunningStack;
  let maintenance: Queue;
  let db: ReturnType<typeof createDataSource>;
  const as: Record<string, ApiClient> = {};
  const today = shanghaiDate(new Date());
  const setToday = (kind: 'holiday' | 'workday') => as.admin!.request('PUT', `/calendar/days/${today}`, { kind, name: kind === 'holiday' ? '测试假日' : '测试工作日' });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'head', 'leader', 'liaison', 'enterprise', 'admin']) as[u] = await anonymous.as(u);
    const redis = new URL(running.stack.env.REDIS_URL!);
    maintenance = new Queue('maintenance', { connection: { host: redis.hostname, port: Number(redis.port || 6379) }, prefix: running.stack.env.PARKFLOW_QUEUE_PREFIX! });
    db = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await db.initialize();
  }, 180_000);

  afterAll(async () => {
    await as.admin?.request('DELETE', `/calendar/days/${today}`);
    await db?.destroy();
    await maintenance?.close();
    await running?.stop();
  });

  it('keeps the next working day’s close-out scheduled at its 17:30, as the domain computes it', async () => {
    const next = ok(await as.dispatcher!.get('/close-outs')).next as { day: string; at: string };
    expect(next).toEqual((({ day, at }) => ({ day, at: at.toISOString() }))(nextCloseOutAt(new Date(), createWorkCalendar())));
    expect(next.at.slice(11)).toBe('09:30:00.000Z');
    const job = await eventually(async () => maintenance.getJob(closeOutJobId(next.day)), 20_000, 'the scheduled close-out');
    expect(job.name).toBe('closeout.run');
    expect(job.data).toEqual({ day: next.day });
    expect(await job.getState()).toBe('delayed');
    expect(Math.abs(job.timestamp + (job.opts.delay ?? 0) - Date.parse(next.at))).toBeLessThan(2_000);
  });

  it('skips a day an admin made a holiday, even after it was scheduled: no ledger', async () => {
    ok(await setToday('holiday'));
    expect(await runCloseOut(maintenance, today)).toEqual({ day: today, outcome: 'rest_day' });
    expect((await as.dispatcher!.get(`/close-outs/${today}`)).status).toBe(404);
  });

  it('lists today’s unsigned items and everything overdue, as the domain does over the stored items, and tells the dispatchers and the command centre’s leader', async () => {
    ok(await setToday('workday'));
    const enterpriseId = ok(await as.dispatcher!.get('/enterprises'))[0].id;
    const register = async (title: string) => ok(await as.dispatcher!.post('/work-items', { kind: 'appeal', title, description: '清零测试', channel: 'online', category: 'utilities', enterpriseId }), 201).id as string;
    const unsigned = await register('清零测试：无人签收');
    const signed = await register('清零测试：已签收');
    await eventually(async () => (await as.handler!.get(`/work-items/${signed}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    ok(await act(as.handler!, signed, 'accept'));
    await eventually(async () => (await as.handler!.get(`/work-items/${unsigned}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');

    const result = await runCloseOut(maintenance, today);
    expect(result).toMatchObject({ day: today, outcome: 'listed', runs: 1 });
    const ledger = ok(await as.dispatcher!.get(`/close-outs/${today}`));
    expect(ledger).toMatchObject({ day: today, ranAt: result.ranAt, runs: 1, unsigned: result.unsigned, overdue: result.overdue });
    const entries = ledger.entries as Entry[];
    expect(entries.find((e) => e.itemId === unsigned)?.reasons).toContain('unsigned');
    expect(entries.find((e) => e.itemId === signed)).toBeUndefined();
    // The demo park has items past their deadlines.
    expect(ledger.overdue).toBeGreaterThan(0);
    expect(entries.filter((e) => e.reasons.includes('overdue'))).toHaveLength(ledger.overdue);

    // The same list the domain's rule gives over every stored item, at the instant the run recorded.
    const items = (await db.getRepository(WorkItemEntity).find()).map(toWorkItemState);
    const want = closeOutEntries(items, today, new Date(ledger.ranAt));
    expect(entries.map((e) => [e.itemId, e.reasons, e.dueAt])).toEqual(want.map((e) => [e.itemId, e.reasons, e.dueAt]));

    const list = ok(await as.leader!.get('/close-outs'));
    expect(list.items[0]).toEqual({ day: today, ranAt: ledger.ranAt, runs: 1, unsigned: ledger.unsigned, overdue: ledger.overdue });

    // The dispatchers and the leader in charge of the command centre (the demo leader has OFFICE) hear of it; a handler does not.
    const closeOutNotices = async (who: string) => (ok(await as[who]!.get('/notifications')).items as { topic: string; itemId: string | null; params: unknown }[]).filter((n) => n.topic === 'close_out');
    for (const who of ['dispatcher', 'leader']) {
      const notices = await eventually(async () => ((await closeOutNotices(who)).length > 0 ? closeOutNotices(who) : null), 10_000, `${who}'s notice`);
      expect(notices, who).toEqual([expect.objectContaining({ itemId: null, params: { day: today, unsigned: ledger.unsigned, overdue: ledger.overdue } })]);
    }
    expect(await closeOutNotices('handler')).toEqual([]);
  });

  it('runs a day again into the same ledger, with the new instant and list, and sends no second notice', async () => {
    const first = ok(await as.dispatcher!.get(`/close-outs/${today}`));
    const enterpriseId = ok(await as.dispatcher!.get('/enterprises'))[0].id;
    const later = ok(await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '清零测试：重跑后登记', description: '清零测试', channel: 'online', category: 'utilities', enterpriseId }), 201).id as string;
    const again = await runCloseOut(maintenance, today);
    expect(again).toMatchObject({ outcome: 'listed', runs: 2, notified: 0 });
    const second = ok(await as.dispatcher!.get(`/close-outs/${today}`));
    expect(second.runs).toBe(2);
    expect(Date.parse(second.ranAt)).toBeGreaterThan(Date.parse(first.ranAt));
    expect((second.entries as Entry[]).some((e) => e.itemId === later)).toBe(true);
    expect(await db.query(`SELECT count(*)::int AS n FROM close_out_ledgers WHERE day = $1`, [today])).toEqual([{ n: 1 }]);
    const notices = (ok(await as.dispatcher!.get('/notifications')).items as { topic: string }[]).filter((n) => n.topic === 'close_out');
    expect(notices).toHaveLength(1);
  });

  it('opens the ledger to dispatchers, admins and leaders only, and answers bad days with 400 or 404', async () => {
    for (const who of ['dispatcher', 'admin', 'leader']) {
      ok(await as[who]!.get('/close-outs'));
      ok(await as[who]!.get(`/close-outs/${today}`));
    }
    for (const who of ['handler', 'head', 'liaison', 'enterprise']) {
      expect((await as[who]!.get('/close-outs')).status, who).toBe(403);
      expect((await as[who]!.get(`/close-outs/${today}`)).status, who).toBe(403);
      // Refused before the day is read: a 403, not a 400.
      expect((await as[who]!.get('/close-outs/not-a-day')).status, who).toBe(403);
    }
    expect((await new ApiClient(running.url).get('/close-outs')).status).toBe(401);
    for (const bad of ['2026-02-30', 'not-a-day', '20260302', '2026-3-2', '9999-12-31']) {
      const res = await as.dispatcher!.get(`/close-outs/${bad}`);
      expect(res.status, bad).toBe(400);
      expect(Object.keys(res.body.fields ?? {}), bad).toContain('day');
    }
    for (const query of ['page=0', 'page=x', 'pageSize=0', 'pageSize=201']) expect((await as.dispatcher!.get(`/close-outs?${query}`)).status, query).toBe(400);
    expect((await as.dispatcher!.get('/close-outs/2001-01-01')).status).toBe(404);
    const page = ok(await as.dispatcher!.get('/close-outs?page=2&pageSize=1'));
    expect(page).toMatchObject({ items: [], total: 1, page: 2, pageSize: 1 });
  });
});

describe('the daily close-out with the queues on PostgreSQL', () => {
  let running: RunningStack;
  let maintenance: Queue;

  beforeAll(async () => {
    running = await startTestStack('postgres+pg-queues');
    // BullMQ's PostgreSQL backend, as the worker uses it (schema `bullmq` unless configured).
    const backend = createQueueBackend({ kind: 'postgres', url: running.stack.env.DATABASE_URL!, schema: running.stack.env.PARKFLOW_QUEUE_SCHEMA ?? 'bullmq' });
    maintenance = new Queue('maintenance', { connection: backend.producerConnection() as ConnectionOptions });
  }, 180_000);

  afterAll(async () => {
    await maintenance?.close();
    await running?.stop();
  });

  it('schedules the next close-out and keeps a day’s ledger there too', async () => {
    const dispatcher = await new ApiClient(running.url).as('dispatcher');
    const admin = await new ApiClient(running.url).as('admin');
    const { next } = (await dispatcher.get('/close-outs')).body as { next: { day: string } };
    const job = await eventually(async () => maintenance.getJob(closeOutJobId(next.day)), 20_000, 'the scheduled close-out');
    expect(await job.getState()).toBe('delayed');
    const today = shanghaiDate(new Date());
    expect((await admin.request('PUT', `/calendar/days/${today}`, { kind: 'workday' })).status).toBe(200);
    expect(await runCloseOut(maintenance, today)).toMatchObject({ day: today, outcome: 'listed', runs: 1 });
    const ledger = await dispatcher.get(`/close-outs/${today}`);
    expect(ledger.status).toBe(200);
    expect(ledger.body.overdue).toBeGreaterThan(0);
  });
});
