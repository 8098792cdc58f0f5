import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import {
  MonthlyReportQuerySchema,
  STAT_REPORTS,
  StatFiguresQuerySchema,
  StatFilterQuerySchema,
  type MonthlyReport,
  type StatFiguresResponse,
  type StatHeatmapResponse,
  type StatReport,
  XLSX_CONTENT_TYPE,
} from '@parkflow/contracts';
import { inMemoryPages, monthlyReportSheet, writeLedger } from '@parkflow/sheets';
import type { Response } from 'express';
import { attachmentDisposition } from '../http/attachment-disposition.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';
import { StatsService } from './stats.service.js';

/** `GET /api/stats/:report` — figures (by a dimension or month), heatmap (category × department), monthly (信访月报). */
@Controller('stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly reference: ReferenceDataService,
  ) {}

  /** 信访月报 as an .xlsx: by department, with the total; a few dozen rows, written straight to the response. */
  @Get('monthly/xlsx')
  async monthlyXlsx(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    this.stats.scopeOf(current.actor);
    const report = await this.stats.monthly(current.actor, parse(MonthlyReportQuerySchema, raw));
    const names = await this.reference.names();
    const rows = [
      ...report.byDepartment.map((r) => ({ ...r, name: r.key === null ? '未交办' : (names.department(r.key) ?? r.key) })),
      {
        name: '合计',
        month: report.figures.month.registered,
        monthLastYear: report.figures.monthLastYear.registered,
        yearToDate: report.figures.yearToDate.registered,
        yearToDateLastYear: report.figures.yearToDateLastYear.registered,
        ...report.figures.month,
      },
    ];
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(`信访月报-${report.kind}-${report.month}.xlsx`));
    res.setHeader('Cache-Control', 'private, no-store');
    await writeLedger(monthlyReportSheet(report.month), inMemoryPages(rows), res);
    res.end();
  }

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

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw new InvalidInputException('Invalid query', zodFields(result.error));
  return result.data;
}
