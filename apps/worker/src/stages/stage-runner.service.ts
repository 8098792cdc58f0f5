import { Inject, Injectable, Logger } from '@nestjs/common';
import { DepartmentEntity, persistDecision, toWorkItemState, WorkItemEntity, WorkItemEventEntity, type OutboxMessageEntity } from '@parkflow/db';
import { routeByRule } from '@parkflow/domain';
import type { StageJobPayload } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../worker.tokens.js';

export type StageOutcome = 'done' | 'stale' | 'duplicate' | 'missing';

/**
 * The automatic work of each stage. Each run locks the item, checks it has not moved on and that
 * this stage entry was not processed already (a retried or re-sent job), decides through the
 * domain and persists in one transaction — so a crash mid-job loses nothing and doubles nothing.
 */
@Injectable()
export class StageRunnerService {
  private readonly logger = new Logger('stages');

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async runAssign(payload: StageJobPayload): Promise<{ outcome: StageOutcome; outbox: OutboxMessageEntity[] }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(WorkItemEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: payload.itemId }).getOne();
      if (!row) return { outcome: 'missing' as const, outbox: [] };
      const item = toWorkItemState(row);
      if (item.stageSeq !== payload.stageSeq || item.stage !== 'assign') return { outcome: 'stale' as const, outbox: [] };
      const already = await manager.getRepository(WorkItemEventEntity).exists({
        where: { itemId: item.id, type: 'stage_job_processed', stage: 'assign', stageSeq: payload.stageSeq },
      });
      if (already) return { outcome: 'duplicate' as const, outbox: [] };
      const departments = await manager.getRepository(DepartmentEntity).find({ select: { id: true, code: true } });
      const decision = routeByRule(item, payload.stageSeq, (code) => departments.find((d) => d.code === code)?.id ?? null, new Date());
      if (!decision.ok) return { outcome: 'stale' as const, outbox: [] };
      const { outbox } = await persistDecision(manager, item, decision);
      this.logger.log(`assign stage of ${item.code} processed`);
      return { outcome: 'done' as const, outbox };
    });
  }
}
