import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { foldStatDeltas, nodeDeadlineProjectOf, ProjectEntity, recordedNodeTimers, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { nodeTimers, pendingTimers, type KindRegistry, type WorkCalendar } from '@parkflow/domain';
import { QUEUE_NAMES, type JobOf } from '@parkflow/queues';
import type { Queue } from 'bullmq';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { PROCESSOR_OPTIONS, WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { WorkerCalendarService } from '../calendar/worker-calendar.service.js';
import { TimerSchedulerService } from '../deadlines/timer-scheduler.service.js';
import { ExportSweepService } from '../reports/export-sweep.service.js';
import { CloseOutSchedulerService } from '../close-out/close-out-scheduler.service.js';
import { CloseOutService, type CloseOutResult } from '../close-out/close-out.service.js';
import { DATA_SOURCE, KIND_REGISTRY } from '../worker.tokens.js';
import { OutageTolerantHost } from '../queues/outage-tolerant.host.js';

const RECONCILE_PAGE = 1_000;

/**
 * Housekeeping: removes timers that no longer matter, the periodic reconcile that re-creates
 * every missing deadline timer from the database — the work items' and the key-project nodes'; Redis
 * holds nothing that cannot be rebuilt —
 * the sweep of expired ledger export files, the fold of the statistics deltas into the day sums,
 * and the daily close-out (每日清零), which keeps its own next run scheduled.
 */
@Processor(QUEUE_NAMES.maintenance, PROCESSOR_OPTIONS)
export class MaintenanceProcessor extends OutageTolerantHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('maintenance');
  private reconciling: Promise<number> | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectQueue(QUEUE_NAMES.maintenance) private readonly queue: Queue,
    private readonly timers: TimerSchedulerService,
    private readonly calendars: WorkerCalendarService,
    private readonly exports: ExportSweepService,
    private readonly closeOut: CloseOutService,
    private readonly closeOutScheduler: CloseOutSchedulerService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedulers();
  }

  /** The periodic jobs live in the queue backend: at start, and again after it lost its data (redis-loss-watch.service.ts). */
  async ensureSchedulers(): Promise<void> {
    await this.queue.upsertJobScheduler('timers-reconcile', { every: this.config.reconcileMs }, { name: 'timers.reconcile', data: { reason: 'periodic' } });
    await this.queue.upsertJobScheduler('exports-sweep', { every: this.config.exportSweepMs }, { name: 'exports.sweep', data: { reason: 'periodic' } });
    await this.queue.upsertJobScheduler('stats-fold', { every: this.config.statsFoldMs }, { name: 'stats.fold', data: { reason: 'periodic' } });
  }

  async work(job: JobOf<'timers.cancel' | 'timers.reconcile' | 'exports.sweep' | 'closeout.run' | 'stats.fold'>): Promise<number | CloseOutResult> {
    // Read before the switch narrows `job` to never: a job of another name is still reported by it.
    const name: string = job.name;
    switch (job.name) {
      case 'timers.cancel':
        return this.timers.cancel(job.data.timerIds);
      case 'timers.reconcile':
        return this.reconcile();
      case 'exports.sweep':
        return this.exports.sweep();
      case 'closeout.run':
        return this.runCloseOut(job);
      case 'stats.fold':
        return foldStatDeltas(this.dataSource.manager);
    }
    throw new Error(`unknown maintenance job ${name}`);
  }

  /**
   * A day's close-out, then the next one's job. Not before its time: a job that fires early (the
   * worker's clock behind the queue's) is retried, or the appeals due at 17:30 sharp would not yet
   * count as overdue. A job added without a delay (a run by hand) runs at once.
   */
  private async runCloseOut(job: JobOf<'closeout.run'>): Promise<CloseOutResult> {
    const dueAt = job.timestamp + (job.opts.delay ?? 0);
    if (Date.now() < dueAt) throw new Error(`close-out ${job.id} fired ${dueAt - Date.now()} ms early`);
    const result = await this.closeOut.run(job.data.day, new Date());
    await this.closeOutScheduler.ensureNext(new Date(Math.max(Date.now(), dueAt)));
    return result;
  }

  /**
   * Walks the open items in pages of 1,000 by id (a keyset: OFFSET paging re-read every earlier
   * page, quadratic over a million items) and re-creates the timers their running deadlines still
   * need, one batch per page. One at a time in this process: the rebuild after a Redis loss and
   * the scheduler's immediate run (its re-creation runs it at once) share the run under way.
   */
  reconcile(): Promise<number> {
    this.reconciling ??= this.reconcileOnce().finally(() => (this.reconciling = null));
    return this.reconciling;
  }

  private async reconcileOnce(): Promise<number> {
    const calendar = await this.calendars.current();
    const repo = this.dataSource.getRepository(WorkItemEntity);
    const readPage = (after: string) => repo.find({ where: { status: Not('closed'), ...(after ? { id: MoreThan(after) } : {}) }, order: { id: 'ASC' }, take: RECONCILE_PAGE });
    let created = 0;
    // Pages overlap: page N+1 is read, and its timers computed, while page N's jobs are still being
    // added (a keyset page needs only the last id of the one before). Redis runs BullMQ's scripts
    // on its own core meanwhile; waiting for each page's addBulk left the worker idle a third of a
    // rebuild (issue 13's profile). At most one page's adds are awaited behind the current one, so
    // memory stays at two pages of jobs. Promises are caught at once so that a failure in one does
    // not leave the other unhandled; the await below still throws it.
    let adding: Promise<number> | null = null;
    for (let rows = await readPage(''); ; ) {
      const next = rows.length < RECONCILE_PAGE ? null : readPage(rows[rows.length - 1]!.id);
      next?.catch(() => undefined);
      const timers = rows.flatMap((row) => {
        const item = toWorkItemState(row);
        const kind = this.kinds.get(item.kind);
        return kind ? pendingTimers(item, kind, calendar) : [];
      });
      const thisPage = this.timers.ensure(timers);
      thisPage.catch(() => undefined);
      if (adding) created += await adding;
      adding = thisPage;
      if (!next) break;
      rows = await next;
    }
    created += await adding;
    created += await this.reconcileNodeTimers(calendar);
    if (created > 0) this.logger.log(`reconcile re-created ${created} deadline timer(s)`);
    // The close-out's next job too: after a queue loss, or a make-up day an admin just added.
    await this.closeOutScheduler.ensureNext(new Date());
    return created;
  }

  /** The key projects not archived, in pages: the node timers they should have (domain nodeTimers), the checks their history records left out. */
  private async reconcileNodeTimers(calendar: WorkCalendar): Promise<number> {
    const repo = this.dataSource.getRepository(ProjectEntity);
    let created = 0;
    for (let page = 0; ; page += 1) {
      const rows = await repo.find({ where: { archivedAt: IsNull() }, order: { id: 'ASC' }, skip: page * 200, take: 200 });
      const recorded = await recordedNodeTimers(this.dataSource.manager, rows.map((r) => r.id));
      const now = new Date();
      for (const row of rows) created += await this.timers.ensureNodeTimers(nodeTimers(nodeDeadlineProjectOf(row), now, calendar, recorded));
      if (rows.length < 200) break;
    }
    return created;
  }
}
