import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ReportExportEntity } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { DATA_SOURCE } from '../worker.tokens.js';

/**
 * Deletes the files of exports past their expiry and marks them expired (the download has
 * answered 410 since the expiry either way). A file already gone is fine: the mark is what counts.
 */
@Injectable()
export class ExportSweepService {
  private readonly logger = new Logger('exports');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const repo = this.dataSource.getRepository(ReportExportEntity);
    let swept = 0;
    for (;;) {
      const due = await repo.createQueryBuilder('e').where(`e.status = 'done' AND e.expires_at <= :now`, { now }).orderBy('e.expires_at', 'ASC').limit(200).getMany();
      for (const record of due) {
        if (record.filePath) await rm(join(this.config.exports.dir, record.filePath), { force: true });
        await repo.update({ id: record.id, status: 'done' }, { status: 'expired', filePath: null });
      }
      swept += due.length;
      if (due.length < 200) break;
    }
    if (swept > 0) this.logger.log(`removed ${swept} expired export file(s)`);
    return swept;
  }
}
