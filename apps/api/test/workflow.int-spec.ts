import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** Whole lives of items through HTTP, across the demo roles, on PostgreSQL + Redis. */
describe('the work-item engine over HTTP', () => {
  let running: RunningStack;
  let anonymous: ApiClient;
  const as: Record<string, ApiClient> = {};
  let util: { id: string };
  let handlerId: string;
  let leaderId: string;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'handler2', 'head', 'leader', 'liaison', 'enterprise', 'admin']) as[u] = await anonymous.as(u);
    util = (await as.dispatcher!.get('/departments')).body.find((d: { code: string }) => d.code === 'UTIL');
    handlerId = (await as.handler!.get('/me')).body.id;
    leaderId = (await as.leader!.get('/me')).body.id;
  });

  afterAll(async () => {
    await running?.stop();
  });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };

  async function registerRouted(body: Record<string, unknown>): Promise<string> {
    const created = ok(await as.dispatcher!.post('/work-items', body), 201);
    await eventually(async () => (await as.dispatcher!.get(`/work-items/${created.id}`)).body.item.status === 'pending_acceptance', 20_000, 'routing');
    return created.id;
  }

  it('takes a petition through return, extension, unsatisfied feedback and a rejected closure to closed', async () => {
    const id = await registerRouted({
      kind: 'petition',
      title: '小区供水压力不足',
      description: '高层住户反映供水压力不足已一月。',
      channel: 'letter',
      category: 'utilities',
      petitioner: { name: '刘女士', phone: '13900001111', idNumber: null },
      decision: { accept: true },
    });
    // The department sends it back (wrongly routed), the dispatcher assigns it again with a handler.
    expect(ok(await act(as.handler!, id, 'return', { reason: '非我部门职责' })).status).toBe('pending_assignment');
    expect(ok(await act(as.dispatcher!, id, 'assign', { departmentId: util.id, handlerId })).status).toBe('pending_acceptance');
    const accepted = ok(await act(as.handler!, id, 'accept'));
    expect(accepted).toMatchObject({ stage: 'handle', status: 'in_progress', handlerId });
    const handleDue = accepted.deadlines.at(-1).dueAt;

    // Extension: requested, rejected; requested again, approved by the leader of the department (moves the deadline); no second one.
    ok(await act(as.handler!, id, 'request_extension', { days: 3, reason: '需现场勘查' }));
    expect((await act(as.handler!, id, 'request_extension', { days: 5, reason: '再次申请' })).body).toMatchObject({ statusCode: 422, reason: 'extension_pending', params: {} });
    expect(ok(await act(as.leader!, id, 'reject_extension', { comment: '理由不足' })).pendingExtension).toBeNull();
    ok(await act(as.handler!, id, 'request_extension', { days: 10, reason: '需现场勘查' }));
    const extended = ok(await act(as.leader!, id, 'approve_extension', { comment: '同意' }));
    expect(extended.extensionDaysUsed).toBe(10);
    expect(extended.deadlines.at(-1)).toMatchObject({ extendedAmount: 10, rev: 1 });
    expect(new Date(extended.deadlines.at(-1).dueAt).getTime() - new Date(handleDue).getTime()).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000);
    // The statutory clock moved with it by the same 10 days, from its own start (a period ending on a
    // rest day ends on the working day after, so the due dates may be fewer than 10 days apart).
    expect(extended.statutoryClock).toMatchObject({ extendedAmount: 10, rev: 1, startedAt: accepted.statutoryClock.startedAt });
    expect(Date.parse(extended.statutoryClock.dueAt)).toBeGreaterThan(Date.parse(accepted.statutoryClock.dueAt));
    expect((await act(as.handler!, id, 'request_extension', { days: 5, reason: '第二次' })).body).toMatchObject({ statusCode: 422, reason: 'extension_limit_reached', params: { limit: 1 } });

    // Reply → unsatisfied feedback sends it back and counts a reopening.
    expect(ok(await act(as.handler!, id, 'reply', { content: '已协调供水公司加装增压泵。' })).status).toBe('awaiting_feedback');
    const reopened = ok(await act(as.dispatcher!, id, 'record_feedback', { satisfaction: 'unsatisfied', comment: '仍未解决' }));
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1 });
    ok(await act(as.handler!, id, 'reply', { content: '增压泵已投入运行。' }));
    expect(ok(await act(as.dispatcher!, id, 'record_feedback', { satisfaction: 'satisfied' })).status).toBe('awaiting_approval');

    // The leader rejects the closure once, then approves it.
    expect((await act(as.leader!, id, 'reject_close', {})).status).toBe(400);
    expect(ok(await act(as.leader!, id, 'reject_close', { comment: '请补充回访记录' })).status).toBe('in_progress');
    ok(await act(as.handler!, id, 'reply', { content: '已补充回访记录。' }));
    ok(await act(as.dispatcher!, id, 'record_feedback', { satisfaction: 'basically_satisfied' }));
    const closed = ok(await act(as.leader!, id, 'approve_close', { comment: '同意办结' }));
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();

    // Closed for good: every action but a comment and recording a notice's sending is refused, and the timeline kept everything.
    expect((await act(as.dispatcher!, id, 'supervise', { comment: '再督办' })).status).toBe(422);
    const detail = ok(await as.dispatcher!.get(`/work-items/${id}`));
    expect(detail.allowedActions).toEqual(['comment', 'record_notice_sent']);
    const types = detail.events.map((e: { type: string }) => e.type);
    for (const t of ['registered', 'stage_job_processed', 'returned', 'assigned', 'accepted', 'extension_requested', 'extension_approved', 'extension_rejected', 'replied', 'closure_rejected', 'closure_approved']) {
      expect(types, `timeline has ${t}`).toContain(t);
    }
    // Everyone involved was told: the leader got the extension and closure requests.
    const leaderNotes = ok(await as.leader!.get('/notifications'));
    expect(leaderNotes.items.map((n: { topic: string }) => n.topic)).toEqual(expect.arrayContaining(['extension_requested', 'closure_requested']));
    // Notices are codes with parameters the web words in its language; no sentence is stored.
    const requests = leaderNotes.items.filter((n: { itemId: string; topic: string }) => n.itemId === id && n.topic === 'extension_requested');
    expect(requests.length).toBeGreaterThan(0);
    for (const n of requests) expect(n).toMatchObject({ params: { code: detail.item.code, title: detail.item.title, days: expect.any(Number) }, message: null });
    // Events come typed by the domain: each type with its own data.
    expect(detail.events.find((e: { type: string }) => e.type === 'extension_approved')).toMatchObject({
      data: { days: 10, comment: '同意', previousDueAt: expect.any(String), dueAt: expect.any(String) },
    });
  });

  it('reads every event of the demo items as a domain type (the seed writes what the actions write)', async () => {
    const list = ok(await as.dispatcher!.get('/work-items?view=all&pageSize=100'));
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items as { id: string; code: string }[]) {
      const events = ok(await as.dispatcher!.get(`/work-items/${item.id}`)).events as { type: string; originalType?: string }[];
      expect(events.filter((e) => e.type === 'unknown').map((e) => `${item.code} ${e.originalType}`)).toEqual([]);
    }
  });

  it('takes an enterprise appeal from the company contact to closure, with the contact rating it', async () => {
    const me = ok(await as.enterprise!.get('/me'));
    const created = ok(await as.enterprise!.post('/work-items', { kind: 'appeal', title: '天然气供应中断', description: '今日上午起天然气压力为零。', channel: 'online', category: 'utilities', urgency: 'urgent', enterpriseId: me.enterpriseId }), 201);
    await eventually(async () => (await as.head!.get(`/work-items/${created.id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    const accepted = ok(await act(as.head!, created.id, 'accept', { handlerId }));
    expect(accepted.handlerId).toBe(handlerId);
    // Urgent appeals: handle within 1 working day.
    expect(accepted.deadlines.at(-1)).toMatchObject({ stage: 'handle', amount: 1, unit: 'working_days' });
    ok(await act(as.dispatcher!, created.id, 'set_owner', { leaderUserId: leaderId }));
    expect(ok(await as.leader!.get('/work-items?view=owned')).items.map((i: { id: string }) => i.id)).toContain(created.id);
    expect(ok(await as.handler!.get('/work-items?view=owned')).total).toBe(0);
    ok(await act(as.handler!, created.id, 'request_coordination', { reason: '需燃气公司配合' }));
    ok(await act(as.handler!, created.id, 'reply', { content: '燃气公司已恢复供气。' }));
    expect(ok(await act(as.liaison!, created.id, 'record_feedback', { satisfaction: 'satisfied' })).status).toBe('awaiting_approval');
    const approvals = ok(await as.leader!.get('/work-items?view=approvals'));
    expect(approvals.items.map((i: { id: string }) => i.id)).toContain(created.id);
    expect(ok(await act(as.leader!, created.id, 'approve_close')).status).toBe('closed');
    const mine = ok(await as.enterprise!.get(`/work-items/${created.id}`));
    expect(mine.item).toMatchObject({ status: 'closed', satisfaction: 'satisfied', ownerLeaderId: leaderId });
  });

  it('refuses every action a role may not take — 403 by role, 422 by status, 404 when invisible — and changes nothing', async () => {
    // The enterprise contact's own company: the contact sees it but may only comment.
    const id = await registerRouted({ kind: 'appeal', title: '用电增容', description: '需增容。', channel: 'online', category: 'utilities', enterpriseId: (await as.enterprise!.get('/me')).body.enterpriseId });
    const before = ok(await as.dispatcher!.get(`/work-items/${id}`));
    // Valid input for every action, so that a refusal can only come from the role or the status.
    const inputs: Record<string, Record<string, unknown>> = {
      assign: { departmentId: util.id },
      accept: {},
      return: { reason: '退回理由' },
      transfer: { departmentId: util.id, reason: '转办理由' },
      request_extension: { days: 1, reason: '延期理由' },
      approve_extension: {},
      reject_extension: {},
      request_coordination: { reason: '协调理由' },
      reply: { content: '答复内容' },
      record_feedback: { satisfaction: 'satisfied' },
      approve_close: {},
      reject_close: { comment: '驳回理由' },
      supervise: { comment: '督办' },
      set_owner: { leaderUserId: leaderId },
      comment: { text: '备注' },
    };
    const actions = Object.keys(inputs);
    const seen: Record<string, number[]> = {};
    const allowedBy: Record<string, string[]> = {};
    for (const [user, client] of Object.entries(as)) {
      const detail = await client.get(`/work-items/${id}`);
      const allowed: string[] = detail.status === 200 ? detail.body.allowedActions : [];
      allowedBy[user] = allowed;
      for (const action of actions) {
        // Allowed actions would move the item on; the engine's own tests and the lives above take them.
        if (allowed.includes(action) && action !== 'comment') continue;
        const res = await client.post(`/work-items/${id}/actions`, { action, version: (await as.dispatcher!.get(`/work-items/${id}`)).body.item.version, ...inputs[action] });
        (seen[res.status] ??= []).push(res.status);
        if (detail.status === 404) expect(res.status, `${user} ${action}`).toBe(404);
        else if (action === 'comment') expect(res.status, `${user} comment`).toBe(200);
        else expect([403, 422], `${user} ${action} → ${JSON.stringify(res.body)}`).toContain(res.status);
      }
    }
    // The table really exercised each kind of refusal, and the hand-written expectations hold.
    expect(Object.keys(seen)).toEqual(expect.arrayContaining(['200', '403', '404', '422']));
    expect(allowedBy.dispatcher).toEqual(expect.arrayContaining(['assign', 'transfer', 'supervise', 'set_owner']));
    expect(allowedBy.handler).toEqual(expect.arrayContaining(['accept', 'return']));
    expect(allowedBy.handler).not.toContain('approve_close');
    expect(allowedBy.head).toEqual(expect.arrayContaining(['accept', 'return', 'transfer']));
    expect(allowedBy.enterprise).toEqual(['comment']);
    expect(allowedBy.handler2).toEqual([]);
    // Only comments were recorded: state unchanged but for the version the comments bumped.
    const after = ok(await as.dispatcher!.get(`/work-items/${id}`)).item;
    expect({ ...after, version: 0, updatedAt: '' }).toEqual({ ...before.item, version: 0, updatedAt: '' });
    // handler2 works in another department and must not see it at all.
    expect((await as.handler2!.get(`/work-items/${id}`)).status).toBe(404);
  });

  it('lets exactly one of two concurrent actions on one version win; the other gets 409', async () => {
    const id = await registerRouted({ kind: 'appeal', title: '并发测试', description: '两人同时签收。', channel: 'online', category: 'utilities', enterpriseId: (await as.dispatcher!.get('/enterprises')).body[0].id });
    const version = (await as.handler!.get(`/work-items/${id}`)).body.item.version;
    const results = await Promise.all([
      as.handler!.post(`/work-items/${id}/actions`, { action: 'accept', version }),
      as.head!.post(`/work-items/${id}/actions`, { action: 'accept', version }),
      as.dispatcher!.post(`/work-items/${id}/actions`, { action: 'supervise', version, comment: '同时督办' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const detail = ok(await as.dispatcher!.get(`/work-items/${id}`));
    expect(detail.item.version).toBe(version + 1);
  });

  it('answers bad action input with a clear 4xx and leaves the item unchanged', async () => {
    const id = await registerRouted({ kind: 'appeal', title: '坏输入', description: '测试', channel: 'online', category: 'utilities', enterpriseId: (await as.dispatcher!.get('/enterprises')).body[0].id });
    const before = ok(await as.handler!.get(`/work-items/${id}`)).item;
    const post = (body: unknown) => as.handler!.post(`/work-items/${id}/actions`, body);
    const cases: [unknown, number, string][] = [
      [{ action: 'fly', version: before.version }, 400, 'action'],
      [{ action: 'accept' }, 400, 'version'],
      [{ action: 'accept', version: 'one' }, 400, 'version'],
      [{ action: 'return', version: before.version, reason: 'x'.repeat(1001) }, 400, 'reason'],
      [{ action: 'return', version: before.version, reason: 42 }, 400, 'reason'],
      [{ action: 'accept', version: before.version, handlerId: 'not-a-uuid' }, 400, 'handlerId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.fields, JSON.stringify(res.body)).toHaveProperty(field);
    }
    // Ids that are well-formed but name nothing.
    const unknownDept = await act(as.dispatcher!, id, 'assign', { departmentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownDept.status).toBe(400);
    expect(unknownDept.body.fields).toHaveProperty('departmentId');
    const wrongHandler = await act(as.head!, id, 'accept', { handlerId: (await as.handler2!.get('/me')).body.id });
    expect(wrongHandler.status).toBe(400);
    expect((await as.handler!.post('/work-items/00000000-0000-4000-8000-000000000000/actions', { action: 'accept', version: 1 })).status).toBe(404);
    const after = ok(await as.handler!.get(`/work-items/${id}`)).item;
    expect(after).toEqual(before);
  });
});
