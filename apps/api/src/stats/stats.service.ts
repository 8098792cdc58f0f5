import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { MonthlyReport, StatFiguresResponse, StatHeatmapResponse } from '@parkflow/contracts';
import {
  emptyStatSums,
  figuresFromSums,
  hasAnyFigure,
  monthPeriod,
  narrowStatScope,
  shanghaiDate,
  statPeriodProblem,
  statScope,
  statScopeCovers,
  STAT_PERIOD_MAX_DAYS,
  yearBefore,
  statPeriodOf,
  type Actor,
  type DayPeriod,
  type StatFigures,
  type StatGrouping,
  type StatScope,
} from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { overdueItems, registeredByPeriods, type ReportPeriods } from './monthly-report.query.js';
import type { StatFilter } from './stat-filter.sql.js';
import { heatmapCells } from './heatmap.query.js';
import { statSumsBy } from './stat-sums.query.js';

export interface StatFilterInput {
  from?: string;
  to?: string;
  departmentId?: string;
  kind?: string;
  category?: string;
  channel?: string;
}

/** The figures leaders are graded on, over the stored facts, scoped by the domain's statScope. */
@Injectable()
export class StatsService {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  async figures(actor: Actor, input: StatFilterInput & { groupBy: StatGrouping }, now = new Date()): Promise<StatFiguresResponse> {
    const { filter, period } = this.resolve(actor, input, now);
    const [total, rows] = await Promise.all([
      statSumsBy(this.db.manager, 'total', filter, period, now),
      input.groupBy === 'total' ? null : statSumsBy(this.db.manager, input.groupBy, filter, period, now),
    ]);
    const figures = [...(rows ?? total).entries()].map(([key, sums]) => ({ key, figures: figuresFromSums(sums) })).filter((r) => hasAnyFigure(r.figures));
    if (input.groupBy === 'month') figures.sort((a, b) => String(a.key).localeCompare(String(b.key)));
    return {
      period,
      groupBy: input.groupBy,
      scope: scopeView(filter.scope),
      asOf: now.toISOString(),
      total: figuresFromSums(total.get('total') ?? emptyStatSums(0)),
      rows: figures,
    };
  }

  async heatmap(actor: Actor, input: StatFilterInput, now = new Date()): Promise<StatHeatmapResponse> {
    const { filter, period } = this.resolve(actor, input, now);
    return { period, scope: scopeView(filter.scope), cells: await heatmapCells(this.db.manager, filter, period) };
  }

  async monthly(actor: Actor, input: { month?: string; kind: string; departmentId?: string }, now = new Date()): Promise<MonthlyReport> {
    const month = input.month ?? shanghaiDate(now).slice(0, 7);
    const periods: ReportPeriods = {
      month: monthPeriod(month),
      yearToDate: { from: `${month.slice(0, 4)}-01-01`, to: monthPeriod(month).to },
      monthLastYear: yearBefore(monthPeriod(month)),
      yearToDateLastYear: yearBefore({ from: `${month.slice(0, 4)}-01-01`, to: monthPeriod(month).to }),
    };
    const { filter } = this.resolve(actor, { ...input, ...periods.month }, now);
    const m = this.db.manager;
    // Overdue now is the same whatever the period: counted once, with the month.
    const totalOf = async (period: DayPeriod, at: Date | null): Promise<StatFigures> => figuresFromSums((await statSumsBy(m, 'total', filter, period, at)).get('total') ?? emptyStatSums(at ? 0 : null));
    const [fMonth, fYtd, fMonthLy, fYtdLy, byChannel, byCategory, byDepartment, rates, overdue] = await Promise.all([
      totalOf(periods.month, now),
      totalOf(periods.yearToDate, null),
      totalOf(periods.monthLastYear, null),
      totalOf(periods.yearToDateLastYear, null),
      registeredByPeriods(m, 'channel', filter, periods),
      registeredByPeriods(m, 'category', filter, periods),
      registeredByPeriods(m, 'department', filter, periods),
      statSumsBy(m, 'department', filter, periods.month, null),
      overdueItems(m, filter, periods.month, now),
    ]);
    return {
      month,
      kind: input.kind,
      scope: scopeView(filter.scope),
      asOf: now.toISOString(),
      periods,
      figures: { month: fMonth, yearToDate: fYtd, monthLastYear: fMonthLy, yearToDateLastYear: fYtdLy },
      byChannel,
      byCategory,
      byDepartment: byDepartment.map((row) => {
        const f = figuresFromSums(rates.get(row.key) ?? emptyStatSums(0));
        return { ...row, response: f.response, resolution: f.resolution, satisfaction: f.satisfaction };
      }),
      overdueItems: overdue.items,
      overdueItemsTotal: overdue.total,
    };
  }

  /** The departments the caller may read; 403 for a role without statistics. */
  scopeOf(actor: Actor): StatScope {
    const scope = statScope(actor);
    if (!scope) throw new ForbiddenException('Statistics are for dispatchers, administrators, department heads and leaders');
    return scope;
  }

  /** The caller's scope narrowed by the request, and the period: 403 and 400 before any query runs. */
  private resolve(actor: Actor, input: StatFilterInput, now: Date): { filter: StatFilter; period: DayPeriod } {
    const scope = this.scopeOf(actor);
    if (input.departmentId && !statScopeCovers(scope, input.departmentId)) throw new ForbiddenException('You may not read the figures of this department');
    const period = statPeriodOf(input.from, input.to, now);
    const problem = statPeriodProblem(period);
    if (problem === 'reversed') throw new InvalidInputException('The period ends before it begins', { to: `must not be before from (${period.from})` });
    if (problem === 'too_long') throw new InvalidInputException(`A period is at most ${STAT_PERIOD_MAX_DAYS} days`, { to: `at most ${STAT_PERIOD_MAX_DAYS} days after from` });
    return { filter: { scope: narrowStatScope(scope, input.departmentId), kind: input.kind, category: input.category, channel: input.channel }, period };
  }
}

const scopeView = (scope: StatScope) => (scope.all ? { all: true, departmentIds: [] } : { all: false, departmentIds: scope.departmentIds });
