import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from '@parkflow/db';
import { QUEUE_NAMES, type JobOf } from '@parkflow/queues';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';
import { ReportExportRunner } from './report-export.runner.js';
import { OutageTolerantHost } from '../queues/outage-tolerant.host.js';

/**
 * Ledger exports. One at a time per worker replica: a 100,000-row export is ~17 s of CPU and up
 * to ~200 MB above the worker's own (docs/benchmarks.md), and the other queues must not wait
 * behind several of them.
 */
@Processor(QUEUE_NAMES.reports, { ...PROCESSOR_OPTIONS, concurrency: 1 })
export class ReportProcessor extends OutageTolerantHost {
  private readonly logger = new Logger('reports');

  constructor(private readonly runner: ReportExportRunner) {
    super();
  }

  async work(job: JobOf<'report.export'>): Promise<string> {
    try {
      return await this.runner.run(job.data.exportId);
    } catch (error) {
      // The database away is no attempt (OutageTolerantHost puts the job back): never the last one.
      if (isDatabaseUnavailable(error)) throw error;
      // BullMQ retries with backoff; only the last attempt marks the export failed for its owner to see.
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(`export ${job.data.exportId} attempt ${job.attemptsMade + 1} failed${last ? ' (last)' : ''}: ${error instanceof Error ? error.message : String(error)}`);
      if (last) await this.runner.fail(job.data.exportId, error);
      throw error;
    }
  }
}
