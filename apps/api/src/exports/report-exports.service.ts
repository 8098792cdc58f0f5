import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ConflictException, GoneException, HttpException, HttpStatus, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { ExportRequestSchema, ReportExport } from '@parkflow/contracts';
import { countQueue, MAX_LEDGER_ROWS, OutboxMessageEntity, ReportExportEntity } from '@parkflow/db';
import { shanghaiDate, SHANGHAI_OFFSET_MS, statFactLabel, WORK_ITEM_VIEW_LABELS, type KindRegistry, type StatFact } from '@parkflow/domain';
import { DataSource, In } from 'typeorm';
import type { z } from 'zod';
import type { CurrentUserContext } from '../auth/current-user.js';
import { API_CONFIG, type ApiConfig } from '../config/api-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { KIND_REGISTRY } from '../kinds/kind-registry.provider.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';
import { checkedDrillDown } from '../work-items/stat-drill-down.check.js';

type ExportBody = z.output<typeof ExportRequestSchema>;

/** Exports one user may have waiting or running at once: enough for a few views, not a flood of jobs. */
export const MAX_OPEN_EXPORTS = 3;

/** 事项台账-全部-20260302-0930.xlsx: which view (or which figure, for a drill-down), and when (Beijing time). */
export function ledgerFileName(filters: { view: keyof typeof WORK_ITEM_VIEW_LABELS; fact?: StatFact | undefined }, at: Date): string {
  const wall = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const time = `${String(wall.getUTCHours()).padStart(2, '0')}${String(wall.getUTCMinutes()).padStart(2, '0')}`;
  const what = filters.fact ? statFactLabel(filters.fact).zh : WORK_ITEM_VIEW_LABELS[filters.view].zh;
  return `事项台账-${what}-${shanghaiDate(at).replaceAll('-', '')}-${time}.xlsx`;
}

export function presentExport(e: ReportExportEntity): ReportExport {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: e.id,
    ledger: 'work_items',
    status: e.status,
    rowsWritten: e.rowsWritten,
    rowsTotal: e.rowsTotal,
    fileName: e.fileName,
    fileBytes: e.fileBytes,
    createdAt: e.createdAt.toISOString(),
    startedAt: iso(e.startedAt),
    finishedAt: iso(e.finishedAt),
    expiresAt: iso(e.expiresAt),
  };
}

/**
 * Ledger exports: the request writes the record and its job's outbox row in one transaction (the
 * relay re-sends a row the queue did not take), the worker writes the file, the owner downloads it.
 * Nobody else learns that an export exists: another user's id is a 404, like an unknown one.
 */
@Injectable()
export class ReportExportsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    private readonly producer: QueueProducerService,
  ) {}

  async request(body: ExportBody, current: CurrentUserContext): Promise<ReportExport> {
    const now = new Date();
    const repo = this.dataSource.getRepository(ReportExportEntity);
    const open = await repo.countBy({ ownerId: current.user.id, status: In(['queued', 'running']) });
    if (open >= MAX_OPEN_EXPORTS) {
      throw new HttpException({ message: `You already have ${open} exports under way; wait for one to finish`, reason: 'exports_under_way', params: { open, limit: MAX_OPEN_EXPORTS } }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const filters = checkedDrillDown(body.filters, current.actor, now);
    // Told now rather than after the job ran: the user narrows the queue and asks again.
    const rows = await countQueue(this.dataSource.manager, filters, current.actor, this.kinds.raisedByEnterprise(), now);
    if (rows > MAX_LEDGER_ROWS) {
      throw new UnprocessableEntityException({ message: `The queue holds ${rows} items; a ledger holds at most ${MAX_LEDGER_ROWS}`, reason: 'ledger_too_large', params: { rows, limit: MAX_LEDGER_ROWS } });
    }
    const record = repo.create({
      id: randomUUID(),
      ownerId: current.user.id,
      ledger: body.ledger,
      filters: { ...filters },
      status: 'queued',
      rowsWritten: 0,
      rowsTotal: null,
      fileName: ledgerFileName(filters, now),
      filePath: null,
      fileBytes: null,
      error: null,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      expiresAt: null,
    });
    const outbox = await this.dataSource.transaction(async (manager) => {
      // jsonb columns: TypeORM's insert type cannot follow Record<string, unknown> (persistDecision casts the same way).
      await manager.insert(ReportExportEntity, record as never);
      const row = manager.create(OutboxMessageEntity, { id: randomUUID(), jobName: 'report.export', jobId: `export-${record.id}`, payload: { exportId: record.id }, runAt: null, createdAt: now, dispatchedAt: null, attempts: 0, lastError: null });
      await manager.insert(OutboxMessageEntity, row as never);
      return [row];
    });
    await this.producer.publishAfterCommit(outbox);
    return presentExport(record);
  }

  async find(id: string, current: CurrentUserContext): Promise<ReportExport> {
    return presentExport(await this.own(id, current));
  }

  /** The file to send: 404 not the user's, 409 not written yet (or failed), 410 expired. */
  async file(id: string, current: CurrentUserContext, now = new Date()): Promise<{ path: string; fileName: string; bytes: number | null }> {
    const record = await this.own(id, current);
    if (record.status === 'expired' || (record.expiresAt && record.expiresAt <= now)) throw new GoneException({ message: 'This export has expired; export the ledger again', reason: 'export_expired', params: {} });
    if (record.status !== 'done' || !record.filePath) {
      throw new ConflictException({ message: record.status === 'failed' ? 'This export failed; export the ledger again' : 'This export is not finished yet', reason: record.status === 'failed' ? 'export_failed' : 'export_not_ready', params: { status: record.status } });
    }
    return { path: join(this.config.exports.dir, record.filePath), fileName: record.fileName, bytes: record.fileBytes };
  }

  private async own(id: string, current: CurrentUserContext): Promise<ReportExportEntity> {
    const record = await this.dataSource.getRepository(ReportExportEntity).findOneBy({ id, ownerId: current.user.id });
    if (!record) throw new NotFoundException(`No export ${id}`);
    return record;
  }
}
