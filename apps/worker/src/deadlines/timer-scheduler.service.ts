import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { NodeTimer, ScheduleTimerEffect } from '@parkflow/domain';
import { DEFAULT_JOB_OPTIONS, effectToJob, nodeTimerToJob, QUEUE_NAMES, type OutboxJob } from '@parkflow/queues';
import type { Queue } from 'bullmq';

/**
 * Makes sure delayed deadline jobs exist. Adding a job whose id exists is a no-op in BullMQ, so
 * this can run as often as wanted: after a stage job, and in the periodic reconcile.
 */
@Injectable()
export class TimerSchedulerService {
  constructor(@InjectQueue(QUEUE_NAMES.deadlines) private readonly deadlines: Queue) {}

  /** Adds the timers that have no job; returns how many it created. */
  async ensure(timers: ScheduleTimerEffect[]): Promise<number> {
    return this.ensureJobs(timers.map(effectToJob));
  }

  /** The same for key-project node timers (project.node_check, on this queue too). */
  async ensureNodeTimers(timers: NodeTimer[]): Promise<number> {
    return this.ensureJobs(timers.map(nodeTimerToJob));
  }

  private async ensureJobs(jobs: OutboxJob[]): Promise<number> {
    let created = 0;
    for (const job of jobs) {
      if (!job.jobId || !job.runAt) continue;
      if (await this.deadlines.getJob(job.jobId)) continue;
      const delay = Math.max(0, job.runAt.getTime() - Date.now());
      await this.deadlines.add(job.jobName, job.payload, { ...DEFAULT_JOB_OPTIONS, jobId: job.jobId, delay });
      created += 1;
    }
    return created;
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
