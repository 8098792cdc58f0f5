import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ReportExportEntity } from '@parkflow/db';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { DATA_SOURCE } from '../worker.tokens.js';

const ABANDONED_AFTER_MS = 60 * 60_000;

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
    const abandoned = await this.abandonedParts(now);
    if (swept + abandoned > 0) this.logger.log(`removed ${swept} expired export file(s) and ${abandoned} abandoned partial one(s)`);
    return swept + abandoned;
  }

  /**
   * Partial files of a worker that died mid-write (its retry writes under a name of its own). A
   * file being written changes all the time, so one untouched for an hour is nobody's.
   */
  private async abandonedParts(now: Date): Promise<number> {
    const dir = this.config.exports.dir;
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names.filter((n) => n.endsWith('.part'))) {
      const modified = await stat(join(dir, name)).then((s) => s.mtimeMs, () => null);
      if (modified !== null && now.getTime() - modified > ABANDONED_AFTER_MS) {
        await rm(join(dir, name), { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
