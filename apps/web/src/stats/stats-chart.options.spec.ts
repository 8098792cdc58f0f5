import { describe, expect, it } from 'vitest';
import type { StatFiguresResponse } from '@parkflow/contracts';
import { heatmapOption, overdueByDepartmentOption, rateTrendOption, type ChartText } from './stats-chart.options';

const TEXT: ChartText = { response: 'R', resolution: 'S', satisfaction: 'M', overdue: 'O', overdueNow: 'N', noDepartment: '—' };
const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });
const figures = (over: Partial<StatFiguresResponse['total']> = {}): StatFiguresResponse['total'] => ({
  registered: 1, repeated: 0, repeatRate: 0, response: rate(1, 2), resolution: rate(0, 0), satisfaction: { ...rate(2, 3), unrated: 1 },
  overdue: 0, extended: 0, returned: 0, handling: { closed: 0, averageDays: null, p90Days: null }, overdueNow: null, ...over,
});
const response = (rows: StatFiguresResponse['rows']): StatFiguresResponse => ({
  period: { from: '2026-01-01', to: '2026-03-31' }, groupBy: 'month', scope: { all: true, departmentIds: [] }, asOf: '2026-04-01T00:00:00Z', total: figures(), rows,
});

describe('dashboard charts', () => {
  it('draws each rate as a percentage by month, a month with no data as a gap', () => {
    const option = rateTrendOption(response([{ key: '2026-01', figures: figures() }, { key: '2026-02', figures: figures({ response: rate(0, 0) }) }]), TEXT);
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(option.series.map((s) => s.data)).toEqual([[50, null], [null, null], [66.7, 66.7]]);
  });

  it('sorts departments by overdue items and names them, the unassigned as such', () => {
    const option = overdueByDepartmentOption(response([{ key: 'd1', figures: figures({ overdue: 1, overdueNow: 2 }) }, { key: null, figures: figures({ overdue: 3 }) }]), (id) => (id === 'd1' ? '公用事业' : null), TEXT);
    expect(option.yAxis.data).toEqual(['—', '公用事业']);
    expect(option.series.map((s) => s.data)).toEqual([[3, 1], [0, 2]]);
  });

  it('places each heat map cell at its department and category', () => {
    const heat = { period: { from: 'a', to: 'b' }, scope: { all: true, departmentIds: [] }, cells: [{ category: 'c1', departmentId: 'd1', registered: 4, overdue: 1 }, { category: 'c2', departmentId: null, registered: 2, overdue: 0 }] };
    const option = heatmapOption(heat, (c) => c.toUpperCase(), () => '部门', TEXT);
    expect(option.series[0]!.data).toEqual([[0, 0, 4], [1, 1, 2]]);
    expect(option.yAxis.data).toEqual(['C1', 'C2']);
    expect(option.visualMap.max).toBe(4);
  });
});
