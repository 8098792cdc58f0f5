import type { ExportRequest, ReportExport } from '@parkflow/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';

// Checked when zod has loaded (lazy-contract.ts): the export button sits on the queue.
const ReportExportSchema = lazyContract('ReportExportSchema');

/** How often a running export is asked for its progress. */
export const EXPORT_POLL_MS = 1_000;

/** `POST /api/exports`: the job is queued; its progress is polled with useReportExport. */
export function useStartExport() {
  return useMutation({
    mutationFn: (request: ExportRequest) => apiRequest<ReportExport>('/exports', { method: 'POST', body: request, schema: ReportExportSchema }),
  });
}

/** `GET /api/exports/:id`, every second while it is queued or running, then no more. */
export function useReportExport(id: string | null) {
  return useQuery({
    queryKey: ['exports', id],
    queryFn: ({ signal }) => apiRequest<ReportExport>(`/exports/${encodeURIComponent(id!)}`, { schema: ReportExportSchema, signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !['queued', 'running'].includes(query.state.data.status) ? false : EXPORT_POLL_MS),
  });
}
