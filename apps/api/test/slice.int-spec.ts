import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack, type StackMode } from './support/stack-fixture.js';

const MODES: StackMode[] = ['postgres+redis', 'postgres+pg-queues', 'embedded'];

/**
 * The first vertical slice, in each way ParkFlow runs: a demo user signs in, registers an item,
 * lists it, and sees in its timeline that the worker processed its assign stage
 * (api → one transaction with an outbox row → relay → queue → worker → database).
 */
describe.each(MODES)('the slice on %s', (mode) => {
  let running: RunningStack;
  let anonymous: ApiClient;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    running = await startTestStack(mode);
    anonymous = new ApiClient(running.url);
    dispatcher = await anonymous.as('dispatcher');
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('reports the database and the queue backend in /api/health', async () => {
    const res = await anonymous.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: { ok: true, mode: mode === 'embedded' ? 'embedded' : 'external' },
      queue: { ok: true, backend: mode === 'postgres+redis' ? 'redis' : 'postgres' },
      // Every row the seed and the tests wrote so far was sent right after its commit.
      outbox: { pending: expect.any(Number), failing: 0, oldestPendingAgeSeconds: res.body.outbox.pending === 0 ? null : expect.any(Number), publishFailures: 0, queueErrors: 0, lastPublishError: null },
    });
  });

  it('registers an appeal, lists it, and shows the worker routing it in the timeline', async () => {
    const enterprises = await dispatcher.get<{ id: string; name: string }[]>('/enterprises');
    expect(enterprises.body.length).toBeGreaterThan(0);
    const created = await dispatcher.post('/work-items', {
      kind: 'appeal',
      title: '园区北区停电影响生产',
      description: '企业反映今晨起北区停电，请求协调供电公司尽快恢复。',
      channel: 'hotline',
      category: 'utilities',
      enterpriseId: enterprises.body[0]!.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'appeal', stage: 'assign', status: 'pending_assignment', version: 1 });
    expect(created.body.code).toMatch(/^SQ-\d{8}-\d{4}$/);
    expect(created.body.deadlines).toHaveLength(1);
    expect(created.body.deadlines[0]).toMatchObject({ stage: 'assign', unit: 'working_days', amount: 0, metAt: null });

    const list = await dispatcher.get(`/work-items?view=all&q=${encodeURIComponent('北区停电')}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);

    const detail = await eventually(async () => {
      const res = await dispatcher.get(`/work-items/${created.body.id}`);
      return res.body.events?.some((e: { type: string }) => e.type === 'stage_job_processed') ? res.body : null;
    }, 30_000, 'the worker to process the assign stage');
    const processed = detail.events.find((e: { type: string }) => e.type === 'stage_job_processed');
    expect(processed).toMatchObject({ stage: 'assign', actorId: 'system', data: { result: 'routed', rule: 'UTIL' } });
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'stage_job_processed']);
    expect(detail.item).toMatchObject({ status: 'pending_acceptance', departmentName: '公用事业服务中心', version: 2 });
  });

  it('shows the item to its department and hides it, as not found, from another', async () => {
    const handler = await anonymous.as('handler');
    const handler2 = await anonymous.as('handler2');
    const item = (await handler.get('/work-items?view=all&q=' + encodeURIComponent('北区停电'))).body.items[0];
    expect(item?.departmentName).toBe('公用事业服务中心');
    expect((await handler2.get(`/work-items/${item.id}`)).status).toBe(404);
    const mine = await handler.get('/work-items?view=mine');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(item.id);
  });
});

describe('bad input on postgres+redis', () => {
  let running: RunningStack;
  let anonymous: ApiClient;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    anonymous = new ApiClient(running.url);
    dispatcher = await anonymous.as('dispatcher');
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('answers 401 to a wrong password, a missing token and a forged one', async () => {
    expect((await anonymous.post('/auth/login', { username: 'dispatcher', password: 'nope' })).status).toBe(401);
    expect((await anonymous.get('/me')).status).toBe(401);
    expect((await new ApiClient(running.url, 'eyJzdWIiOiJ4In0.forged').get('/me')).status).toBe(401);
  });

  it('answers 400 with a message per field, and stores nothing', async () => {
    const before = (await dispatcher.get('/work-items?view=all')).body.total;
    const res = await dispatcher.post('/work-items', { kind: 'ticket', title: '', channel: 'fax', category: 'utilities', description: 'x'.repeat(10_001) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(Object.keys(res.body.fields).sort()).toEqual(['channel', 'description', 'kind', 'title']);
    const appealWithoutCompany = await dispatcher.post('/work-items', { kind: 'appeal', title: 't', description: 'd', channel: 'online', category: 'other' });
    expect(appealWithoutCompany.status).toBe(400);
    expect(appealWithoutCompany.body.fields).toHaveProperty('enterpriseId');
    expect((await dispatcher.get('/work-items?view=all')).body.total).toBe(before);
  });

  it('answers 400 to malformed JSON and a bad query, 404 to unknown ids, never 500', async () => {
    const malformed = await dispatcher.request('POST', '/work-items', undefined, '{"kind": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/JSON/);
    expect((await dispatcher.get('/work-items?pageSize=1000')).status).toBe(400);
    expect((await dispatcher.get('/work-items/not-a-uuid')).status).toBe(400);
    expect((await dispatcher.get('/work-items/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('forbids an enterprise contact to raise an appeal for another company', async () => {
    const enterprise = await anonymous.as('enterprise');
    const me = (await enterprise.get('/me')).body;
    const other = (await enterprise.get('/enterprises')).body.find((e: { id: string }) => e.id !== me.enterpriseId);
    const res = await enterprise.post('/work-items', { kind: 'appeal', title: '代他人反映', description: 'd', channel: 'online', category: 'other', enterpriseId: other.id });
    expect(res.status).toBe(403);
    const own = await enterprise.post('/work-items', { kind: 'appeal', title: '本企业诉求', description: 'd', channel: 'online', category: 'other', enterpriseId: me.enterpriseId });
    expect(own.status).toBe(201);
  });

  it('masks a petitioner\'s phone and ID number for whoever does not work on the item', async () => {
    const util = (await dispatcher.get('/departments')).body.find((d: { code: string }) => d.code === 'UTIL');
    const petition = await dispatcher.post('/work-items', {
      kind: 'petition',
      title: '供暖不热',
      description: '小区供暖温度不达标',
      channel: 'visit',
      category: 'utilities',
      departmentId: util.id,
      petitioner: { name: '陈先生', phone: '13812345678', idNumber: '410102198001011234' },
      decision: { accept: true },
    });
    expect(petition.status).toBe(201);
    expect(petition.body.status).toBe('pending_acceptance');
    const full = { name: '陈先生', phone: '13812345678', idNumber: '410102198001011234' };
    expect(petition.body.petitioner).toEqual(full);
    // The head of the department works on it; a handler of the department who was not given it does not yet.
    const head = await anonymous.as('head');
    expect((await head.get(`/work-items/${petition.body.id}`)).body.item.petitioner).toEqual(full);
    const handler = await anonymous.as('handler');
    expect((await handler.get(`/work-items/${petition.body.id}`)).body.item.petitioner).toEqual({
      name: '陈先生',
      phone: '138****5678',
      idNumber: '410102********1234',
    });
  });

  it('serves the OpenAPI document generated from the contracts', async () => {
    const res = await anonymous.get('/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/auth/login', '/work-items', '/work-items/{id}', '/health', '/calendar/arrangements', '/calendar/arrangements/preview']));
    // The fuzz (tooling/chaos/fuzz.mjs) reaches only what the document lists: these three were missing.
    expect(Object.keys(res.body.paths['/calendar/arrangements']).sort()).toEqual(['get', 'post']);
    expect(res.body.paths['/work-items'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['kind', 'title', 'description', 'channel', 'category']),
    );
  });
});
