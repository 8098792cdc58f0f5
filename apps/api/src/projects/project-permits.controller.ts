import { Controller, Get, Query, Res } from '@nestjs/common';
import { PermitListQuerySchema, XLSX_CONTENT_TYPE, type PermitList } from '@parkflow/contracts';
import { shanghaiDate } from '@parkflow/domain';
import { inMemoryPages, permitListSheet, workbookPart, writeWorkbook } from '@parkflow/sheets';
import type { Response } from 'express';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { attachmentDisposition } from '../http/attachment-disposition.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { ProjectReadsService } from './project-reads.service.js';

/**
 * `GET /api/projects/permits[/xlsx]` — the permits (手续) of the key projects as the 责任清单
 * (view=department) or the 序时清单 (view=date), and the same as a workbook. Registered before
 * the projects controller so that "permits" is never read as a project id.
 */
@Controller('projects/permits')
export class ProjectPermitsController {
  constructor(
    private readonly reads: ProjectReadsService,
    private readonly reference: ReferenceDataService,
  ) {}

  @Get()
  list(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext): Promise<PermitList> {
    return this.reads.permits(raw, current);
  }

  @Get('xlsx')
  async xlsx(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    // Read (and refused, 400/403) before a byte of the workbook is sent.
    const { rows } = await this.reads.permits(raw, current);
    const view = PermitListQuerySchema.parse(raw ?? {}).view;
    const names = await this.reference.names();
    const lines = rows.map((r) => ({ projectName: r.projectName, name: r.name, department: r.departmentId ? (names.department(r.departmentId) ?? '') : '', dueOn: r.dueOn, status: r.status, actualFinish: r.actualFinish }));
    const sheet = permitListSheet(view);
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(`重点项目${sheet.name}-${shanghaiDate(new Date())}.xlsx`));
    res.setHeader('Cache-Control', 'private, no-store');
    await writeWorkbook([workbookPart(sheet, inMemoryPages(lines))], res);
    res.end();
  }
}
