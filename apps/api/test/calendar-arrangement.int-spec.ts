import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

type Day = { date: string; working: boolean; source: string; name: string | null };
type Deadline = { stageSeq: number; rev?: number; startedAt: string; dueAt: string; metAt: string | null };

const shanghaiDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Loading a year's holiday arrangement on real PostgreSQL and Redis: the preview names the changed
 * day and the open item it moves; the save re-times the item (deadline, timeline event) and the
 * worker's queue holds the new revision's timer instead of the old one. Bad imports save nothing.
 */
describe('loading a year’s holiday arrangement', () => {
  let running: RunningStack;
  let deadlines: Queue;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'admin']) as[u] = await anonymous.as(u);
    const redis = new URL(running.stack.env.REDIS_URL!);
    deadlines = new Queue('deadlines', { connection: { host: redis.hostname, port: Number(redis.port || 6379) }, prefix: running.stack.env.PARKFLOW_QUEUE_PREFIX! });
  });

  afterAll(async () => {
    await deadlines?.close();
    await running?.stop();
  });

  it('previews, saves and re-times an open item whose running deadline holds the new holiday', async () => {
    const enterpriseId = (await as.dispatcher!.get('/enterprises')).body[0].id;
    const id = (await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '停电影响生产', description: '园区东区停电', channel: 'online', category: 'utilities', enterpriseId })).body.id as string;
    await eventually(async () => (await as.handler!.get(`/work-items/${id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    const accepted = (await act(as.handler!, id, 'accept')).body;
    expect(accepted).toMatchObject({ stage: 'handle', status: 'in_progress' });
    const before = accepted.deadlines.at(-1) as Deadline;
    const oldTimer = `dl-${id}-s${before.stageSeq}-r${before.rev ?? 0}-overdue`;
    await eventually(async () => (await deadlines.getJob(oldTimer)) !== undefined, 20_000, 'the handle deadline’s timer');

    // A working day strictly inside the running 5-working-day window becomes a holiday.
    const startDay = shanghaiDate(before.startedAt);
    const year = Number(startDay.slice(0, 4));
    const yearDays = (await as.admin!.get(`/calendar/days?year=${year}`)).body.days as Day[];
    const holiday = yearDays.find((d) => d.working && d.date > startDay && d.date < shanghaiDate(before.dueAt))!;
    expect(holiday).toBeDefined();
    // The year as it is (official or statutory days kept), plus that one day: nothing else changes.
    const days = yearDays
      .filter((d) => d.source === 'official' || d.source === 'statutory' || d.source === 'arrangement')
      .map((d) => ({ date: d.date, kind: d.working ? 'workday' : 'holiday', name: d.name ?? '节假日' }));
    days.push({ date: holiday.date, kind: 'holiday', name: '园区检修日' });
    const body = { format: 'json', text: JSON.stringify({ year, days }) };

    expect((await as.dispatcher!.post('/calendar/arrangements/preview', body)).status).toBe(403);
    const preview = await as.admin!.post('/calendar/arrangements/preview', body);
    expect(preview.status).toBe(200);
    expect(preview.body.changes).toEqual([{ date: holiday.date, before: 'working', after: 'rest', name: '园区检修日' }]);
    expect(preview.body.affectedItems).toBeGreaterThanOrEqual(1);
    // A preview writes nothing.
    expect((await as.admin!.get(`/work-items/${id}`)).body.item.deadlines.at(-1).dueAt).toBe(before.dueAt);
    expect((await as.admin!.get('/calendar/arrangements')).body.items).toEqual([]);

    expect((await as.dispatcher!.post('/calendar/arrangements', body)).status).toBe(403);
    const saved = await as.admin!.post('/calendar/arrangements', body);
    expect(saved.status).toBe(200);
    expect(saved.body.retimedItems).toBe(preview.body.affectedItems);
    expect((await as.admin!.get('/calendar/arrangements')).body.items).toEqual([expect.objectContaining({ year, format: 'json' })]);
    expect((await as.admin!.get(`/calendar/days?year=${year}`)).body).toMatchObject({ covered: true, provisional: false });

    const detail = (await as.dispatcher!.get(`/work-items/${id}`)).body;
    const after = detail.item.deadlines.at(-1) as Deadline;
    // The same 5 working days from the same start, on the new calendar.
    const expected = (await as.dispatcher!.get(`/calendar/deadline?from=${encodeURIComponent(before.startedAt)}&amount=5&unit=working_days`)).body.due;
    expect(after.dueAt).toBe(expected);
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    expect(after.rev).toBe((before.rev ?? 0) + 1);
    expect(detail.item.version).toBe(accepted.version + 1);
    expect(detail.events.find((e: { type: string }) => e.type === 'deadline_retimed')).toMatchObject({
      data: { stageSeq: before.stageSeq, fromDueAt: before.dueAt, toDueAt: after.dueAt, year },
    });

    // The outbox replaced the timer: the new revision's job exists at the new time, the old one is gone.
    const newTimer = `dl-${id}-s${after.stageSeq}-r${after.rev}-overdue`;
    const job = await eventually(async () => deadlines.getJob(newTimer), 20_000, 'the new revision’s timer');
    expect(job.timestamp + (job.opts.delay ?? 0)).toBeGreaterThanOrEqual(Date.parse(after.dueAt) - 5_000);
    await eventually(async () => (await deadlines.getJob(oldTimer)) === undefined, 20_000, 'the old timer cancelled');

    // Saving the same arrangement again moves nothing.
    const again = await as.admin!.post('/calendar/arrangements', body);
    expect(again.body).toMatchObject({ changes: [], retimedItems: 0 });
  });

  it('refuses a bad import with the parser’s errors and saves nothing', async () => {
    const text = JSON.stringify({
      year: 2028,
      days: [
        { date: '2028-02-30', kind: 'holiday', name: '春节' },
        { date: '2028-10-02', kind: 'holiday', name: '国庆节' },
        { date: '2028-10-02', kind: 'holiday', name: '国庆节' },
      ],
    });
    for (const path of ['/calendar/arrangements/preview', '/calendar/arrangements']) {
      const res = await as.admin!.post(path, { format: 'json', text });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['duplicate_day', 'impossible_date']);
    }
    const notice = await as.admin!.post('/calendar/arrangements', { format: 'notice', text: '2028年部分节假日安排\n一、春节：2月30日至3月2日放假。\n元旦 1月1日放假' });
    expect(notice.status).toBe(400);
    expect(notice.body.errors.map((e: { code: string; line: number }) => [e.code, e.line])).toEqual([['impossible_date', 2], ['unparseable_line', 3]]);
    expect((await as.admin!.post('/calendar/arrangements', { format: 'csv', text })).status).toBe(400);
    expect((await as.admin!.post('/calendar/arrangements', { format: 'json', text: 'x'.repeat(80_001) })).status).toBe(400);
    expect((await as.admin!.get('/calendar/arrangements')).body.items.map((i: { year: number }) => i.year)).not.toContain(2028);
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    expect((await db.query(`SELECT count(*)::int AS n FROM calendar_arrangements WHERE year = 2028`)).rows[0].n).toBe(0);
    await db.end();
    expect((await as.admin!.get('/calendar/days?year=2028')).body).toMatchObject({ covered: false, provisional: true });
  });
});
