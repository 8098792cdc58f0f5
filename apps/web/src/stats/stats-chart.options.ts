import type { StatFiguresResponse, StatHeatmapResponse } from '@parkflow/contracts';
import { ratePercent } from '@parkflow/domain';

/*
 * ECharts options from the api's figures: pure, so the shape of each chart is tested without a
 * canvas. A rate with no data is a gap in the line (null), never a 0.
 */
export interface ChartText {
  response: string;
  resolution: string;
  satisfaction: string;
  overdue: string;
  overdueNow: string;
  noDepartment: string;
}


export function rateTrendOption(figures: StatFiguresResponse, text: ChartText) {
  const months = figures.rows.map((r) => r.key ?? '');
  const line = (name: string, pick: (r: StatFiguresResponse['rows'][number]) => number | null) => ({ name, type: 'line' as const, connectNulls: false, data: figures.rows.map(pick) });
  return {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category' as const, data: months },
    yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      line(text.response, (r) => ratePercent(r.figures.response.rate)),
      line(text.resolution, (r) => ratePercent(r.figures.resolution.rate)),
      line(text.satisfaction, (r) => ratePercent(r.figures.satisfaction.rate)),
    ],
  };
}

/** The departments as the overdue chart orders them, most overdue first (a bar's index is a row's). */
export const overdueRows = (figures: StatFiguresResponse) => [...figures.rows].sort((a, b) => b.figures.overdue - a.figures.overdue);

export function overdueByDepartmentOption(figures: StatFiguresResponse, departmentName: (id: string) => string | null, text: ChartText) {
  const rows = overdueRows(figures);
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 140, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: { type: 'category' as const, inverse: true, data: rows.map((r) => (r.key === null ? text.noDepartment : (departmentName(r.key) ?? r.key))) },
    series: [
      { name: text.overdue, type: 'bar' as const, data: rows.map((r) => r.figures.overdue) },
      { name: text.overdueNow, type: 'bar' as const, data: rows.map((r) => r.figures.overdueNow ?? 0) },
    ],
  };
}

/** Category (rows) × department (columns), coloured by items registered. */
export function heatmapOption(heat: StatHeatmapResponse, categoryName: (id: string) => string, departmentName: (id: string) => string | null, text: ChartText) {
  const categories = [...new Set(heat.cells.map((c) => c.category))];
  const departments = [...new Set(heat.cells.map((c) => c.departmentId))];
  const max = Math.max(1, ...heat.cells.map((c) => c.registered));
  return {
    tooltip: { position: 'top' as const },
    grid: { left: 110, right: 16, top: 8, bottom: 90 },
    xAxis: { type: 'category' as const, data: departments.map((d) => (d === null ? text.noDepartment : (departmentName(d) ?? d))), axisLabel: { rotate: 30 } },
    yAxis: { type: 'category' as const, data: categories.map(categoryName) },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal' as const, left: 'center', bottom: 0 },
    series: [{ type: 'heatmap' as const, label: { show: true }, data: heat.cells.map((c) => [departments.indexOf(c.departmentId), categories.indexOf(c.category), c.registered]) }],
  };
}
