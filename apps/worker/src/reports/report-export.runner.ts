import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import {
  dropExportRows,
  exportItemPages,
  loadActor,
  loadNameLookup,
  ReportExportEntity,
  snapshotExportRows,
  toWorkItemState,
  UserEntity,
  type WorkItemFilters,
} from '@parkflow/db';
import { itemAsSeenBy, type KindRegistry } from '@parkflow/domain';
import { workItemLedgerSheet, writeLedger, type WorkItemLedgerRow } from '@parkflow/sheets';
import { DataSource, In } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { DATA_SOURCE, KIND_REGISTRY } from '../worker.tokens.js';

/** The final file of an export, inside the export directory. */
export function exportFileName(exportId: string): string {
  return `${exportId}.xlsx`;
}

/**
 * Writes one ledger export. Idempotent: a finished export is left alone; any other run starts
 * over — a fresh snapshot of the rows, a fresh file under a name of its own, renamed over the
 * final one only when complete — so a retried job never appends to what an earlier one wrote.
 */
@Injectable()
export class ReportExportRunner {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  async run(exportId: string): Promise<string> {
    const records = this.dataSource.getRepository(ReportExportEntity);
    const record = await records.findOneBy({ id: exportId });
    if (!record) return 'no such export';
    if (record.status === 'done' || record.status === 'expired') return `already ${record.status}`;
    const owner = await this.dataSource.getRepository(UserEntity).findOneBy({ id: record.ownerId, active: true });
    if (!owner) {
      await records.update({ id: exportId }, { status: 'failed', error: 'its owner is no longer an active user', finishedAt: new Date() });
      return 'owner gone';
    }
    // The owner's rights as they are now, not as they were when asked: a moved user exports what they see today.
    const actor = await loadActor(this.dataSource.manager, owner);
    const now = new Date();
    await records.update({ id: exportId }, { status: 'running', startedAt: now, rowsWritten: 0, rowsTotal: null, error: null });
    // Validated by the api when the export was asked for (ExportRequestSchema).
    const filters = record.filters as unknown as WorkItemFilters;
    const dir = this.config.exports.dir;
    const part = join(dir, `${exportId}.${randomUUID()}.part`);
    try {
      const total = await snapshotExportRows(this.dataSource, exportId, filters, actor, this.kinds.raisedByEnterprise(), now);
      await records.update({ id: exportId }, { rowsTotal: total });
      const sheet = workItemLedgerSheet(this.kinds, await loadNameLookup(this.dataSource.manager));
      const items = exportItemPages(this.dataSource, exportId, total);
      // Every row through the same rule as the list (itemAsSeenBy), with the SLA as of the job's start.
      const rows = async function* (): AsyncGenerator<WorkItemLedgerRow[]> {
        for await (const page of items()) yield page.map((row) => itemAsSeenBy(toWorkItemState(row), actor, now));
      };
      await mkdir(dir, { recursive: true });
      const written = await writeLedger(sheet, rows, part, {
        onPage: async (n) => void (await records.update({ id: exportId }, { rowsWritten: n })),
      });
      const file = exportFileName(exportId);
      await rename(part, join(dir, file));
      const finishedAt = new Date();
      await records.update(
        { id: exportId },
        { status: 'done', rowsWritten: written.rows, filePath: file, fileBytes: (await stat(join(dir, file))).size, finishedAt, expiresAt: new Date(finishedAt.getTime() + this.config.exports.ttlSeconds * 1000) },
      );
      return `${written.rows} rows`;
    } finally {
      await rm(part, { force: true });
      await dropExportRows(this.dataSource.manager, exportId);
    }
  }

  /** After the job's last attempt: the export says so, and why. */
  async fail(exportId: string, error: unknown): Promise<void> {
    const message = String(error instanceof Error ? error.message : error).slice(0, 1000);
    await this.dataSource.getRepository(ReportExportEntity).update({ id: exportId, status: In(['queued', 'running']) }, { status: 'failed', error: message, finishedAt: new Date() });
  }
}
