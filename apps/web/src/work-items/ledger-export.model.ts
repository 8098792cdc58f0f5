import type { LedgerFilters, ReportExport } from '@parkflow/contracts';
import { toListRequest, type QueueQueryState } from './queue-query.state';

/** The queue on screen as the export takes it: the same view, filters and sort as the list, every page. */
export function toLedgerFilters(state: QueueQueryState): Partial<LedgerFilters> {
  const { page: _page, pageSize: _pageSize, ...rest } = toListRequest(state);
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<LedgerFilters>;
}

/** Per cent written, for the progress bar; 0 until the job knows its rows, 100 once done. */
export function exportPercent(e: Pick<ReportExport, 'status' | 'rowsWritten' | 'rowsTotal'>): number {
  if (e.status === 'done') return 100;
  if (!e.rowsTotal) return 0;
  return Math.min(99, Math.floor((e.rowsWritten / e.rowsTotal) * 100));
}
