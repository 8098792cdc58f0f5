import { Inject, Injectable, Logger } from '@nestjs/common';
import { DepartmentEntity, persistDecision, toWorkItemState, WorkItemEntity, WorkItemEventEntity, type OutboxMessageEntity } from '@parkflow/db';
import { pendingTimers, routeByRule, type KindRegistry, type Stage } from '@parkflow/domain';
import type { StageJobPayload } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { WorkerCalendarService } from '../calendar/worker-calendar.service.js';
import { TimerSchedulerService } from '../deadlines/timer-scheduler.service.js';
import { DATA_SOURCE, KIND_REGISTRY } from '../worker.tokens.js';

export type StageOutcome = 'done' | 'stale' | 'duplicate' | 'missing';

/**
 * The automatic work of each stage. Each run locks the item, checks it has not moved on and that
 * this stage entry was not processed already (a retried or re-sent job), decides through the
 * domain and persists in one transaction — so a crash mid-job loses nothing and doubles nothing.
 * Every stage then makes sure its deadline timers exist.
 */
@Injectable()
export class StageRunnerService {
  private readonly logger = new Logger('stages');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    private readonly timers: TimerSchedulerService,
    private readonly calendars: WorkerCalendarService,
  ) {}

  async run(stage: Stage, payload: StageJobPayload): Promise<{ outcome: StageOutcome; outbox: OutboxMessageEntity[] }> {
    const result = stage === 'assign' ? await this.routeAssign(payload) : { outcome: 'done' as StageOutcome, outbox: [] };
    if (result.outcome === 'missing') return result;
    await this.ensureTimers(payload, stage);
    return result;
  }

  private async ensureTimers(payload: StageJobPayload, stage: Stage): Promise<void> {
    const row = await this.dataSource.getRepository(WorkItemEntity).findOneBy({ id: payload.itemId });
    if (!row) return;
    const item = toWorkItemState(row);
    const kind = this.kinds.get(item.kind);
    if (!kind || item.stage !== stage || item.stageSeq !== payload.stageSeq) return;
    const created = await this.timers.ensure(pendingTimers(item, kind, await this.calendars.current()));
    if (created > 0) this.logger.log(`${item.code}: created ${created} deadline timer(s) for ${stage}`);
  }

  private async routeAssign(payload: StageJobPayload): Promise<{ outcome: StageOutcome; outbox: OutboxMessageEntity[] }> {
    // Read before the transaction: on the embedded database a transaction holds the one
    // connection, and a calendar reload on another would wait for it forever.
    const calendar = await this.calendars.current();
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(WorkItemEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: payload.itemId }).getOne();
      if (!row) return { outcome: 'missing' as const, outbox: [] };
      const item = toWorkItemState(row);
      const kind = this.kinds.get(item.kind);
      if (!kind || item.stageSeq !== payload.stageSeq || item.stage !== 'assign') return { outcome: 'stale' as const, outbox: [] };
      const already = await manager.getRepository(WorkItemEventEntity).exists({
        where: { itemId: item.id, type: 'stage_job_processed', stage: 'assign', stageSeq: payload.stageSeq },
      });
      if (already) return { outcome: 'duplicate' as const, outbox: [] };
      const departments = await manager.getRepository(DepartmentEntity).find({ select: { id: true, code: true } });
      const decision = routeByRule(item, kind, payload.stageSeq, (code) => departments.find((d) => d.code === code)?.id ?? null, new Date(), calendar);
      if (!decision.ok) return { outcome: 'stale' as const, outbox: [] };
      const { outbox } = await persistDecision(manager, item, decision, calendar);
      this.logger.log(`assign stage of ${item.code} processed`);
      return { outcome: 'done' as const, outbox };
    });
  }
}
