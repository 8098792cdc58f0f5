import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { MonthlyReportQuerySchema, StatFiguresQuerySchema, StatFilterQuerySchema, XLSX_CONTENT_TYPE } from '@parkflow/contracts';
import type { KindRegistry } from '@parkflow/domain';
import { heatmapParts, inMemoryPages, monthlyReportParts, statFiguresLines, statFiguresSheet, workbookPart, writeWorkbook, type StatNames, type WorkbookPart } from '@parkflow/sheets';
import type { Response } from 'express';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { attachmentDisposition } from '../http/attachment-disposition.js';
import { KIND_REGISTRY } from '../kinds/kind-registry.provider.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { parseStatQuery } from './stat-query.parse.js';
import { StatsService } from './stats.service.js';

/**
 * The dashboard's tables and the monthly report as .xlsx (docs/statistics.md, exports). Each reads
 * exactly what its JSON report answers — the same StatsService call, so the same validation (400),
 * scope (403) and rows — and writes it through packages/sheets: Chinese headers, a frozen header
 * row, widths that fit. A few hundred rows at most, streamed straight to the response.
 */
@Controller('stats')
export class StatsXlsxController {
  constructor(
    private readonly stats: StatsService,
    private readonly reference: ReferenceDataService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  /** 信访月报: 总体情况, 按渠道, 按类别, 按部门, 逾期件. */
  @Get('monthly/xlsx')
  async monthly(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    // 403 before the query is read: a role without statistics learns nothing from a 400.
    this.stats.scopeOf(current.actor);
    const report = await this.stats.monthly(current.actor, parseStatQuery(MonthlyReportQuerySchema, raw));
    const names = await this.names();
    const kind = names.kind(report.kind)?.zh ?? report.kind;
    await send(res, `信访月报-${kind}-${report.month}.xlsx`, monthlyReportParts(report, names));
  }

  /** The figures table of one grouping, the total last. */
  @Get('figures/xlsx')
  async figures(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    this.stats.scopeOf(current.actor);
    const table = await this.stats.figures(current.actor, parseStatQuery(StatFiguresQuerySchema, raw));
    const sheet = statFiguresSheet(table.groupBy);
    const lines = statFiguresLines(table, await this.names());
    await send(res, `统计-${sheet.name}-${table.period.from}至${table.period.to}.xlsx`, [workbookPart(sheet, inMemoryPages(lines))]);
  }

  /** Category × department: registered, and of them overdue. */
  @Get('heatmap/xlsx')
  async heatmap(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    this.stats.scopeOf(current.actor);
    const map = await this.stats.heatmap(current.actor, parseStatQuery(StatFilterQuerySchema, raw));
    await send(res, `类别部门分布-${map.period.from}至${map.period.to}.xlsx`, heatmapParts(map.cells, await this.names()));
  }

  private async names(): Promise<StatNames> {
    const lookup = await this.reference.names();
    return { department: lookup.department, user: lookup.user, kind: (id) => this.kinds.get(id)?.label };
  }
}

/** Only once the figures are read: a refusal above is still a JSON 4xx, not a broken download. */
async function send(res: Response, filename: string, parts: WorkbookPart[]): Promise<void> {
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', attachmentDisposition(filename));
  res.setHeader('Cache-Control', 'private, no-store');
  await writeWorkbook(parts, res);
  res.end();
}
