import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * The petition statute over HTTP on PostgreSQL + Redis: 受理 at intake with the received date,
 * 不予受理, the notices' sending, and the chain original → 复查 → 复核 with its hearing pause.
 */
describe('petitions by the statute, over HTTP', () => {
  let running: RunningStack;
  const as: Record<string, ApiClient> = {};
  let util: { id: string };

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'leader', 'admin']) as[u] = await anonymous.as(u);
    util = (await as.dispatcher!.get('/departments')).body.find((d: { code: string }) => d.code === 'UTIL');
  });

  afterAll(async () => {
    await running?.stop();
  });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const daysAgo = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - n * 86_400_000));
  const petitioner = { name: '周女士', phone: null, idNumber: null };
  const count = async () => (await as.dispatcher!.get('/work-items?view=all&pageSize=1')).body.total as number;

  /** Registered by `kind`, routed to UTIL and signed for by the handler: in handling. */
  async function handling(body: Record<string, unknown>): Promise<any> {
    const created = ok(await as.dispatcher!.post('/work-items', { channel: 'visit', category: 'utilities', petitioner, ...body }), 201);
    // The worker routes it by its category (utilities → UTIL). The test does not assign it as well:
    // racing the worker, the assign was refused either as a conflict (409) or as already there (400).
    expect(created.status).toBe('pending_assignment');
    await eventually(async () => (await as.handler!.get(`/work-items/${created.id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    return ok(await act(as.handler!, created.id, 'accept'));
  }

  /** Answered, and its written answer recorded as sent today. */
  async function answered(id: string): Promise<void> {
    ok(await act(as.handler!, id, 'reply', { content: '经核查，已责成供水公司整改。' }));
    ok(await act(as.dispatcher!, id, 'record_notice_sent', { notice: 'opinion', channel: 'in_person', sentOn: today() }));
  }

  it('accepts at intake with the received date: the decision counts from receipt, the 60-day clock from acceptance', async () => {
    const created = ok(
      await as.dispatcher!.post('/work-items', {
        kind: 'petition', title: '路灯不亮', description: '园区东路路灯损坏', channel: 'letter', category: 'utilities', petitioner,
        receivedOn: daysAgo(3), decision: { accept: true, note: '属本机关职责' },
      }),
      201,
    );
    expect(created).toMatchObject({ status: 'pending_assignment', receivedOn: daysAgo(3), acceptance: { decision: 'accepted', note: '属本机关职责' }, extensionCount: 0 });
    expect(created.statutoryClock).toMatchObject({ clock: 'statutory', amount: 60, unit: 'calendar_days', metAt: null });
    // The first assign entry ran from the start of the received day; 受理 opened the routing entry.
    expect(created.deadlines[0].startedAt).toBe(new Date(`${daysAgo(3)}T00:00:00+08:00`).toISOString());
    const detail = ok(await as.dispatcher!.get(`/work-items/${created.id}`));
    expect(detail.events.map((e: { type: string }) => e.type).slice(0, 2)).toEqual(['registered', 'matter_accepted']);
    expect(detail.notices).toEqual([
      { type: 'acceptance', available: true, sentOn: null, channel: null },
      { type: 'rejection', available: false, sentOn: null, channel: null },
      { type: 'extension', available: false, sentOn: null, channel: null },
      { type: 'opinion', available: false, sentOn: null, channel: null },
    ]);
    // The statutory clock's timers go to the deadline queue beside the stage's, relayed from the outbox.
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    try {
      const rows = await db.query(`SELECT job_id, run_at, dispatched_at FROM outbox WHERE job_id = $1`, [`sc-${created.id}-r0-overdue`]);
      expect(rows.rows).toHaveLength(1);
      expect(new Date(rows.rows[0].run_at).toISOString()).toBe(created.statutoryClock.dueAt);
      await eventually(async () => (await db.query(`SELECT 1 FROM outbox WHERE job_id = $1 AND dispatched_at IS NOT NULL`, [`sc-${created.id}-r0-overdue`])).rowCount === 1, 20_000, 'relay');
    } finally {
      await db.end();
    }
  });

  it('declines (不予受理) at intake: closed with its notice, never handled', async () => {
    const declined = ok(
      await as.dispatcher!.post('/work-items', {
        kind: 'petition', title: '要求改判', description: '对判决不服', channel: 'visit', category: 'land', petitioner,
        decision: { accept: false, reason: 'legal_channel', note: '应申请再审' },
      }),
      201,
    );
    expect(declined).toMatchObject({ stage: 'close', status: 'closed', acceptance: { decision: 'not_accepted', reasonCode: 'legal_channel' }, statutoryClock: null });
    const sent = ok(await act(as.dispatcher!, declined.id, 'record_notice_sent', { notice: 'rejection', channel: 'mail', sentOn: today() }));
    expect(sent.notices.rejection).toMatchObject({ sentOn: today(), channel: 'mail' });
    expect((await act(as.dispatcher!, declined.id, 'accept_matter')).status).toBe(422);
  });

  it('answers bad intake with a clear 400 and saves nothing', async () => {
    const before = await count();
    const base = { kind: 'petition', title: '坏输入', description: 'd', channel: 'visit', category: 'land', petitioner };
    const future = await as.dispatcher!.post('/work-items', { ...base, receivedOn: daysAgo(-2) });
    expect(future.status).toBe(400);
    expect(future.body.fields).toMatchObject({ receivedOn: 'cannot be in the future' });
    expect((await as.dispatcher!.post('/work-items', { ...base, receivedOn: '2026-02-30' })).status).toBe(400);
    expect((await as.dispatcher!.post('/work-items', { ...base, decision: { accept: false } })).status).toBe(400);
    expect((await as.dispatcher!.post('/work-items', { ...base, departmentId: util.id })).body.fields).toMatchObject({ departmentId: expect.any(String) });
    // A 复查 of an item not answered yet, and of one that does not exist.
    const unanswered = ok(await as.dispatcher!.post('/work-items', { ...base, decision: { accept: true } }), 201);
    const review = await as.dispatcher!.post('/work-items', { ...base, kind: 'petition_review', reviewOfId: unanswered.id });
    expect(review.status).toBe(400);
    expect(review.body).toMatchObject({ reason: 'review_not_answered', fields: { reviewOfId: expect.any(String) } });
    expect((await as.dispatcher!.post('/work-items', { ...base, kind: 'petition_review', reviewOfId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);
    expect((await as.dispatcher!.post('/work-items', { ...base, kind: 'petition_review' })).status).toBe(400);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a 复查 after its window with the dates, unless an administrator takes it with a reason, which the timeline keeps', async () => {
    const original = await handling({ kind: 'petition', title: '噪声扰民', description: '夜间施工', decision: { accept: true } });
    await answered(original.id);
    // The answer was sent 40 days ago (set in the database: the API takes no sending before the answer).
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(`UPDATE work_items SET notices = jsonb_set(notices, '{opinion,sentOn}', to_jsonb($2::text)) WHERE id = $1`, [original.id, daysAgo(40)]);
    } finally {
      await db.end();
    }
    const body = { kind: 'petition_review', title: '复查：噪声扰民', description: '不服', channel: 'visit', category: 'utilities', petitioner, reviewOfId: original.id };
    const before = await count();
    const late = await as.dispatcher!.post('/work-items', body);
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ reason: 'review_window_passed', params: { amount: 30, lastDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(late.body.message).toContain(daysAgo(40));
    // Only an administrator overrides, and only with a reason.
    expect((await as.dispatcher!.post('/work-items', { ...body, windowOverride: { reason: '信访人住院' } })).body.fields).toMatchObject({ windowOverride: expect.any(String) });
    expect((await as.admin!.post('/work-items', { ...body, windowOverride: { reason: '' } })).status).toBe(400);
    expect(await count()).toBe(before);
    const taken = ok(await as.admin!.post('/work-items', { ...body, windowOverride: { reason: '信访人住院，未能按期申请' } }), 201);
    const events = ok(await as.dispatcher!.get(`/work-items/${taken.id}`)).events;
    expect(events[0]).toMatchObject({ type: 'registered', data: { windowOverride: { reason: '信访人住院，未能按期申请', lastDay: late.body.params.lastDay } } });
  });

  it('runs the chain original → 复查 → 复核, one review each, the 复核 pausing for its hearing', async () => {
    const original = await handling({ kind: 'petition', title: '自来水发黄', description: '连续一周水质发黄', decision: { accept: true } });
    await answered(original.id);

    const review = await handling({ kind: 'petition_review', title: '复查：自来水发黄', description: '对处理意见不服', reviewOfId: original.id });
    expect(review).toMatchObject({ kind: 'petition_review', reviewOfId: original.id, statutoryClock: { amount: 30, unit: 'calendar_days' } });
    // One 复查 per answered petition.
    const again = await as.dispatcher!.post('/work-items', { kind: 'petition_review', title: '再次复查', description: 'd', channel: 'visit', category: 'utilities', petitioner, reviewOfId: original.id });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ reason: 'review_exists', params: { code: review.code } });
    await answered(review.id);

    const rereview = await handling({ kind: 'petition_rereview', title: '复核：自来水发黄', description: '对复查意见不服', reviewOfId: review.id });
    const dueBefore = Date.parse(rereview.statutoryClock.dueAt);
    expect((await act(as.handler!, rereview.id, 'pause_clock', { reason: '等材料' })).status).toBe(400);
    const paused = ok(await act(as.handler!, rereview.id, 'pause_clock', { reason: 'hearing', note: '召开听证会' }));
    expect(paused.clockPausedAt).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1_500));
    const resumed = ok(await act(as.handler!, rereview.id, 'resume_clock', { comment: '听证结束' }));
    // Calendar days: the 复核's statutory clock moved later by the hearing (to the end of a day).
    expect(Date.parse(resumed.statutoryClock.dueAt)).toBeGreaterThanOrEqual(dueBefore);
    expect(resumed.statutoryClock.pausedAmount).toBeGreaterThan(0);

    // The whole chain, from any link, oldest first.
    for (const id of [original.id, review.id, rereview.id]) {
      const chain = ok(await as.dispatcher!.get(`/work-items/${id}`)).reviewChain;
      expect(chain.map((l: { kind: string }) => l.kind)).toEqual(['petition', 'petition_review', 'petition_rereview']);
    }
    // Petitions have no pause at all.
    expect((await act(as.handler!, original.id, 'pause_clock', { reason: '等材料' })).status).toBe(400);
  });
});
