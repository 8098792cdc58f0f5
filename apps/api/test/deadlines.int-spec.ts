import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack, type StackMode } from './support/stack-fixture.js';

/**
 * Deadlines fire for real — delayed jobs in the queue backend, no mocked clock — under a test
 * policy in seconds: warning → overdue → escalation to the department head, then the leader,
 * each with its notifications.
 */
const SECONDS_POLICY = JSON.stringify({
  appeal: {
    stages: { assign: { amount: 30, unit: 'seconds' }, handle: { amount: 4, unit: 'seconds' } },
    warnShare: 0.5,
    escalation: [
      { after: { amount: 2, unit: 'seconds' }, audience: 'department_head' },
      { after: { amount: 4, unit: 'seconds' }, audience: 'leader' },
    ],
  },
});

const MODES: StackMode[] = (process.env.PF_MODES?.split(',') as StackMode[] | undefined) ?? ['postgres+redis', 'embedded'];

describe.each(MODES)('deadline timers on %s', (mode) => {
  let running: RunningStack;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    running = await startTestStack(mode, { PARKFLOW_KIND_CONFIG: SECONDS_POLICY });
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'head', 'leader']) as[u] = await anonymous.as(u);
  });

  afterAll(async () => {
    await running?.stop();
  });

  // The two run at once (each watches its own item): each waits out real seconds of timers.
  it.concurrent('warns, marks overdue and escalates twice while the item stays overdue, notifying each level', async () => {
    const enterpriseId = (await as.dispatcher!.get('/enterprises')).body[0].id;
    const created = await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '超期测试', description: '测试超期升级', channel: 'online', category: 'utilities', enterpriseId });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await eventually(async () => (await as.handler!.get(`/work-items/${id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    const accepted = await act(as.handler!, id, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.deadlines.at(-1)).toMatchObject({ stage: 'handle', amount: 4, unit: 'seconds' });

    const types = async () => {
      const res = await as.dispatcher!.get(`/work-items/${id}`);
      expect(res.status, JSON.stringify(res.body) + running.output().slice(-3000)).toBe(200);
      return (res.body.events as { type: string }[]).map((e) => e.type);
    };
    const timeline = await eventually(async () => {
      const t = await types();
      return t.filter((x) => x === 'escalated').length >= 2 ? t : null;
    }, 30_000, 'warning, overdue and two escalations');
    const handleEvents = timeline.slice(timeline.indexOf('accepted'));
    expect(handleEvents).toEqual(['accepted', 'warned', 'overdue', 'escalated', 'escalated']);
    const detail = (await as.dispatcher!.get(`/work-items/${id}`)).body;
    expect(detail.item.sla).toBe('overdue');
    expect(detail.events.filter((e: { type: string }) => e.type === 'escalated').map((e: { data: { level: number } }) => e.data.level)).toEqual([1, 2]);

    // Each level was told: the handler of the warning and overdue, the head (level 1), the leader (level 2).
    const topics = async (client: ApiClient) =>
      ((await client.get('/notifications')).body.items as { topic: string; itemId: string }[]).filter((n) => n.itemId === id).map((n) => n.topic);
    await eventually(async () => (await topics(as.leader!)).includes('escalated'), 10_000, 'the leader notified');
    expect(await topics(as.handler!)).toEqual(expect.arrayContaining(['warned', 'overdue']));
    expect(await topics(as.head!)).toContain('escalated');
  });

  it.concurrent('does nothing when a timer fires for a stage the item has left', async () => {
    const enterpriseId = (await as.dispatcher!.get('/enterprises')).body[0].id;
    const created = await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '及时答复', description: '在期限内答复', channel: 'online', category: 'utilities', enterpriseId });
    const id = created.body.id;
    await eventually(async () => (await as.handler!.get(`/work-items/${id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    expect((await act(as.handler!, id, 'accept')).status).toBe(200);
    expect((await act(as.handler!, id, 'reply', { content: '已解决' })).status).toBe(200);
    // Past every handle-stage timer (4 s due + 4 s last escalation), the item is untouched by them.
    await new Promise((r) => setTimeout(r, 9_000));
    const detail = (await as.dispatcher!.get(`/work-items/${id}`)).body;
    expect(detail.item.status).toBe('awaiting_feedback');
    expect(detail.events.map((e: { type: string }) => e.type)).not.toContain('overdue');
  });
});
