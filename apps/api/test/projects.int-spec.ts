import { createDataSource, DepartmentEntity, ProjectEntity, ProjectHistoryEntity, UserEntity } from '@parkflow/db';
import { createPlan, createWorkCalendar, createWorkingDayLine, DEFAULT_NODE_TEMPLATES, shanghaiDate } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * 重点项目 over HTTP on PostgreSQL + Redis with the real worker: created from a template and
 * scheduled backwards, re-planned when the target moves, a baseline frozen and the drift read, a
 * node completed, red / amber / green from dates, a project task due on its node and following it
 * when the plan moves; and the refusals (400 naming the node or the cycle, nothing saved; 403;
 * 404; 409). Dates are counted on the official calendar the api uses (no override is set here).
 */

describe('key projects on PostgreSQL + Redis', () => {
  let running: RunningStack;
  let db: ReturnType<typeof createDataSource>;
  const as: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const calendar = createWorkCalendar();
  const today = shanghaiDate(new Date());
  const line = createWorkingDayLine(calendar, today);
  /** The working day n working days from today's (n may be negative). */
  const workingDay = (n: number) => line.dateOf(line.onOrAfter(today) + n);
  const addYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };
  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '食品产业园冷链仓储项目',
    investorName: '华光精密机械有限公司',
    investmentWan: 52000,
    type: 'new',
    phase: 'permits',
    targets: { start: today, completion: addYears(today, 1), production: addYears(today, 2) },
    chiefOfficerId: ids.liaison,
    pushTeamIds: [ids.handler],
    departmentIds: [ids.UTIL],
    ...overrides,
  });
  const node = (project: any, key: string) => project.nodes.find((n: any) => n.key === key);

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'handler2', 'head', 'leader', 'liaison', 'enterprise', 'admin']) as[u] = await anonymous.as(u);
    db = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await db.initialize();
    for (const u of await db.getRepository(UserEntity).find()) ids[u.username] = u.id;
    for (const d of await db.getRepository(DepartmentEntity).find()) ids[d.code] = d.id;
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await running?.stop();
  });

  it('creates a project from its type’s template, scheduled backwards from the production target', async () => {
    const created = ok(await as.dispatcher!.post('/projects', body()), 201);
    expect(created.code).toMatch(/^XM-\d{4}-\d{3}$/);
    const expected = createPlan('new', DEFAULT_NODE_TEMPLATES.new, addYears(today, 2), calendar, { start: today });
    if (!expected.ok) throw new Error('the default template fits two years');
    expect(created.nodes.map((n: any) => [n.key, n.plannedStart, n.plannedFinish])).toEqual(expected.plan.nodes.map((n) => [n.key, n.plannedStart, n.plannedFinish]));
    expect(node(created, 'project_filing').departmentId).toBe(ids.APPROVAL);
    expect(created.nodes.every((n: any) => n.baselineFinish === null && n.drift === null && n.slack !== null)).toBe(true);
    expect(created.status).toBe('green');
    expect(created.history.map((h: any) => h.type)).toEqual(['created']);
    expect(created.progress).toEqual([]);
    expect(created.progressPercent).toBeNull();
    const listed = ok(await as.leader!.get('/projects'));
    expect(listed.items.map((p: any) => p.id)).toContain(created.id);
    expect(listed.figures.startedByJune30).toMatchObject({ year: Number(today.slice(0, 4)), by: `${today.slice(0, 4)}-06-30` });
    ids.project = created.id;
  });

  it('400 naming the node when the target is earlier than the nodes fit, and nothing is saved', async () => {
    const before = await db.getRepository(ProjectEntity).count();
    const history = await db.getRepository(ProjectHistoryEntity).count();
    const res = await as.dispatcher!.post('/projects', body({ targets: { start: today, completion: workingDay(20), production: workingDay(30) } }));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.reason).toBe('does_not_fit');
    expect(DEFAULT_NODE_TEMPLATES.new.map((n) => n.key)).toContain(res.body.params.node);
    expect(res.body.params.shortBy).toBeGreaterThan(0);
    expect(res.body.fields['targets.production']).toContain('目标日期过早');
    expect(await db.getRepository(ProjectEntity).count()).toBe(before);
    expect(await db.getRepository(ProjectHistoryEntity).count()).toBe(history);
  });

  it('completes a node with its evidence; a stale version is 409, a node whose predecessors are open 422', async () => {
    const current = ok(await as.handler!.get(`/projects/${ids.project}`));
    const done = ok(await as.handler!.post(`/projects/${ids.project}/nodes/project_filing/complete`, { version: current.version, finishedOn: today, evidence: '项目备案证明 2026-320500-01' }));
    expect(node(done, 'project_filing')).toMatchObject({ actualFinish: today, evidence: '项目备案证明 2026-320500-01', status: 'green', slack: null });
    expect(done.version).toBe(current.version + 1);
    expect(done.history[0]).toMatchObject({ type: 'node_completed', actorId: ids.handler });
    const stale = await as.handler!.post(`/projects/${ids.project}/nodes/land_pre_review/complete`, { version: current.version, finishedOn: today, evidence: 'x' });
    expect(stale.status).toBe(409);
    const early = await as.handler!.post(`/projects/${ids.project}/nodes/construction_permit/complete`, { version: done.version, finishedOn: today, evidence: 'x' });
    expect(early.status, JSON.stringify(early.body)).toBe(422);
    expect(early.body.reason).toBe('predecessors_open');
    const noEvidence = await as.handler!.post(`/projects/${ids.project}/nodes/land_pre_review/complete`, { version: done.version, finishedOn: today, evidence: ' ' });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.fields.evidence).toBeDefined();
  });

  it('freezes a baseline, re-plans when the target moves (unfinished nodes move, finished stay) and shows the drift; a project task follows its node', async () => {
    const before = ok(await as.dispatcher!.get(`/projects/${ids.project}`));
    const frozen = ok(await as.liaison!.post(`/projects/${ids.project}/baseline`, { version: before.version }));
    expect(frozen.nodes.every((n: any) => n.baselineFinish === n.plannedFinish && n.drift === 0)).toBe(true);
    expect(frozen.history[0].type).toBe('baseline_frozen');

    // A problem holding up the construction permit: due on the node's planned finish.
    const permit = node(frozen, 'construction_permit');
    const raised = ok(await as.dispatcher!.post('/work-items', { kind: 'project_task', title: '施工许可缺消防审查意见', description: '冷链仓储项目施工许可申报缺少消防设计审查意见，需协调。', channel: 'inspection', category: 'permits', projectId: ids.project, nodeKey: 'construction_permit', departmentId: ids.UTIL }), 201);
    expect(raised).toMatchObject({ kind: 'project_task', projectId: ids.project, projectNodeKey: 'construction_permit', linkedDates: { project_node: permit.plannedFinish } });
    ok(await act(as.handler!, raised.id, 'accept'));
    const handling = ok(await as.handler!.get(`/work-items/${raised.id}`)).item;
    const handleDue = handling.deadlines.at(-1);
    expect(handleDue.stage).toBe('handle');
    expect(shanghaiDate(new Date(handleDue.dueAt))).toBe(permit.plannedFinish);

    // The production target moves 10 working days later.
    const target = createWorkingDayLine(calendar, frozen.targets.production);
    const production = target.dateOf(target.onOrBefore(frozen.targets.production) + 10);
    const moved = ok(await as.liaison!.request('PATCH', `/projects/${ids.project}`, { version: frozen.version, targets: { ...frozen.targets, production } }));
    expect(node(moved, 'project_filing')).toMatchObject({ plannedFinish: node(frozen, 'project_filing').plannedFinish, actualFinish: today, drift: 0 });
    for (const n of moved.nodes.filter((x: any) => x.actualFinish === null)) expect(n.drift, n.key).toBe(10);
    expect(moved.history.slice(0, 2).map((h: any) => h.type).sort()).toEqual(['edited', 'replanned']);

    const followed = ok(await as.handler!.get(`/work-items/${raised.id}`));
    const newPermit = node(moved, 'construction_permit');
    expect(newPermit.plannedFinish > permit.plannedFinish).toBe(true);
    expect(followed.item.linkedDates.project_node).toBe(newPermit.plannedFinish);
    const due = followed.item.deadlines.at(-1);
    expect(due.rev).toBe((handleDue.rev ?? 0) + 1);
    expect(shanghaiDate(new Date(due.dueAt))).toBe(newPermit.plannedFinish);
    expect(followed.events.some((e: any) => e.type === 'deadline_retimed' && e.data.linkedDate === 'project_node')).toBe(true);

    const detail = ok(await as.leader!.get(`/projects/${ids.project}`));
    expect(detail.problems).toEqual([expect.objectContaining({ id: raised.id, code: raised.code, nodeKey: 'construction_permit', stage: 'handle' })]);
    expect(detail.history.some((h: any) => h.type === 'problem_raised')).toBe(true);
    // handler2 (人社局) reads every project but may not see a 公用事业 task: neither in its problems nor named in its history.
    const other = ok(await as.handler2!.get(`/projects/${ids.project}`));
    expect(other.problems).toEqual([]);
    expect(other.history.some((h: any) => h.type === 'problem_raised')).toBe(false);
    for (const named of [raised.id, raised.code, raised.title]) expect(JSON.stringify(other)).not.toContain(named);
  });

  it('a node due within three working days is amber; a node past its planned finish is red', async () => {
    const nodes = [
      { key: 'site_survey', name: { zh: '现场踏勘', en: 'Site survey' }, durationDays: 2, predecessors: [], phase: 'planning', permit: false, department: 'ECON' },
      { key: 'signing', name: { zh: '签约', en: 'Signing' }, durationDays: 3, predecessors: ['site_survey'], phase: 'signed', permit: true, department: 'APPROVAL', marksStart: true },
    ];
    ok(await as.admin!.request('PUT', '/project-templates/signed', { nodes }));
    const soon = workingDay(4);
    const amber = ok(await as.dispatcher!.post('/projects', body({ name: '冷链物流园签约项目', type: 'signed', targets: { start: today, completion: soon, production: soon } })), 201);
    expect(node(amber, 'site_survey')).toMatchObject({ plannedFinish: workingDay(1), status: 'amber', slack: 0, critical: true });
    expect(amber.status).toBe('amber');
    const past = ok(await as.dispatcher!.post('/projects', body({ name: '科技产业园孵化器项目', type: 'signed', targets: { start: workingDay(-20), completion: workingDay(-10), production: workingDay(-10) } })), 201);
    expect(node(past, 'signing')).toMatchObject({ status: 'red', statusReason: { zh: '已超期', en: 'Overdue' } });
    expect(past.status).toBe('red');
    const permits = ok(await as.head!.get('/projects/permits?view=date'));
    const dues = permits.rows.map((r: any) => r.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(permits.rows.some((r: any) => r.projectId === past.id && r.nodeKey === 'signing' && r.status === 'red')).toBe(true);
    const sheet = await as.head!.get('/projects/permits/xlsx?view=department');
    expect(sheet.status).toBe(200);
    expect(String(sheet.body).slice(0, 2)).toBe('PK');
  });

  it('400 naming the cycle of a template; nothing is stored', async () => {
    const cyclic = [
      { key: 'a_step', name: { zh: '甲', en: 'A' }, durationDays: 1, predecessors: ['b_step'], phase: 'permits', permit: true, department: null },
      { key: 'b_step', name: { zh: '乙', en: 'B' }, durationDays: 1, predecessors: ['a_step'], phase: 'permits', permit: true, department: null },
    ];
    const res = await as.admin!.request('PUT', '/project-templates/continuing', { nodes: cyclic });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.reason).toBe('cycle');
    expect(res.body.params.cycle).toMatch(/a_step → b_step → a_step|b_step → a_step → b_step/);
    const templates = ok(await as.dispatcher!.get('/project-templates'));
    expect(templates.templates.find((t: any) => t.type === 'continuing')).toMatchObject({ isDefault: true });
  });

  it('who may: 403 for roles that may not write or read, 404 for an unknown project, liaison cadres list only the projects they serve', async () => {
    const current = ok(await as.dispatcher!.get(`/projects/${ids.project}`));
    expect((await as.handler!.request('PATCH', `/projects/${ids.project}`, { version: current.version, name: '改名' })).status).toBe(403);
    expect((await as.leader!.post('/projects', body())).status).toBe(403);
    expect((await as.dispatcher!.request('PUT', '/project-templates/new', { nodes: DEFAULT_NODE_TEMPLATES.new })).status).toBe(403);
    expect((await as.enterprise!.get('/projects')).status).toBe(403);
    expect((await as.enterprise!.get(`/projects/${ids.project}`)).status).toBe(404);
    expect((await as.dispatcher!.get('/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await as.dispatcher!.get('/projects/not-a-project')).status).toBe(404);
    expect((await as.dispatcher!.post('/projects/00000000-0000-4000-8000-000000000000/baseline', { version: 1 })).status).toBe(404);
    const served = ok(await as.liaison!.get('/projects'));
    expect(served.items.length).toBeGreaterThan(0);
    expect(served.items.every((p: any) => p.chiefOfficerId === ids.liaison || p.pushTeamIds.includes(ids.liaison))).toBe(true);
    // A project task needs its project.
    const orphan = await as.dispatcher!.post('/work-items', { kind: 'project_task', title: '无项目', description: '没有项目的问题', channel: 'inspection', category: 'permits' });
    expect(orphan.status).toBe(400);
    expect(orphan.body.fields.projectId).toBeDefined();
    const archived = ok(await as.dispatcher!.post(`/projects/${ids.project}/archive`, { version: current.version }));
    expect(archived.archived).toBe(true);
    expect((await as.dispatcher!.post(`/projects/${ids.project}/baseline`, { version: archived.version })).status).toBe(422);
  });
});
