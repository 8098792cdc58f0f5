import { z } from 'zod';
import { WorkItemListQuerySchema } from './work-item.contract.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ledgers ParkFlow exports as a job: the queue (up to 100,000 rows). The statistics' tables are a few hundred rows and are written straight to the response (GET /api/stats/…/xlsx). */
export const LEDGERS = ['work_items'] as const;
export const REPORT_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;

/** A queue exactly as the list reads it (view, filters, sort), without the page: the export holds every page. */
export const LedgerFiltersSchema = WorkItemListQuerySchema.omit({ page: true, pageSize: true });
export type LedgerFilters = z.output<typeof LedgerFiltersSchema>;

export const ExportRequestSchema = z.object({
  ledger: z.enum(LEDGERS).default('work_items'),
  filters: LedgerFiltersSchema.prefault({}).describe('the queue view and its filters, as GET /api/work-items takes them (page and pageSize are ignored)'),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;

export const ReportExportSchema = z.object({
  id: z.uuid(),
  ledger: z.enum(LEDGERS),
  status: z.enum(REPORT_EXPORT_STATUSES),
  rowsWritten: z.number().int(),
  rowsTotal: z.number().int().nullable().describe('known once the job has fixed the rows'),
  fileName: z.string(),
  fileBytes: z.number().int().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string().nullable().describe('the file can be downloaded until then (410 after)'),
});
export type ReportExport = z.infer<typeof ReportExportSchema>;
