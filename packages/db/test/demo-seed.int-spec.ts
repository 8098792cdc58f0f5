import {
  decide,
  createKindRegistry,
  knownRoles,
  nodeTimers,
  pendingTimers,
  projectStatus,
  shanghaiDate,
  registerWorkItem,
  routeByRule,
  slaState,
  SYSTEM_ACTOR,
  timerAction,
  type Actor,
  type Decision,
  type DomainEvent,
  type Stage,
  type Urgency,
  type WorkCalendar,
  type WorkItemState,
} from '@parkflow/domain';
import { effectToJob, type DeadlineCheckPayload } from '@parkflow/queues';
import { IsNull, Not } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import {
  createDataSource,
  DepartmentEntity,
  EnterpriseEntity,
  loadWorkCalendar,
  nodeDeadlineProjectOf,
  migrateDatabase,
  OutboxMessageEntity,
  ProjectEntity,
  ProjectProgressReportEntity,
  seedDemoData,
  toWorkItemState,
  UserEntity,
  WorkItemEntity,
  WorkItemEventEntity,
} from '../src/index.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Data = Record<string, unknown>;

/**
 * The action that writes each event type, and its input read back from the event's data. A type
 * missing here is one no action of the domain writes: a seed writing it wrote it by hand.
 */
const ACTION_OF: Readonly<Record<string, (d: Data) => { action: string; input: Data }>> = {
  assigned: (d) => ({ action: 'assign', input: { departmentId: d.departmentId, handlerId: d.handlerId } }),
  accepted: (d) => ({ action: 'accept', input: { handlerId: d.handlerId } }),
  returned: (d) => ({ action: 'return', input: { reason: d.reason } }),
  transferred: (d) => ({ action: 'transfer', input: { departmentId: d.toDepartmentId, reason: d.reason } }),
  extension_requested: (d) => ({ action: 'request_extension', input: { days: d.days, reason: d.reason } }),
  extension_approved: (d) => ({ action: 'approve_extension', input: { comment: d.comment } }),
  extension_rejected: (d) => ({ action: 'reject_extension', input: { comment: d.comment } }),
  coordination_requested: (d) => ({ action: 'request_coordination', input: { reason: d.reason } }),
  clock_paused: (d) => ({ action: 'pause_clock', input: { reason: d.reason } }),
  clock_resumed: (d) => ({ action: 'resume_clock', input: { comment: d.comment } }),
  replied: (d) => ({ action: 'reply', input: { content: d.content } }),
  feedback_recorded: (d) => ({ action: 'record_feedback', input: { satisfaction: d.satisfaction, comment: d.comment } }),
  closure_approved: (d) => ({ action: 'approve_close', input: { comment: d.comment } }),
  closure_rejected: (d) => ({ action: 'reject_close', input: { comment: d.comment } }),
  supervised: (d) => ({ action: 'supervise', input: { comment: d.comment } }),
  owner_set: (d) => ({ action: 'set_owner', input: { leaderUserId: d.leaderUserId } }),
  notice_sent: (d) => ({ action: 'record_notice_sent', input: { notice: d.notice, channel: d.channel, sentOn: d.sentOn } }),
};
/** Decisions taken at registration (the intake form's 受理 / 不予受理): their events follow `registered` in the same decision. */
const DECIDED_AT_REGISTRATION = new Set(['matter_accepted', 'matter_declined']);
/** The timer check behind each system event (its input comes from pendingTimers, as the worker's does). */
const TIMER_OF: Readonly<Record<string, string>> = { warned: 'warn', overdue: 'overdue', escalated: 'escalate', feedback_timed_out: 'timeout' };
/** The kinds the demo runs with (no park overrides). */
const kinds = createKindRegistry();

/**
 * The demo seed, checked against the rules from the outside: every seeded item's timeline is
 * replayed event by event through registerWorkItem, routeByRule and decide (with each event's
 * actor, time and input), and each replayed decision must write exactly the stored event; the
 * final state must be the stored row, its effects exactly the item's outbox rows, its stored SLA
 * the live one. Then the worker's start is played: every timer already due must be refused as done.
 */
describe('the demo seed', () => {
  const name = runScopedName('demo_seed');
  const now = new Date();
  let dataSource: ReturnType<typeof createDataSource>;
  let calendar: WorkCalendar;
  const actors = new Map<string, Actor>([[SYSTEM_ACTOR.id, SYSTEM_ACTOR]]);
  let departmentIdForCode: (code: string) => string | null;

  beforeAll(async () => {
    dataSource = createDataSource({ url: await createDatabase(SERVER, name), poolSize: 2 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    expect(await seedDemoData(dataSource, kinds, now)).toEqual({ seeded: true, items: 11 });
    calendar = await loadWorkCalendar(dataSource);
    const departments = await dataSource.getRepository(DepartmentEntity).find();
    const enterprises = await dataSource.getRepository(EnterpriseEntity).find();
    departmentIdForCode = (code) => departments.find((d) => d.code === code)?.id ?? null;
    // As the api's UsersService.toActor builds a signed-in user.
    for (const u of await dataSource.getRepository(UserEntity).find()) {
      actors.set(u.id, {
        id: u.id,
        roles: knownRoles(u.roles),
        departmentId: u.departmentId,
        leadsDepartmentIds: departments.filter((d) => d.headUserId === u.id || d.leaderUserId === u.id).map((d) => d.id),
        enterpriseId: u.enterpriseId,
        liaisonEnterpriseIds: enterprises.filter((e) => e.liaisonUserId === u.id).map((e) => e.id),
      });
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
  });

  /** The decision that should have written `event`, taken on `item` as it stood. */
  function redecide(item: WorkItemState | null, row: WorkItemEntity, event: WorkItemEventEntity, decided?: WorkItemEventEntity): Decision {
    const at = event.at;
    const actor = actors.get(event.actorId);
    if (!actor) throw new Error(`event ${event.type} by an unknown actor ${event.actorId}`);
    const data = event.data as Data;
    if (event.type === 'registered') {
      // 受理 / 不予受理 taken at registration is one decision with two events (decided).
      const d = decided?.data as Data | undefined;
      const decision = !decided ? null : decided.type === 'matter_accepted' ? { accept: true as const } : { accept: false as const, reason: String(d!.reason), ...(d!.note ? { note: String(d!.note) } : {}) };
      const input = {
        kind: row.kind,
        title: row.title,
        description: row.description,
        channel: String(data.channel),
        category: String(data.category),
        urgency: row.urgency as Urgency,
        enterpriseId: row.enterpriseId,
        petitioner: row.petitioner,
        departmentId: (data.departmentId as string | null) ?? null,
        receivedOn: row.receivedOn,
        decision,
      };
      return registerWorkItem(input, actor, { id: row.id, code: row.code }, at, calendar, kinds);
    }
    if (!item) throw new Error(`${row.code}: ${event.type} before registration`);
    if (event.type === 'stage_job_processed') return routeByRule(item, kinds.get(item.kind)!, item.stageSeq, departmentIdForCode, at, calendar);
    const check = TIMER_OF[event.type];
    if (check) {
      const timer = pendingTimers(item, kinds.get(item.kind)!, calendar).find((t) => t.check === check && (t.level ?? null) === ((data.level as number | undefined) ?? null));
      if (!timer) throw new Error(`${row.code}: no ${check} timer was pending for ${event.type}`);
      const { action, input } = timerAction(timer, kinds.get(item.kind)!)!;
      return decide(item, action, actor, input, at, calendar, kinds);
    }
    const call = ACTION_OF[event.type];
    if (!call) throw new Error(`${row.code}: "${event.type}" is not an event any action of the domain writes`);
    const { action, input } = call(data);
    return decide(item, action, actor, input, at, calendar, kinds);
  }

  it('seeds the key projects: one late (red), each with permits, finished nodes or not, and one project task due on its node', async () => {
    const projects = await dataSource.getRepository(ProjectEntity).find({ order: { code: 'ASC' } });
    expect(projects.map((p) => p.name)).toEqual(['食品产业园年产5万吨预制菜加工项目', '冷链物流园区一期工程', '科技产业园智能制造基地', '科技产业园研发中心']);
    const today = shanghaiDate(now);
    expect(projects.map((p) => projectStatus(p, today, calendar).status)).toEqual(['green', 'red', 'green', 'green']);
    expect(new Set(projects.map((p) => p.phase)).size).toBeGreaterThan(2);
    for (const p of projects) expect(p.nodes.some((n) => n.permit), p.name).toBe(true);
    // 形象进度: the red one's last report fell, with its reason; the project still in planning has none.
    const reports = await dataSource.getRepository(ProjectProgressReportEntity).find({ order: { reportedOn: 'ASC' } });
    const percents = projects.map((p) => reports.filter((r) => r.projectId === p.id).map((r) => r.percent));
    expect(percents).toEqual([[10, 25, 38], [30, 55, 50], [5], []]);
    const fell = reports.filter((r) => r.projectId === projects[1]!.id).at(-1)!;
    expect(fell.reason).toContain('返工');
    for (const r of reports) expect(r.reportedOn <= today, r.note).toBe(true);
    const tasks = await dataSource.getRepository(WorkItemEntity).find({ where: { projectId: Not(IsNull()) } });
    expect(tasks).toHaveLength(projects.length);
    for (const task of tasks) {
      const node = projects.find((p) => p.id === task.projectId)!.nodes.find((n) => n.key === task.projectNodeKey)!;
      expect(task.kind).toBe('project_task');
      expect(task.linkedDates).toEqual({ project_node: node.plannedFinish });
    }
    // Node deadlines: exactly the timers the domain says each project should have, through the outbox; the late one's are already due.
    const timers = await dataSource.getRepository(OutboxMessageEntity).find({ where: { jobName: 'project.node_check' } });
    for (const p of projects) {
      const expected = nodeTimers(nodeDeadlineProjectOf(p), now, calendar).map((t) => `${t.timerId} ${t.at}`);
      expect(expected.length, p.name).toBeGreaterThan(0);
      expect(timers.filter((o) => o.payload.projectId === p.id).map((o) => `${o.jobId} ${o.runAt!.toISOString()}`).sort(), p.name).toEqual(expected.sort());
    }
    expect(timers.some((o) => o.payload.projectId === projects[1]!.id && o.payload.check === 'overdue' && o.runAt! < now)).toBe(true);
  });

  it('holds, for every item, exactly what the rules decide: events, state, SLA and outbox rows', async () => {
    // The scripted items; the project tasks are the key projects' (above).
    const rows = await dataSource.getRepository(WorkItemEntity).find({ where: { projectId: IsNull() }, order: { createdAt: 'ASC' } });
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      const events = await dataSource.getRepository(WorkItemEventEntity).find({ where: { itemId: row.id }, order: { id: 'ASC' } });
      let item: WorkItemState | null = null;
      let version = 0;
      const jobs: string[] = [];
      for (let i = 0; i < events.length; i++) {
        const event = events[i]!;
        const next = events[i + 1];
        const decided = event.type === 'registered' && next && DECIDED_AT_REGISTRATION.has(next.type) ? next : undefined;
        if (decided) i++;
        const decision = redecide(item, row, event, decided);
        const where = `${row.code} ${row.title}: ${event.type} at ${event.at.toISOString()}`;
        expect(decision.ok ? null : decision.refusal, where).toBeNull();
        if (!decision.ok) break;
        // The rows as stored (untyped JSON): they must equal, field for field, what the rules write.
        const stored = (e: WorkItemEventEntity) => ({ type: e.type, actorId: e.actorId, at: e.at.toISOString(), stage: e.stage as Stage, data: e.data, audience: e.audience as DomainEvent['audience'] });
        expect(decision.events, where).toEqual(decided ? [stored(event), stored(decided)] : [stored(event)]);
        item = { ...decision.next, version: ++version };
        expect(event.stageSeq, where).toBe(item.stageSeq);
        for (const effect of decision.effects) {
          const job = effectToJob(effect);
          if (job) jobs.push(`${job.jobName} ${job.jobId ?? ''}`);
        }
      }
      expect(toWorkItemState(row), row.title).toEqual(item);
      expect(row.sla, row.title).toBe(slaState(toWorkItemState(row), now));
      const outbox = await dataSource.getRepository(OutboxMessageEntity).createQueryBuilder('o').where(`o.payload->>'itemId' = :id`, { id: row.id }).getMany();
      expect(outbox.map((o) => `${o.jobName} ${o.jobId ?? ''}`).sort(), row.title).toEqual(jobs.sort());
    }
  });

  it('leaves the worker nothing to write twice when it starts: due timers are refused as done, only a fresh item gets routed', async () => {
    // Nothing has sent the seed's rows yet: the relay sends them all when the worker starts.
    const outbox = await dataSource.getRepository(OutboxMessageEntity).find();
    expect(outbox.every((o) => o.dispatchedAt === null)).toBe(true);
    const routed: string[] = [];
    for (const o of outbox) {
      // The key projects' node timers: checked with the projects above.
      if (o.jobName === 'project.node_check') continue;
      const payload = o.payload as { itemId: string; stageSeq: number };
      const item = toWorkItemState(await dataSource.getRepository(WorkItemEntity).findOneByOrFail({ id: payload.itemId }));
      if (o.jobName === 'deadline.check' && o.runAt && o.runAt < now) {
        // What DeadlineProcessor does with it: timerAction, then decide as the system.
        const { action, input } = timerAction(o.payload as unknown as DeadlineCheckPayload, kinds.get(item.kind)!)!;
        const decision = decide(item, action, SYSTEM_ACTOR, input, now, calendar, kinds);
        expect(decision.ok ? 'accepted' : decision.refusal.code, `${item.title}: ${o.jobId}`).toBe('invalid_status');
      }
      if (o.jobName === 'stage.assign' && routeByRule(item, kinds.get(item.kind)!, payload.stageSeq, departmentIdForCode, now, calendar).ok) routed.push(item.title);
    }
    expect(routed).toEqual(['园区北区蒸汽管网压力不足影响生产']);
  });
});
