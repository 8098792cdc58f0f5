import { nodeTimers, type NodeDeadlineProject, type NodeTimer, type WorkCalendar } from '@parkflow/domain';
import { nodeTimerToJob } from '@parkflow/queues';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { outboxRow } from '../outbox/outbox-row.js';
import { ProjectHistoryEntity } from '../entities/project-history.entity.js';
import type { ProjectEntity } from '../entities/project.entity.js';

/** The history types that record a node timer's check; their `data.timerId` says which. */
export const NODE_TIMER_HISTORY_TYPES = ['node_overdue', 'node_escalated'] as const;

/** A project row as the node-deadline rule reads it. */
export function nodeDeadlineProjectOf(row: ProjectEntity): NodeDeadlineProject {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    archived: row.archivedAt !== null,
    chiefOfficerId: row.chiefOfficerId,
    pushTeamIds: row.pushTeamIds,
    departmentIds: row.departmentIds,
    nodes: row.nodes.map((n) => ({ key: n.key, name: n.name, plannedFinish: n.plannedFinish, actualFinish: n.actualFinish, departmentId: n.departmentId })),
  };
}

/** The node timers whose check the projects' history already records, by timer id. */
export async function recordedNodeTimers(manager: EntityManager, projectIds: readonly string[]): Promise<Set<string>> {
  if (projectIds.length === 0) return new Set();
  const rows = await manager
    .getRepository(ProjectHistoryEntity)
    .createQueryBuilder('h')
    .select("h.data->>'timerId'", 'timerId')
    .where('h.project_id IN (:...ids) AND h.type IN (:...types)', { ids: projectIds, types: NODE_TIMER_HISTORY_TYPES })
    .getRawMany<{ timerId: string | null }>();
  return new Set(rows.map((r) => r.timerId).filter((id): id is string => id !== null));
}

/** The timers the project should have now (domain nodeTimers), the recorded checks left out. */
export async function currentNodeTimers(manager: EntityManager, row: ProjectEntity, calendar: WorkCalendar, now: Date): Promise<NodeTimer[]> {
  return nodeTimers(nodeDeadlineProjectOf(row), now, calendar, await recordedNodeTimers(manager, [row.id]));
}

/**
 * Outbox rows, in the caller's transaction, for the node timers `next` needs that `previous` (the
 * row before this write; null for a new project) did not already have: a write that moves no
 * node's planned finish adds nothing, a re-plan adds the moved nodes' new revisions. Old
 * revisions are not cancelled: they find the plan moved and do nothing. Returns the rows, to
 * publish after commit.
 */
export async function scheduleNodeTimers(manager: EntityManager, previous: ProjectEntity | null, next: ProjectEntity, calendar: WorkCalendar, now: Date): Promise<OutboxMessageEntity[]> {
  const had = new Set(previous ? nodeTimers(nodeDeadlineProjectOf(previous), now, calendar).map((t) => t.timerId) : []);
  const timers = (await currentNodeTimers(manager, next, calendar, now)).filter((t) => !had.has(t.timerId));
  const rows = timers.map((timer) => outboxRow(nodeTimerToJob(timer), now));
  if (rows.length > 0) await manager.insert(OutboxMessageEntity, rows as never);
  return rows;
}
