import { randomUUID } from 'node:crypto';
import { createDataSource, EnterpriseEntity, toWorkItemState, WorkItemEntity, WorkItemEventEntity } from '@parkflow/db';
import { createKindRegistry, itemAccess, mayListProjects, mayOnProject, shanghaiDate, type Actor, type EventAudience } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** The built-in kinds, as the stack under test runs them (no park overrides). */
const KINDS = createKindRegistry();

const DEMO_USERS = ['dispatcher', 'handler', 'handler2', 'head', 'leader', 'liaison', 'enterprise', 'admin'] as const;

/**
 * The access table over HTTP: for every demo role and both kinds, the domain's `itemAccess`
 * (item, petitioner fields, each event) computed with the actor the api itself sees (`GET /me`)
 * must be exactly what the api answers — and the rules that matter most are asserted outright.
 */
describe('who sees what, over HTTP', () => {
  let running: RunningStack;
  const clients = {} as Record<(typeof DEMO_USERS)[number], ApiClient>;
  const actors = {} as Record<(typeof DEMO_USERS)[number], Actor>;
  let dataSource: ReturnType<typeof createDataSource>;
  let petitionId: string;
  let appealId: string;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const name of DEMO_USERS) {
      clients[name] = await anonymous.as(name);
      const me = (await clients[name].get('/me')).body;
      actors[name] = { id: me.id, roles: me.roles, departmentId: me.departmentId, leadsDepartmentIds: me.leadsDepartmentIds, enterpriseId: me.enterpriseId, liaisonEnterpriseIds: me.liaisonEnterpriseIds };
    }
    const { dispatcher, handler } = clients;
    const company = actors.enterprise.enterpriseId;
    const department = actors.handler.departmentId;
    const petition = await dispatcher.post('/work-items', {
      kind: 'petition', title: '劳动纠纷：华光拖欠工资', description: '来访人反映企业拖欠工资三个月', channel: 'visit', category: 'hiring',
      enterpriseId: company, departmentId: department, petitioner: { name: '王某', phone: '13900001111', idNumber: '410102199001011234' },
      decision: { accept: true },
    });
    expect(petition.status).toBe(201);
    petitionId = petition.body.id;
    const appeal = await dispatcher.post('/work-items', { kind: 'appeal', title: '用气报装', description: '新厂房用气报装', channel: 'online', category: 'utilities', enterpriseId: company, departmentId: department });
    expect(appeal.status).toBe(201);
    appealId = appeal.body.id;
    for (const id of [petitionId, appealId]) {
      await eventually(async () => (await act(handler, id, 'accept')).status === 200, 20_000, 'accepted');
      expect((await act(handler, id, 'comment', { text: 'internal note: the company papers may be forged' })).status).toBe(200);
      expect((await act(handler, id, 'comment', { text: '材料已收到', audience: 'public' })).status).toBe(200);
      expect((await act(dispatcher, id, 'supervise', { comment: '请加快办理' })).status).toBe(200);
      expect((await act(handler, id, 'reply', { content: '已协调解决' })).status).toBe(200);
    }
    dataSource = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await running?.stop();
  });

  async function expected(id: string, actor: Actor) {
    const row = await dataSource.getRepository(WorkItemEntity).findOneByOrFail({ id });
    const events = await dataSource.getRepository(WorkItemEventEntity).find({ where: { itemId: id }, order: { id: 'ASC' } });
    const item = toWorkItemState(row);
    const access = itemAccess(item, events.map((e) => ({ audience: e.audience as EventAudience })), actor, KINDS.get(item.kind)!);
    return { access, eventIds: events.filter((_, i) => access.events[i]).map((e) => String(e.id)), item: toWorkItemState(row) };
  }

  it('answers every role x kind exactly as the domain table says: the item, the petitioner fields, each event, the lists', async () => {
    for (const name of DEMO_USERS) {
      for (const id of [petitionId, appealId]) {
        const { access, eventIds, item } = await expected(id, actors[name]);
        const detail = await clients[name].get(`/work-items/${id}`);
        const where = `${name} on the ${item.kind}`;
        expect(detail.status, where).toBe(access.item ? 200 : 404);
        const listed = await clients[name].get(`/work-items?view=all&kind=${item.kind}&pageSize=100`);
        expect(listed.status, where).toBe(200);
        expect(listed.body.items.some((i: { id: string }) => i.id === id), where).toBe(access.item);
        if (!access.item) {
          // Not even a comment lands on an item one may not see.
          expect((await clients[name].post(`/work-items/${id}/actions`, { action: 'comment', version: item.version, text: '我们知道是谁举报的' })).status, where).toBe(404);
          continue;
        }
        expect(detail.body.events.map((e: { id: string }) => e.id), where).toEqual(eventIds);
        // Both items are under supervision (督办): only staff see it on the item.
        expect(detail.body.item.supervisedAt !== null, where).toBe(access.internalFields);
        if (!access.internalFields) expect(detail.body.item.sla, where).not.toBe('supervised');
        const shown = detail.body.item.petitioner;
        for (const field of ['name', 'phone', 'idNumber'] as const) {
          const rule = access.petitioner[field];
          const value = shown?.[field] ?? null;
          if (rule === 'none') expect(value, `${where}: ${field}`).toBeNull();
          else if (rule === 'clear') expect(value, `${where}: ${field}`).toBe(item.petitioner?.[field]);
          else expect(value, `${where}: ${field}`).toMatch(/\*/);
        }
      }
    }
  });

  it('keeps the petition from the company it names and from that company\'s liaison, and internal notes from the company', async () => {
    for (const name of ['enterprise', 'liaison'] as const) {
      expect((await clients[name].get(`/work-items/${petitionId}`)).status, name).toBe(404);
    }
    const appeal = await clients.enterprise.get(`/work-items/${appealId}`);
    expect(appeal.status).toBe(200);
    const texts = appeal.body.events.map((e: { data: { text?: string } }) => e.data.text).filter(Boolean);
    expect(texts).toEqual(['材料已收到']);
    expect(appeal.body.events.map((e: { type: string }) => e.type)).not.toContain('supervised');
    expect(appeal.body.events.every((e: { audience: string }) => e.audience === 'public')).toBe(true);
    // Staff see both comments, each marked with its audience.
    const staff = await clients.handler.get(`/work-items/${appealId}`);
    expect(staff.body.events.filter((e: { type: string }) => e.type === 'commented').map((e: { audience: string }) => e.audience)).toEqual(['internal', 'public']);
  });

  it('scopes the user directory to staff and checks its query', async () => {
    expect((await clients.enterprise.get('/users')).status).toBe(403);
    expect((await clients.dispatcher.get('/users?role=handler')).status).toBe(200);
    expect((await clients.dispatcher.get('/users?departmentId=abc')).status).toBe(400);
    expect((await clients.dispatcher.get('/users?role=superuser')).status).toBe(400);
  });

  it('refuses registrations that name nothing, or a company that is not the liaison\'s', async () => {
    const nil = '00000000-0000-0000-0000-000000000000';
    const base = { kind: 'appeal', title: '测试', description: '测试', channel: 'online', category: 'utilities' };
    const noCompany = await clients.dispatcher.post('/work-items', { ...base, enterpriseId: nil });
    expect(noCompany.status).toBe(400);
    expect(noCompany.body.fields).toEqual({ enterpriseId: 'no such enterprise' });
    const noDepartment = await clients.dispatcher.post('/work-items', { ...base, enterpriseId: actors.enterprise.enterpriseId, departmentId: nil });
    expect(noDepartment.body.fields).toEqual({ departmentId: 'no such department' });
    // The demo liaison looks after every demo company: add one they do not look after.
    const other = randomUUID();
    await dataSource.getRepository(EnterpriseEntity).insert({ id: other, name: '他人包保的企业', creditCode: `91-${other.slice(0, 8)}`, liaisonUserId: null });
    expect((await clients.liaison.post('/work-items', { ...base, enterpriseId: other })).status).toBe(403);
    expect((await clients.liaison.post('/work-items', { ...base, enterpriseId: actors.liaison.liaisonEnterpriseIds[0] })).status).toBe(201);
  });

  it('key projects: every role reads, writes and completes nodes exactly as the domain project-access rule says', async () => {
    const today = shanghaiDate(new Date());
    const year = Number(today.slice(0, 4));
    const created = await clients.dispatcher.post('/projects', {
      name: '科技产业园标准厂房', investorName: '华光精密机械有限公司', investmentWan: 30000, type: 'new', phase: 'permits',
      targets: { start: today, completion: `${year + 1}${today.slice(4)}`, production: `${year + 2}${today.slice(4)}` },
      chiefOfficerId: actors.liaison.id, pushTeamIds: [actors.handler2.id], departmentIds: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const project = { chiefOfficerId: actors.liaison.id, pushTeamIds: [actors.handler2.id] };
    for (const name of DEMO_USERS) {
      const actor = actors[name];
      const reads = mayOnProject(actor, project, 'read');
      expect((await clients[name].get(`/projects/${created.body.id}`)).status, `${name} reads`).toBe(reads ? 200 : 404);
      expect((await clients[name].get('/projects')).status, `${name} lists`).toBe(mayListProjects(actor) ? 200 : 403);
      // A stale version: allowed writers get 409 (nothing changes), the others 403 (or 404 when they may not read).
      const stale = (op: 'edit' | 'complete_node') => (!reads ? 404 : mayOnProject(actor, project, op) ? 409 : 403);
      expect((await clients[name].request('PATCH', `/projects/${created.body.id}`, { version: 0, name: 'x' })).status, `${name} edits`).toBe(stale('edit'));
      expect((await clients[name].post(`/projects/${created.body.id}/nodes/project_filing/complete`, { version: 0, finishedOn: today, evidence: 'x' })).status, `${name} completes`).toBe(stale('complete_node'));
    }
    expect((await clients.dispatcher.get(`/projects/${created.body.id}`)).body.version).toBe(1);
  });
});
