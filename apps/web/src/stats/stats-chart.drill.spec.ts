import type { StatFiguresResponse } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { heatmapDrill, overdueDrill, trendDrill } from './stats-chart.drill';
import { overdueByDepartmentOption, type ChartText } from './stats-chart.options';

const TEXT: ChartText = { response: 'R', resolution: 'S', satisfaction: 'M', overdue: 'O', overdueNow: 'N', noDepartment: '—' };
const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });
const figures = (overdue = 0): StatFiguresResponse['total'] => ({
  registered: 1, repeated: 0, repeatRate: 0, response: rate(1, 2), resolution: rate(0, 0), satisfaction: { ...rate(2, 3), unrated: 1 },
  overdue, extended: 0, returned: 0, handling: { closed: 0, averageDays: null, p90Days: null }, overdueNow: 1,
});
const response = (rows: StatFiguresResponse['rows']): StatFiguresResponse => ({
  period: { from: '2026-01-15', to: '2026-03-10' }, groupBy: 'month', scope: { all: true, departmentIds: [] }, asOf: '2026-04-01T00:00:00Z', total: figures(), rows,
});

describe('a click on a chart lists the items of that figure', () => {
  it("a rate's point: the rate's denominator in that month, clipped to the period", () => {
    const months = response([{ key: '2026-01', figures: figures() }, { key: '2026-02', figures: figures() }, { key: '2026-03', figures: figures() }]);
    expect(trendDrill(months, 0, 0)).toEqual({ fact: 'assigned', from: '2026-01-15', to: '2026-01-31' });
    expect(trendDrill(months, 1, 1)).toEqual({ fact: 'due', from: '2026-02-01', to: '2026-02-28' });
    expect(trendDrill(months, 2, 2)).toEqual({ fact: 'rated', from: '2026-03-01', to: '2026-03-10' });
    expect(trendDrill(months, 3, 0)).toBeNull();
  });

  it("a department's bar: the department of that bar, in the chart's order; the unassigned as none", () => {
    const byDepartment = response([{ key: 'd1', figures: figures(1) }, { key: null, figures: figures(3) }]);
    const option = overdueByDepartmentOption(byDepartment, () => 'x', TEXT);
    expect(option.yAxis.data[0]).toBe('—');
    expect(overdueDrill(byDepartment, 0, 0)).toEqual({ fact: 'overdue', from: '2026-01-15', to: '2026-03-10', departmentId: 'none' });
    expect(overdueDrill(byDepartment, 1, 1)).toEqual({ fact: 'overdue_now', from: '2026-01-15', to: '2026-03-10', departmentId: 'd1' });
  });

  it('a heat map cell: its category and department', () => {
    const heat = { period: { from: '2026-01-01', to: '2026-02-01' }, scope: { all: true, departmentIds: [] }, cells: [{ category: 'c1', departmentId: 'd1', registered: 4, overdue: 1 }] };
    expect(heatmapDrill(heat, 0)).toEqual({ fact: 'registered', from: '2026-01-01', to: '2026-02-01', category: 'c1', departmentId: 'd1' });
    expect(heatmapDrill(heat, 1)).toBeNull();
  });
});
