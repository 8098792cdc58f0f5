import { WorkerHost } from '@nestjs/bullmq';
import { isDatabaseUnavailable } from '@parkflow/db';
import { DelayedError, type Job } from 'bullmq';

/** How long a job waits before it tries the database again while it is away (ms). */
export const OUTAGE_RETRY_MS = Math.max(50, Number(process.env.PARKFLOW_OUTAGE_RETRY_MS ?? 5_000) || 5_000);

/**
 * Every processor's base. A job that failed because the database is away (down, restarting,
 * refusing connections) is put back to try again in OUTAGE_RETRY_MS without spending one of its
 * attempts: with 6 attempts and backoff from 1 s, an outage longer than ~31 s would otherwise
 * fail the job for good and strand its item (a stage never routed, a timer never fired). Any other
 * error is an attempt as before. Subclasses write `work`; BullMQ calls `process`.
 */
export abstract class OutageTolerantHost<J extends Job = Job> extends WorkerHost {
  protected outageRetryMs = OUTAGE_RETRY_MS;

  abstract work(job: J): Promise<unknown>;

  async process(job: J, token?: string): Promise<unknown> {
    try {
      return await this.work(job);
    } catch (error) {
      // Without the lock token the job cannot be moved; it fails as an attempt like any error.
      if (!token || !isDatabaseUnavailable(error)) throw error;
      await job.moveToDelayed(Date.now() + this.outageRetryMs, token);
      throw new DelayedError(`the database is away; trying again in ${this.outageRetryMs} ms`);
    }
  }
}
