import { Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { persistDecision, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { decide, SYSTEM_ACTOR, TIMER_EARLY_TOLERANCE_MS, timerAction, type KindRegistry, type TimerCheck } from '@parkflow/domain';
import { QUEUE_NAMES, type JobOf } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { WorkerCalendarService } from '../calendar/worker-calendar.service.js';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { NodeDeadlineService } from './node-deadline.service.js';
import { DATA_SOURCE, KIND_REGISTRY } from '../worker.tokens.js';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';
import { OutageTolerantHost } from '../queues/outage-tolerant.host.js';

/**
 * A deadline timer fired: warn, mark overdue, escalate or time out feedback, through the same
 * `decide` as every human action, as the system. The item is locked and re-checked; a timer whose
 * stage entry was left or whose deadline moved is refused by the rules and does nothing. A key
 * project's node timer (`project.node_check`) goes to NodeDeadlineService.
 */
@Processor(QUEUE_NAMES.deadlines, PROCESSOR_OPTIONS)
export class DeadlineProcessor extends OutageTolerantHost {
  private readonly logger = new Logger('deadlines');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    private readonly relay: OutboxRelayService,
    private readonly calendars: WorkerCalendarService,
    private readonly nodes: NodeDeadlineService,
  ) {
    super();
  }

  async work(job: JobOf<'deadline.check' | 'project.node_check'>): Promise<string> {
    const dueAt = job.timestamp + (job.opts.delay ?? 0);
    // Fired early (clock skew between hosts): fail so BullMQ retries it later; never drop it.
    if (Date.now() < dueAt - TIMER_EARLY_TOLERANCE_MS) throw new Error(`timer ${job.id} fired ${dueAt - Date.now()} ms early`);
    if (job.name === 'project.node_check') return (await this.nodes.check(job.data, new Date(), await this.calendars.current())).outcome;
    return this.deadlineCheck(job);
  }

  private async deadlineCheck(job: JobOf<'deadline.check'>): Promise<string> {
    // Timers scheduled before the timeout check had its generic name still say feedback_timeout.
    const check = (job.data.check as string) === 'feedback_timeout' ? 'timeout' : (job.data.check as TimerCheck);
    const calendar = await this.calendars.current();
    const result = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(WorkItemEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: job.data.itemId }).getOne();
      if (!row) return { outcome: 'missing', outbox: [] };
      const item = toWorkItemState(row);
      const kind = this.kinds.get(item.kind);
      const fired = kind ? timerAction({ ...job.data, check }, kind) : null;
      // A kind this deployment no longer runs, or a stage that no longer times out: nothing to do.
      if (!fired) return { outcome: `stale: no ${check} action for ${item.kind}.${job.data.stage}`, outbox: [] };
      const { action, input } = fired;
      const decision = decide(item, action, SYSTEM_ACTOR, input, new Date(), calendar, this.kinds);
      if (!decision.ok) {
        if (decision.refusal.code === 'invalid_status') return { outcome: `stale: ${decision.refusal.message}`, outbox: [] };
        // Anything else is a bug in the timer's data: fail loudly so it shows among failed jobs.
        throw new Error(`${action} refused for ${item.code}: ${decision.refusal.message} ${JSON.stringify(decision.refusal.fields ?? {})}`);
      }
      const saved = await persistDecision(manager, item, decision, calendar);
      this.logger.log(`${item.code}: ${action}${job.data.level ? ` (level ${job.data.level})` : ''}`);
      return { outcome: action as string, outbox: saved.outbox };
    });
    await this.relay.publish(result.outbox);
    return result.outcome;
  }
}
