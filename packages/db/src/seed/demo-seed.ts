import { randomUUID } from 'node:crypto';
import {
  defaultEventAudience,
  createWorkCalendar,
  enterStage,
  registerWorkItem,
  routeDepartmentCode,
  type Actor,
  type KindRegistry,
  type DomainEvent,
  type TimelineEventBody,
  type Role,
  type WorkItemState,
} from '@parkflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hash.js';
import { DepartmentEntity } from '../entities/department.entity.js';
import { EnterpriseEntity } from '../entities/enterprise.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { allocateCode } from '../work-items/code-allocator.js';
import { persistDecision } from '../work-items/work-item.store.js';
import { DEMO_DEPARTMENTS, DEMO_ENTERPRISES, DEMO_ITEMS, DEMO_PASSWORD, DEMO_USERS, type DemoItem } from './demo-data.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Seeds the demo park once: departments, one user per role, enterprises, and items in every stage
 * (some overdue). Does nothing when users exist already, so a restart never duplicates data.
 * Items go through the domain's own functions, so their deadlines are real.
 */
export async function seedDemoData(dataSource: DataSource, kinds: KindRegistry, now = new Date()): Promise<{ seeded: boolean; items: number }> {
  return dataSource.transaction(async (manager) => {
    const existing = await manager.count(UserEntity);
    if (existing > 0) return { seeded: false, items: 0 };

    const departments = DEMO_DEPARTMENTS.map((d) => Object.assign(new DepartmentEntity(), { id: randomUUID(), ...d, headUserId: null as string | null, leaderUserId: null as string | null }));
    const deptId = (code: string) => departments.find((d) => d.code === code)?.id ?? null;
    const enterprises = DEMO_ENTERPRISES.map((e) => Object.assign(new EnterpriseEntity(), { id: randomUUID(), ...e, liaisonUserId: null as string | null }));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = DEMO_USERS.map((u) =>
      Object.assign(new UserEntity(), {
        id: randomUUID(),
        username: u.username,
        displayName: u.displayName,
        passwordHash,
        roles: u.roles,
        departmentId: u.department ? deptId(u.department) : null,
        enterpriseId: u.enterprise === null ? null : (enterprises[u.enterprise]?.id ?? null),
        active: true,
      }),
    );
    const userId = (username: string) => users.find((u) => u.username === username)!.id;
    for (const d of departments) {
      if (d.code === 'UTIL') d.headUserId = userId('head');
      if (['UTIL', 'HR', 'ECON', 'OFFICE', 'PETITION'].includes(d.code)) d.leaderUserId = userId('leader');
    }
    for (const e of enterprises) e.liaisonUserId = userId('liaison');
    await manager.insert(DepartmentEntity, departments);
    await manager.insert(EnterpriseEntity, enterprises);
    await manager.insert(UserEntity, users);

    const dispatcher: Actor = { id: userId('dispatcher'), roles: ['dispatcher' as Role], departmentId: deptId('OFFICE'), leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] };
    const handlerFor = (departmentId: string | null) => users.find((u) => u.roles.includes('handler') && u.departmentId === departmentId)?.id ?? null;
    let count = 0;
    for (const demo of DEMO_ITEMS) {
      await seedItem(manager, kinds, demo, dispatcher, enterprises.map((e) => e.id), deptId, handlerFor, userId('leader'), now);
      count += 1;
    }
    return { seeded: true, items: count };
  });
}

async function seedItem(
  manager: EntityManager,
  kinds: KindRegistry,
  demo: DemoItem,
  dispatcher: Actor,
  enterpriseIds: string[],
  deptId: (code: string) => string | null,
  handlerFor: (departmentId: string | null) => string | null,
  leaderId: string,
  now: Date,
): Promise<void> {
  const calendar = createWorkCalendar();
  const kind = kinds.get(demo.kind)!;
  const registeredAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const code = await allocateCode(manager, kind.codePrefix, registeredAt);
  const decision = registerWorkItem(
    {
      kind: demo.kind,
      title: demo.title,
      description: demo.description,
      channel: demo.channel,
      category: demo.category,
      urgency: demo.urgency,
      enterpriseId: demo.enterprise === null ? null : (enterpriseIds[demo.enterprise] ?? null),
      petitioner: kind.links.petitioner !== 'none' ? { name: '陈先生', phone: '13812345678', idNumber: '410102198001011234' } : null,
      departmentId: null,
    },
    dispatcher,
    { id: randomUUID(), code },
    registeredAt,
    calendar,
    kinds,
  );
  if (!decision.ok) throw new Error(`Demo item "${demo.title}" refused: ${decision.refusal.message}`);
  if (demo.reach === 'registered') {
    await persistDecision(manager, null, decision);
    return;
  }
  // Later stages: walk the item forward through the stages it reached, a day or so apart.
  let item: WorkItemState = { ...decision.next };
  const events: DomainEvent[] = [...decision.events];
  const rule = routeDepartmentCode(demo.category) ?? 'OFFICE';
  const departmentId = deptId(rule);
  if (!departmentId) throw new Error(`Demo item "${demo.title}": no department ${rule}`);
  const step = (daysAfter: number) => new Date(Math.min(now.getTime() - 3_600_000, registeredAt.getTime() + daysAfter * DAY_MS));
  item = { ...item, departmentId, status: 'pending_acceptance' };
  events.push({ type: 'stage_job_processed', actorId: 'system', at: step(0).toISOString(), stage: 'assign', data: { result: 'routed', departmentId, rule }, audience: 'internal' });
  const order = ['routed', 'handle', 'feedback', 'close', 'closed'] as const;
  const reached = order.indexOf(demo.reach);
  const handlerId = handlerFor(departmentId);
  const signer = handlerId ?? dispatcher.id;
  // Each move writes the event its action would, with the data that action's event carries.
  const moves: { stage: 'handle' | 'feedback' | 'close'; status: 'in_progress' | 'awaiting_feedback' | 'awaiting_approval'; by: string; event: TimelineEventBody }[] = [
    { stage: 'handle', status: 'in_progress', by: signer, event: { type: 'accepted', data: { departmentId, handlerId: signer } } },
    { stage: 'feedback', status: 'awaiting_feedback', by: signer, event: { type: 'replied', data: { content: '已答复当事人。' } } },
    { stage: 'close', status: 'awaiting_approval', by: dispatcher.id, event: { type: 'feedback_recorded', data: { satisfaction: 'satisfied', comment: null, reopened: false } } },
  ];
  moves.slice(0, Math.max(0, Math.min(reached, 3))).forEach((move, i) => {
    const at = step(i === 0 ? 0.1 : i * 2);
    item = { ...enterStage(item, kind, move.stage, move.status, at, calendar).next, handlerId };
    events.push({ ...move.event, actorId: move.by, at: at.toISOString(), stage: move.stage, audience: defaultEventAudience(move.event.type) });
  });
  if (demo.reach === 'closed') {
    const at = step(7).toISOString();
    item = { ...item, status: 'closed', closedAt: at, deadlines: item.deadlines.map((d) => (d.metAt ? d : { ...d, metAt: at })) };
    // The domain's own event type (it was once written here as close_approved, which nothing reads).
    events.push({ type: 'closure_approved', actorId: leaderId, at, stage: 'close', data: { comment: null }, audience: defaultEventAudience('closure_approved') });
  }
  const overdue = item.deadlines.some((d) => d.metAt === null && new Date(d.dueAt) < now);
  item = { ...item, sla: overdue ? 'overdue' : 'normal', updatedAt: events.at(-1)!.at };
  await persistDecision(manager, null, { ok: true, next: item, events, effects: [], warnings: [] });
}
