import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** The dispatcher board's buckets, sorting by deadline, the calendar admin, and live notifications. */
describe('board, calendar and notifications', () => {
  let running: RunningStack;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'leader', 'admin']) as[u] = await anonymous.as(u);
  });

  afterAll(async () => {
    await running?.stop();
  });

  const ids = async (query: string) => ((await as.dispatcher!.get(`/work-items?view=all&pageSize=100&${query}`)).body.items as { id: string }[]).map((i) => i.id);

  it('sorts the dispatcher board into buckets', async () => {
    const enterpriseId = (await as.dispatcher!.get('/enterprises')).body[0].id;
    const fresh = (await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '今日新件', description: 'd', channel: 'online', category: 'utilities', enterpriseId })).body.id;
    await eventually(async () => (await as.handler!.get(`/work-items/${fresh}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    expect(await ids('bucket=today_unsigned')).toContain(fresh);
    expect(await ids('bucket=unassigned')).not.toContain(fresh);

    expect((await act(as.handler!, fresh, 'return', { reason: '不属于本部门' })).status).toBe(200);
    expect(await ids('bucket=returned')).toContain(fresh);
    expect(await ids('bucket=unassigned')).toContain(fresh);

    expect((await act(as.dispatcher!, fresh, 'supervise', { comment: '尽快办理' })).status).toBe(200);
    expect(await ids('bucket=supervised')).toContain(fresh);

    // The demo seed has items whose running deadline passed long ago.
    const overdue = (await as.dispatcher!.get('/work-items?view=all&bucket=overdue&pageSize=100')).body.items as { deadlines: { dueAt: string; metAt: string | null }[] }[];
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue) expect(new Date(item.deadlines.find((d) => d.metAt === null)!.dueAt).getTime()).toBeLessThan(Date.now());
    expect((await as.dispatcher!.get('/work-items?bucket=everything')).status).toBe(400);
  });

  it('sorts by the running deadline', async () => {
    const items = (await as.dispatcher!.get('/work-items?view=all&sort=due_at&order=asc&pageSize=100')).body.items as { deadlines: { dueAt: string; metAt: string | null }[] }[];
    const dues = items.map((i) => i.deadlines.find((d) => d.metAt === null)?.dueAt).filter((d): d is string => Boolean(d)).map((d) => new Date(d).getTime());
    expect(dues.length).toBeGreaterThan(3);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('shows a year of the calendar and lets only an admin override a day', async () => {
    const year2026 = (await as.dispatcher!.get('/calendar/days?year=2026')).body;
    expect(year2026.covered).toBe(true);
    expect(year2026.days).toHaveLength(365);
    expect(year2026.days.find((d: { date: string }) => d.date === '2026-10-01')).toMatchObject({ working: false, source: 'official' });
    expect(year2026.days.find((d: { date: string }) => d.date === '2026-09-20')).toMatchObject({ working: true, source: 'official' });
    expect(year2026.provisional).toBe(false);
    const year2027 = (await as.dispatcher!.get('/calendar/days?year=2027')).body;
    expect(year2027.covered).toBe(false);
    // No arrangement for 2027 yet: the statute's fixed holidays stand in.
    expect(year2027.provisional).toBe(true);
    expect(year2027.days.find((d: { date: string }) => d.date === '2027-01-01')).toMatchObject({ working: false, source: 'statutory', name: '元旦' });

    expect((await as.dispatcher!.request('PUT', '/calendar/days/2027-02-08', { kind: 'holiday', name: '春节' })).status).toBe(403);
    expect((await as.admin!.request('PUT', '/calendar/days/2027-02-30', { kind: 'holiday' })).status).toBe(400);
    // Tuesday 2027-02-09 follows the statutory 春节 (除夕 02-05 to 初三 02-08): a park adds a day.
    const set = await as.admin!.request('PUT', '/calendar/days/2027-02-09', { kind: 'holiday', name: '春节' });
    expect(set.body).toMatchObject({ date: '2027-02-09', working: false, source: 'override', name: '春节' });
    // Deadlines use it at once: 1 working day after Thursday 2027-02-04 skips 02-05..02-09.
    const due = await as.dispatcher!.get(`/calendar/deadline?from=${encodeURIComponent('2027-02-04T10:00:00+08:00')}&amount=1&unit=working_days`);
    expect(due.body).toMatchObject({ due: '2027-02-10T09:30:00.000Z', uncoveredYears: [2027] });
    // One override does not publish the arrangement: the year stays uncovered and provisional.
    expect((await as.dispatcher!.get('/calendar/days?year=2027')).body).toMatchObject({ covered: false, provisional: true });
    const reset = await as.admin!.request('DELETE', '/calendar/days/2027-02-09');
    expect(reset.body).toMatchObject({ working: true, source: 'uncovered' });
  });

  it('keeps a paused item past its original due date out of the overdue column and the sla=overdue filter, as its tag says', async () => {
    const department = (await as.handler!.get('/me')).body.departmentId;
    const item = (
      await as.dispatcher!.post('/work-items', {
        // An appeal: petitions have no pause (their statutory clock may not stand still).
        kind: 'appeal', title: '暂停计时测试', description: '等待企业补充材料', channel: 'online', category: 'utilities', departmentId: department,
        enterpriseId: (await as.dispatcher!.get('/enterprises')).body[0].id,
      })
    ).body;
    expect((await act(as.handler!, item.id, 'accept')).status).toBe(200);
    // The appeal's reasons are a list: free text is refused, a listed reason pauses.
    expect((await act(as.handler!, item.id, 'pause_clock', { reason: '等待当事人补充材料' })).status).toBe(400);
    expect((await act(as.handler!, item.id, 'pause_clock', { reason: 'awaiting_enterprise', note: '等待企业补充营业执照' })).status).toBe(200);
    // Wait until after the original due time: here, by moving the running deadline into the past.
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    await db.query(
      `UPDATE work_items SET deadlines = jsonb_set(jsonb_set(deadlines, ARRAY[(jsonb_array_length(deadlines) - 1)::text, 'dueAt'], to_jsonb('2026-01-02T00:00:00.000Z'::text)), ARRAY[(jsonb_array_length(deadlines) - 1)::text, 'warnAt'], to_jsonb('2026-01-01T00:00:00.000Z'::text)) WHERE id = $1`,
      [item.id],
    );
    await db.end();
    const shown = (await as.dispatcher!.get(`/work-items/${item.id}`)).body.item;
    expect(shown.sla).toBe('normal');
    expect(await ids('bucket=overdue')).not.toContain(item.id);
    expect(await ids('sla=overdue')).not.toContain(item.id);
    expect(await ids('sla=normal')).toContain(item.id);
    // Resumed, the clock runs again and the item is late at once: column, filter and tag agree.
    expect((await act(as.handler!, item.id, 'resume_clock')).status).toBe(200);
    const resumed = (await as.dispatcher!.get(`/work-items/${item.id}`)).body.item;
    const late = new Date(resumed.deadlines.at(-1).dueAt) < new Date();
    expect(resumed.sla === 'overdue').toBe(late);
    expect((await ids('bucket=overdue')).includes(item.id)).toBe(late);
    expect((await ids('sla=overdue')).includes(item.id)).toBe(late);
  });

  it('answers the calendar deadline question on the official calendar', async () => {
    const res = await as.dispatcher!.get(`/calendar/deadline?from=${encodeURIComponent('2026-09-18T10:00:00+08:00')}&amount=5&unit=working_days`);
    expect(res.status).toBe(200);
    // Thursday 2026-09-24, end of office hours 17:30 Shanghai (Sunday the 20th is a make-up working day).
    expect(res.body).toMatchObject({ due: '2026-09-24T09:30:00.000Z', uncoveredYears: [] });
    expect((await as.dispatcher!.get('/calendar/deadline?from=yesterday&amount=-1&unit=weeks')).body.fields).toEqual(
      expect.objectContaining({ from: expect.any(String), amount: expect.any(String), unit: expect.any(String) }),
    );
  });

  it('pushes a notification to the recipient over server-sent events', async () => {
    // The browser's way: the session cookie, never a token in the URL.
    const login = await fetch(`${running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: 'parkflow', session: 'cookie' }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const token = (await new ApiClient(running.url).post('/auth/login', { username: 'leader', password: 'parkflow' })).body.accessToken;
    expect((await fetch(`${running.url}/api/notifications/stream?access_token=${token}`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${running.url}/api/notifications/stream`, { headers: { cookie }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    // The leader also gets notices of the demo items' history, sent when the worker relays the
    // seed's outbox, and they may still be arriving: read pushes until the one after which this
    // item's owner_set notice is listed.
    let itemId: string | null = null;
    const ownerNote = async () =>
      ((await as.leader!.get('/notifications')).body.items as { id: string; itemId: string; topic: string }[]).find((n) => n.itemId === itemId && n.topic === 'owner_set');
    const received = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return text;
        text += new TextDecoder().decode(value);
        if (text.includes('"notification"') && itemId !== null && (await ownerNote())) return text;
      }
    })().catch(() => ''); // the stream is aborted at the end (or by a failure): not an error of its own
    const enterpriseId = (await as.dispatcher!.get('/enterprises')).body[0].id;
    const item = (await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '包案通知', description: 'd', channel: 'online', category: 'utilities', enterpriseId })).body;
    itemId = item.id;
    // Let the worker route it first: acting on the version before routing would (rightly) get a 409.
    await eventually(async () => (await as.dispatcher!.get(`/work-items/${item.id}`)).body.item.status === 'pending_acceptance', 20_000, 'routing');
    const leaderId = (await as.leader!.get('/me')).body.id;
    expect((await act(as.dispatcher!, item.id, 'set_owner', { leaderUserId: leaderId })).status).toBe(200);
    const text = await Promise.race([received, new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no event within 15 s')), 15_000))]);
    controller.abort();
    expect(text).toContain('"type":"notification"');
    const list = (await as.leader!.get('/notifications')).body;
    expect(list.unread).toBeGreaterThan(0);
    const note = await ownerNote();
    expect(note).toBeTruthy();
    expect((await as.leader!.post(`/notifications/${note!.id}/read`)).body.readAt).not.toBeNull();
    // Nobody else can read it.
    expect((await as.dispatcher!.post(`/notifications/${note!.id}/read`)).status).toBe(404);
    // The stream needs a valid token too.
    expect((await fetch(`${running.url}/api/notifications/stream`)).status).toBe(401);
  });

  it('opens the queue board to administrators only, with every queue and its failures', async () => {
    const token = async (u: string) => (await new ApiClient(running.url).post('/auth/login', { username: u, password: 'parkflow' })).body.accessToken;
    expect((await fetch(`${running.url}/api/admin/queues`)).status).toBe(401);
    expect((await fetch(`${running.url}/api/admin/queues?access_token=${await token('dispatcher')}`)).status).toBe(403);
    const page = await fetch(`${running.url}/api/admin/queues?access_token=${await token('admin')}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const queues = (await (await fetch(`${running.url}/api/admin/queues/api/queues`, { headers: { cookie } })).json()) as { queues: { name: string }[] };
    expect(queues.queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(['assign', 'handle', 'feedback', 'close', 'deadlines', 'notifications', 'maintenance']));
  });
});
