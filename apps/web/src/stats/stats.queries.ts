import { MonthlyReportSchema, StatFiguresResponseSchema, StatHeatmapResponseSchema, type MonthlyReport, type StatFiguresResponse, type StatHeatmapResponse } from '@parkflow/contracts';
import type { StatGrouping } from '@parkflow/domain';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';

export interface StatsFilter {
  from: string;
  to: string;
  kind?: string;
}

/** The dashboard's period and filters as a report's query (the JSON reports and their .xlsx alike). */
export const statsQuery = (f: StatsFilter) => ({ from: f.from, to: f.to, kind: f.kind });

/** `GET /api/stats/figures`: the total and the rows of one grouping. */
export function useStatFigures(filter: StatsFilter, groupBy: StatGrouping) {
  return useQuery({
    queryKey: ['stats', 'figures', groupBy, filter],
    queryFn: ({ signal }) => apiRequest<StatFiguresResponse>('/stats/figures', { query: { ...statsQuery(filter), groupBy }, schema: StatFiguresResponseSchema, signal }),
  });
}

/** `GET /api/stats/heatmap`: category × department. */
export function useStatHeatmap(filter: StatsFilter) {
  return useQuery({
    queryKey: ['stats', 'heatmap', filter],
    queryFn: ({ signal }) => apiRequest<StatHeatmapResponse>('/stats/heatmap', { query: statsQuery(filter), schema: StatHeatmapResponseSchema, signal }),
  });
}

/** `GET /api/stats/monthly`: 信访月报 of a month. */
export function useMonthlyReport(month: string, kind: string) {
  return useQuery({
    queryKey: ['stats', 'monthly', month, kind],
    queryFn: ({ signal }) => apiRequest<MonthlyReport>('/stats/monthly', { query: { month, kind }, schema: MonthlyReportSchema, signal }),
  });
}
