import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import {
  MonthlyReportQuerySchema,
  STAT_REPORTS,
  StatFiguresQuerySchema,
  StatFilterQuerySchema,
  type MonthlyReport,
  type StatFiguresResponse,
  type StatHeatmapResponse,
  type StatReport,
} from '@parkflow/contracts';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { parseStatQuery as parse } from './stat-query.parse.js';
import { StatsService } from './stats.service.js';

/** `GET /api/stats/:report` — figures (by a dimension or month), heatmap (category × department), monthly (信访月报); their .xlsx in stats-xlsx.controller.ts. */
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get(':report')
  report(@Param('report') report: string, @Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext): Promise<StatFiguresResponse | StatHeatmapResponse | MonthlyReport> {
    if (!(STAT_REPORTS as readonly string[]).includes(report)) throw new NotFoundException(`Unknown report "${report}"; the reports are ${STAT_REPORTS.join(', ')}`);
    const actor = current.actor;
    // 403 before the query is read: a role without statistics learns nothing from a 400.
    this.stats.scopeOf(actor);
    switch (report as StatReport) {
      case 'figures':
        return this.stats.figures(actor, parse(StatFiguresQuerySchema, raw));
      case 'heatmap':
        return this.stats.heatmap(actor, parse(StatFilterQuerySchema, raw));
      case 'monthly':
        return this.stats.monthly(actor, parse(MonthlyReportQuerySchema, raw));
    }
  }
}
