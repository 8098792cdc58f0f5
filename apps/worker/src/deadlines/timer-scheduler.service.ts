import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { NodeTimer, ScheduleTimerEffect } from '@parkflow/domain';
import { DEFAULT_JOB_OPTIONS, effectToJob, nodeTimerToJob, QUEUE_NAMES, type OutboxJob, type QueueBackend } from '@parkflow/queues';
import type { Queue } from 'bullmq';
import { QUEUE_BACKEND } from '../worker.tokens.js';

/** The one command of the producer's ioredis client used here: a pipeline of EXISTS. */
interface ExistsPipeline {
  pipeline(): { exists(key: string): unknown; exec(): Promise<[Error | null, unknown][] | null> };
}

/** How many getJob look-ups the non-Redis backend runs at once (its pool is small). */
const GET_JOB_CHUNK = 16;

/**
 * Makes sure delayed deadline jobs exist. Adding a job whose id exists is a no-op in BullMQ, so
 * this can run as often as wanted: after a stage job, and in the periodic reconcile. In batches:
 * on Redis one pipeline of EXISTS for the whole batch and one addBulk of the missing ones — a
 * getJob and an add per timer made a rebuild of 15,000 timers take 94 s (docs/benchmarks.md).
 */
@Injectable()
export class TimerSchedulerService {
  constructor(
    @InjectQueue(QUEUE_NAMES.deadlines) private readonly deadlines: Queue,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
  ) {}

  /** Adds the timers that have no job; returns how many it created. */
  async ensure(timers: ScheduleTimerEffect[]): Promise<number> {
    return this.ensureJobs(timers.map(effectToJob));
  }

  /** The same for key-project node timers (project.node_check, on this queue too). */
  async ensureNodeTimers(timers: NodeTimer[]): Promise<number> {
    return this.ensureJobs(timers.map(nodeTimerToJob));
  }

  private async ensureJobs(jobs: OutboxJob[]): Promise<number> {
    const timers = jobs.filter((job): job is OutboxJob & { jobId: string; runAt: Date } => Boolean(job.jobId && job.runAt));
    if (timers.length === 0) return 0;
    const missing = await this.missing(timers);
    if (missing.length === 0) return 0;
    const now = Date.now();
    await this.deadlines.addBulk(missing.map((job) => ({ name: job.jobName, data: job.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: job.jobId, delay: Math.max(0, job.runAt.getTime() - now), timestamp: now } })));
    return missing.length;
  }

  /** The timers whose id has no job in any state (a job added meanwhile makes addBulk a no-op for it). */
  private async missing<T extends { jobId: string }>(timers: T[]): Promise<T[]> {
    if (this.backend.kind !== 'redis') {
      // Bounded: a getJob per timer all at once asked the PostgreSQL backend's pool for every
      // timer of a page together (issue 13); chunks keep at most GET_JOB_CHUNK queries in flight.
      const missing: T[] = [];
      for (let i = 0; i < timers.length; i += GET_JOB_CHUNK) {
        const chunk = timers.slice(i, i + GET_JOB_CHUNK);
        const found = await Promise.all(chunk.map((t) => this.deadlines.getJob(t.jobId)));
        chunk.forEach((t, j) => {
          if (!found[j]) missing.push(t);
        });
      }
      return missing;
    }
    const pipeline = (this.backend.producerConnection() as unknown as ExistsPipeline).pipeline();
    for (const t of timers) pipeline.exists(this.deadlines.toKey(t.jobId));
    const replies = (await pipeline.exec()) ?? [];
    return timers.filter((_, i) => {
      const [error, exists] = replies[i] ?? [new Error('no reply'), 0];
      if (error) throw error;
      return exists === 0;
    });
  }

  /** Removes timers that can no longer matter (a stale one would be refused anyway). */
  async cancel(timerIds: string[]): Promise<number> {
    let removed = 0;
    for (const id of timerIds) {
      const job = await this.deadlines.getJob(id);
      if (job && (await job.isDelayed())) {
        await job.remove();
        removed += 1;
      }
    }
    return removed;
  }
}
