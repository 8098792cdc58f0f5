import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { nextCloseOutAt, type CloseOutSlot } from '@parkflow/domain';
import { closeOutJobId, DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from '@parkflow/queues';
import type { Queue } from 'bullmq';
import { WorkerCalendarService } from '../calendar/worker-calendar.service.js';

/**
 * Keeps the next close-out scheduled: one delayed `closeout.run` job for the next working day's
 * 17:30 (domain nextCloseOutAt), its id the day's, so every replica and every call adds it once.
 * A delayed job per day rather than a daily cron, so the calendar (调休 Saturdays, holidays, an
 * admin's changes) decides which days get one; it is ensured at start, after each run, and by the
 * periodic reconcile — which also picks up a make-up day an admin adds before the scheduled one.
 */
@Injectable()
export class CloseOutSchedulerService implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE_NAMES.maintenance) private readonly queue: Queue,
    private readonly calendars: WorkerCalendarService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureNext(new Date());
  }

  /** Makes sure the first close-out after `after` has its job; returns that close-out and whether the job was added now. */
  async ensureNext(after: Date): Promise<{ slot: CloseOutSlot; added: boolean }> {
    const slot = nextCloseOutAt(after, await this.calendars.current());
    const jobId = closeOutJobId(slot.day);
    if (await this.queue.getJob(jobId)) return { slot, added: false };
    const now = Date.now(); // the job's timestamp too, so timestamp + delay is the slot to the millisecond
    await this.queue.add('closeout.run', { day: slot.day }, { ...DEFAULT_JOB_OPTIONS, jobId, delay: Math.max(0, slot.at.getTime() - now), timestamp: now });
    return { slot, added: true };
  }
}
