import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** queued → running → done (then expired), or failed after the job's last attempt. */
export const REPORT_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ReportExportStatus = (typeof REPORT_EXPORT_STATUSES)[number];

/**
 * One ledger export (台账导出) a user asked for: what to export, how far the job got, and where
 * the file is until it expires. Only its owner ever reads it. `owner_id` is not a foreign key:
 * the record outlives nothing that matters, and the sweep removes files, not rows.
 */
@Entity({ name: 'report_exports' })
@Index('report_exports_owner_idx', ['ownerId', 'createdAt'])
@Index('report_exports_expiry_idx', ['expiresAt'], { where: `status = 'done'` })
export class ReportExportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  /** Which ledger: 'work_items' (the queue) for now; the monthly report and the dashboard's tables next. */
  @Column('text')
  ledger: string;

  /** The view and filters, as the list endpoint reads them (WorkItemFilters). */
  @Column('jsonb')
  filters: Record<string, unknown>;

  @Column('text')
  status: ReportExportStatus;

  @Column('int', { name: 'rows_written', default: 0 })
  rowsWritten: number;

  /** Rows the export holds, known once the job has taken its snapshot. */
  @Column('int', { name: 'rows_total', nullable: true })
  rowsTotal: number | null;

  /** The name the download offers, e.g. 事项台账-全部-20260302-0930.xlsx. */
  @Column('text', { name: 'file_name' })
  fileName: string;

  /** The file inside the export directory (PARKFLOW_EXPORT_DIR), once written; null again when expired. */
  @Column('text', { name: 'file_path', nullable: true })
  filePath: string | null;

  @Column('int', { name: 'file_bytes', nullable: true })
  fileBytes: number | null;

  /** Why the last attempt failed (English, for the operator). */
  @Column('text', { nullable: true })
  error: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  /** From finishing on, the file is kept this long (PARKFLOW_EXPORT_TTL_SECONDS). */
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;
}
