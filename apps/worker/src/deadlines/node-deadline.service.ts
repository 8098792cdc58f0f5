import { Inject, Injectable, Logger } from '@nestjs/common';
import { appendProjectHistory, DepartmentEntity, nodeDeadlineProjectOf, ProjectEntity, ProjectHistoryEntity, UserEntity } from '@parkflow/db';
import { nodeTimerId, nodeTimerOutcome, type NodeTimerAudience, type WorkCalendar } from '@parkflow/domain';
import { safeJobId, type ProjectNodeCheckPayload } from '@parkflow/queues';
import { DataSource, In, type EntityManager } from 'typeorm';
import { announceNotifications, insertNotifications } from '../notifications/notification-rows.writer.js';
import { DATA_SOURCE } from '../worker.tokens.js';

/** What one node check did: `act` when it told someone, else why it did nothing. */
export interface NodeCheckResult {
  outcome: string;
  notified: number;
  historyWritten: boolean;
}

/**
 * A key project's node timer fired. The project is locked and reloaded, the domain says whether
 * the timer still applies (nodeTimerOutcome: finished, moved or archived → nothing); if it does,
 * the notifications (unique per timer and user) and the history row (once per timer id, looked
 * up under the lock) are written in one transaction, so a job run twice writes nothing twice.
 * `now` is a parameter: the processor passes the clock, nothing else reads it.
 */
@Injectable()
export class NodeDeadlineService {
  private readonly logger = new Logger('node-deadlines');

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async check(payload: ProjectNodeCheckPayload, now: Date, calendar: WorkCalendar): Promise<NodeCheckResult> {
    const timerId = nodeTimerId(payload.projectId, payload.nodeKey, payload.plannedFinish, payload.check);
    const sourceId = safeJobId(timerId);
    const result = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(ProjectEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: payload.projectId }).getOne();
      const outcome = nodeTimerOutcome(row ? nodeDeadlineProjectOf(row) : null, { ...payload, timerId }, now, calendar);
      if (!outcome.act) return { outcome: `stale: ${outcome.reason}`, delivered: [] as string[], historyWritten: false };
      const userIds = await this.resolve(manager, outcome.audience);
      const delivered = await insertNotifications(manager, { sourceId, itemId: null, topic: outcome.topic, params: outcome.params, message: null }, userIds, now);
      let historyWritten = false;
      if (outcome.history && !(await this.recorded(manager, payload.projectId, outcome.history.type, timerId))) {
        await appendProjectHistory(manager, { projectId: payload.projectId, actorId: null, ...outcome.history, at: now });
        historyWritten = true;
      }
      return { outcome: outcome.check, delivered, historyWritten };
    });
    await announceNotifications(this.dataSource, result.delivered);
    if (result.delivered.length > 0 || result.historyWritten) this.logger.log(`${timerId}: ${result.outcome}, ${result.delivered.length} notified`);
    return { outcome: result.outcome, notified: result.delivered.length, historyWritten: result.historyWritten };
  }

  private async recorded(manager: EntityManager, projectId: string, type: string, timerId: string): Promise<boolean> {
    return manager
      .getRepository(ProjectHistoryEntity)
      .createQueryBuilder('h')
      .where("h.project_id = :projectId AND h.type = :type AND h.data->>'timerId' = :timerId", { projectId, type, timerId })
      .getExists();
  }

  /** The named users and the heads / leaders in charge of the named departments, active ones only. */
  private async resolve(manager: EntityManager, audience: NodeTimerAudience): Promise<string[]> {
    const ids = new Set(audience.userIds);
    const departmentIds = [...new Set([...audience.departmentHeadsOf, ...audience.departmentLeadersOf])];
    const departments = departmentIds.length > 0 ? await manager.getRepository(DepartmentEntity).findBy({ id: In(departmentIds) }) : [];
    for (const d of departments) {
      if (audience.departmentHeadsOf.includes(d.id) && d.headUserId) ids.add(d.headUserId);
      if (audience.departmentLeadersOf.includes(d.id) && d.leaderUserId) ids.add(d.leaderUserId);
    }
    if (ids.size === 0) return [];
    const active = await manager.getRepository(UserEntity).findBy({ id: In([...ids]), active: true });
    return active.map((u) => u.id);
  }
}
