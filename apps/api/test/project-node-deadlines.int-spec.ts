import { createDataSource, DepartmentEntity, NotificationEntity, ProjectHistoryEntity, UserEntity } from '@parkflow/db';
import { createWorkCalendar, createWorkingDayLine, nodeDeadline, nodeTimerId, shanghaiDate } from '@parkflow/domain';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * 节点时限 on PostgreSQL + Redis with the real api and worker. Time is driven by dates, never by
 * waiting: a project planned in the past has nodes already overdue and escalated, whose timers
 * fire as soon as they are queued; a timer is run again, or a stale one run early, by putting its
 * job back on the deadline queue without a delay (as the reconcile would after the queue lost it).
 */

describe('key-project node deadlines on PostgreSQL + Redis', () => {
  let running: RunningStack;
  let db: ReturnType<typeof createDataSource>;
  let deadlines: Queue;
  let maintenance: Queue;
  const as: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const calendar = createWorkCalendar();
  const today = shanghaiDate(new Date());
  const line = createWorkingDayLine(calendar, today);
  const workingDay = (n: number) => line.dateOf(line.onOrAfter(today) + n);
  const departments: Record<string, DepartmentEntity> = {};
  const projects: Record<string, any> = {};

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };
  const body = (name: string, targets: { start: string; completion: string; production: string }) => ({
    name,
    investorName: '华光精密机械有限公司',
    investmentWan: 8000,
    type: 'signed',
    phase: 'signed',
    targets,
    chiefOfficerId: ids.liaison,
    pushTeamIds: [ids.handler],
    departmentIds: [departments.UTIL!.id],
  });
  const node = (project: any, key: string) => project.nodes.find((n: any) => n.key === key);
  const notices = (sourceId: string) => db.getRepository(NotificationEntity).find({ where: { sourceId }, order: { userId: 'ASC' } });
  const history = async (projectId: string, type: string) => (await db.getRepository(ProjectHistoryEntity).find({ where: { projectId, type } })).map((h) => h.data);

  /** Puts a job on the deadline queue under `jobId` with no delay (removing what the queue holds under that id) and waits for its result. */
  async function runNow(jobId: string, payload: Record<string, unknown>): Promise<string> {
    await (await deadlines.getJob(jobId))?.remove();
    await deadlines.add('project.node_check', payload, { jobId, attempts: 1 });
    return eventually(async () => {
      const state = await deadlines.getJobState(jobId);
      if (state === 'failed') throw new Error(`${jobId} failed: ${(await deadlines.getJob(jobId))?.failedReason}`);
      return state === 'completed' ? String((await deadlines.getJob(jobId))?.returnvalue) : null;
    }, 20_000, `job ${jobId}`);
  }

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'liaison', 'admin']) as[u] = await anonymous.as(u);
    db = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await db.initialize();
    for (const u of await db.getRepository(UserEntity).find()) ids[u.username] = u.id;
    for (const d of await db.getRepository(DepartmentEntity).find()) departments[d.code] = d;
    const redis = new URL(running.stack.env.REDIS_URL!);
    const connection = { host: redis.hostname, port: Number(redis.port || 6379) };
    deadlines = new Queue('deadlines', { connection, prefix: running.stack.env.PARKFLOW_QUEUE_PREFIX! });
    maintenance = new Queue('maintenance', { connection, prefix: running.stack.env.PARKFLOW_QUEUE_PREFIX! });
    // A two-node template, so the dates are easy to place.
    const nodes = [
      { key: 'site_survey', name: { zh: '现场踏勘', en: 'Site survey' }, durationDays: 2, predecessors: [], phase: 'planning', permit: false, department: 'ECON' },
      { key: 'signing', name: { zh: '签约', en: 'Signing' }, durationDays: 3, predecessors: ['site_survey'], phase: 'signed', permit: true, department: 'APPROVAL', marksStart: true },
    ];
    ok(await as.admin!.request('PUT', '/project-templates/signed', { nodes }));
  }, 180_000);

  afterAll(async () => {
    await deadlines?.close();
    await maintenance?.close();
    await db?.destroy();
    await running?.stop();
  });

  it('a node past due: one overdue notice per person, one node_overdue and one node_escalated row, to the people the rule names', async () => {
    const past = ok(await as.dispatcher!.post('/projects', body('科技产业园孵化器项目', { start: workingDay(-20), completion: workingDay(-10), production: workingDay(-10) })), 201);
    projects.past = past;
    const signing = node(past, 'signing');
    expect(signing.status).toBe('red');
    const overdueId = nodeTimerId(past.id, 'signing', signing.plannedFinish, 'overdue');
    const escalateId = nodeTimerId(past.id, 'signing', signing.plannedFinish, 'escalate');
    await eventually(async () => (await history(past.id, 'node_escalated')).length === 2, 20_000, 'both nodes escalated');
    expect(await history(past.id, 'node_overdue')).toEqual(expect.arrayContaining([expect.objectContaining({ node: 'signing', plannedFinish: signing.plannedFinish, timerId: overdueId, dueAt: nodeDeadline(signing.plannedFinish, calendar).dueAt.toISOString() })]));
    expect((await history(past.id, 'node_overdue')).filter((d) => d.node === 'signing')).toHaveLength(1);
    expect((await history(past.id, 'node_escalated')).filter((d) => d.node === 'signing')).toHaveLength(1);

    // Overdue: the chief service officer, the push team, the heads of the node's and the project's departments.
    const overdue = await notices(overdueId);
    const heads = [departments.APPROVAL!.headUserId, departments.UTIL!.headUserId].filter(Boolean) as string[];
    expect(heads.length).toBeGreaterThan(0);
    expect(overdue.map((n) => n.userId).sort()).toEqual([...new Set([ids.liaison!, ids.handler!, ...heads])].sort());
    expect(overdue[0]).toMatchObject({ topic: 'project_node_overdue', itemId: null, params: expect.objectContaining({ code: past.code, projectId: past.id, nodeKey: 'signing', plannedFinish: signing.plannedFinish }) });
    // Escalation: also the leaders in charge of those departments.
    const leaders = [departments.APPROVAL!.leaderUserId, departments.UTIL!.leaderUserId].filter(Boolean) as string[];
    expect(leaders.length).toBeGreaterThan(0);
    expect((await notices(escalateId)).map((n) => n.userId)).toEqual(expect.arrayContaining(leaders));
    // No warning for a node that was already due when its timers were made.
    expect(await notices(nodeTimerId(past.id, 'signing', signing.plannedFinish, 'warn'))).toEqual([]);
    // The chief service officer reads it in the notification list, and the project's history shows both.
    const listed = ok(await as.liaison!.get('/notifications')).items.filter((n: any) => n.topic === 'project_node_overdue' && n.params?.projectId === past.id);
    expect(listed).toHaveLength(2);
    const detail = ok(await as.dispatcher!.get(`/projects/${past.id}`));
    expect(detail.history.filter((h: any) => h.type === 'node_overdue')).toHaveLength(2);
  });

  it('the same job processed twice writes nothing twice', async () => {
    const signing = node(projects.past, 'signing');
    const overdueId = nodeTimerId(projects.past.id, 'signing', signing.plannedFinish, 'overdue');
    const before = (await notices(overdueId)).length;
    const payload = { projectId: projects.past.id, nodeKey: 'signing', plannedFinish: signing.plannedFinish, check: 'overdue' };
    expect(await runNow(overdueId, payload)).toBe('overdue');
    expect(await runNow(overdueId, payload)).toBe('overdue');
    expect(await notices(overdueId)).toHaveLength(before);
    expect((await history(projects.past.id, 'node_overdue')).filter((d) => d.node === 'signing')).toHaveLength(1);
  });

  it('a re-planned node’s old timers do nothing, its new revision is queued; a finished node’s timers do nothing', async () => {
    const future = ok(await as.dispatcher!.post('/projects', body('食品产业园配套仓储项目', { start: today, completion: workingDay(30), production: workingDay(30) })), 201);
    const old = node(future, 'signing').plannedFinish as string;
    const oldIds = (['warn', 'overdue', 'escalate'] as const).map((c) => nodeTimerId(future.id, 'signing', old, c));
    await eventually(async () => (await Promise.all(oldIds.map((id) => deadlines.getJobState(id)))).every((s) => s === 'delayed'), 10_000, 'the first plan’s timers queued');
    const job = await deadlines.getJob(oldIds[1]!);
    expect(job!.timestamp + (job!.opts.delay ?? 0)).toBe(nodeDeadline(old, calendar).dueAt.getTime());

    const moved = ok(await as.dispatcher!.request('PATCH', `/projects/${future.id}`, { version: future.version, targets: { start: today, completion: workingDay(40), production: workingDay(40) } }));
    const now = node(moved, 'signing').plannedFinish as string;
    expect(now).not.toBe(old);
    const newIds = (['warn', 'overdue', 'escalate'] as const).map((c) => nodeTimerId(future.id, 'signing', now, c));
    await eventually(async () => (await Promise.all(newIds.map((id) => deadlines.getJobState(id)))).every((s) => s === 'delayed'), 10_000, 'the new plan’s timers queued');

    // The old overdue timer, run now as if its day had come: the plan moved, nothing is written.
    expect(await runNow(oldIds[1]!, { projectId: future.id, nodeKey: 'signing', plannedFinish: old, check: 'overdue' })).toBe('stale: plan_moved');
    expect(await notices(oldIds[1]!)).toEqual([]);
    expect(await history(future.id, 'node_overdue')).toEqual([]);

    // The first node finished: its current timers find it finished.
    const survey = node(moved, 'site_survey').plannedFinish as string;
    ok(await as.dispatcher!.post(`/projects/${future.id}/nodes/site_survey/complete`, { version: moved.version, finishedOn: today, evidence: '踏勘报告' }));
    const surveyOverdue = nodeTimerId(future.id, 'site_survey', survey, 'overdue');
    expect(await runNow(surveyOverdue, { projectId: future.id, nodeKey: 'site_survey', plannedFinish: survey, check: 'overdue' })).toBe('stale: node_finished');
    expect(await notices(surveyOverdue)).toEqual([]);
    projects.future = { id: future.id, newIds, oldIds, plannedFinish: now };
  });

  it('after the deadline queue loses its jobs, the reconcile re-creates the node timers from the projects table, and only those still owed', async () => {
    const { id, newIds, oldIds, plannedFinish } = projects.future as { id: string; newIds: string[]; oldIds: string[]; plannedFinish: string };
    await deadlines.drain(true);
    await deadlines.clean(0, 100_000, 'completed');
    expect(await deadlines.getJob(newIds[1]!)).toBeUndefined();
    const run = await maintenance.add('timers.reconcile', { reason: 'test' }, { jobId: `reconcile-${Math.random().toString(36).slice(2, 8)}` });
    await eventually(async () => (await maintenance.getJobState(run.id!)) === 'completed', 30_000, 'the reconcile');
    for (const timerId of newIds) expect(await deadlines.getJobState(timerId), timerId).toBe('delayed');
    const job = await deadlines.getJob(newIds[1]!);
    expect(job!.data).toEqual({ projectId: id, nodeKey: 'signing', plannedFinish, check: 'overdue' });
    // The old revision is not brought back; nor are the past project's recorded checks.
    for (const timerId of oldIds) expect(await deadlines.getJob(timerId)).toBeUndefined();
    const signing = node(projects.past, 'signing');
    expect(await deadlines.getJob(nodeTimerId(projects.past.id, 'signing', signing.plannedFinish, 'overdue'))).toBeUndefined();
    expect((await history(projects.past.id, 'node_overdue')).filter((d) => d.node === 'signing')).toHaveLength(1);
  });
});
