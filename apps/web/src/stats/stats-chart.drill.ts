import type { StatFiguresResponse, StatHeatmapResponse } from '@parkflow/contracts';
import { monthPeriod, type DayPeriod, type StatFact } from '@parkflow/domain';
import { rowDimension, type QueueDrillDown } from '../work-items/stat-drill-down.state';
import { overdueRows } from './stats-chart.options';

/*
 * 穿透 from a chart: which figure a click on a point, a bar or a cell is, as the queue's
 * drill-down. Pure, beside the options that drew the chart, so a click and what it shows are
 * tested together without a canvas.
 */

/** A rate's point lists the items the rate is over: its denominator (交办, 应办结, 已评价). */
const TREND_FACTS: readonly StatFact[] = ['assigned', 'due', 'rated'];

/** A month of the trend, clipped to the dashboard's period (its first and last months may be partial). */
function monthWithin(month: string, period: DayPeriod): DayPeriod {
  const whole = monthPeriod(month);
  return { from: whole.from > period.from ? whole.from : period.from, to: whole.to < period.to ? whole.to : period.to };
}

export function trendDrill(figures: StatFiguresResponse, seriesIndex: number, dataIndex: number): QueueDrillDown | null {
  const row = figures.rows[dataIndex];
  const fact = TREND_FACTS[seriesIndex];
  if (!row?.key || !fact) return null;
  return { fact, ...monthWithin(row.key, figures.period) };
}

/** A department's bar: the items that went overdue in the period, or those overdue now. */
export function overdueDrill(figures: StatFiguresResponse, seriesIndex: number, dataIndex: number): QueueDrillDown | null {
  const row = overdueRows(figures)[dataIndex];
  const fact: StatFact | undefined = (['overdue', 'overdue_now'] as const)[seriesIndex];
  if (!row || !fact) return null;
  return { fact, ...figures.period, departmentId: rowDimension(row.key) };
}

/** A cell: the items of that category registered in the period for that department. */
export function heatmapDrill(heat: StatHeatmapResponse, dataIndex: number): QueueDrillDown | null {
  const cell = heat.cells[dataIndex];
  if (!cell) return null;
  return { fact: 'registered', ...heat.period, category: cell.category, departmentId: rowDimension(cell.departmentId) };
}
