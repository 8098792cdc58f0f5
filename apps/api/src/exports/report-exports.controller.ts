import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Body, Controller, Get, GoneException, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ExportRequestSchema, XLSX_CONTENT_TYPE, type ReportExport } from '@parkflow/contracts';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { attachmentDisposition } from '../http/attachment-disposition.js';
import { ZodBody } from '../http/zod-validation.pipe.js';
import { ReportExportsService } from './report-exports.service.js';

/** `POST /api/exports` → 202 and the export; `GET /api/exports/:id` its progress; `GET /api/exports/:id/file` the .xlsx. */
@Controller('exports')
export class ReportExportsController {
  constructor(private readonly exports: ReportExportsService) {}

  /** 202: the job is queued; poll the export for its progress. 422 a queue too large for one ledger, 429 too many under way. */
  @Post()
  @HttpCode(202)
  request(@Body(ZodBody(ExportRequestSchema)) body: z.output<typeof ExportRequestSchema>, @CurrentUser() current: CurrentUserContext): Promise<ReportExport> {
    return this.exports.request(body, current);
  }

  @Get(':id')
  find(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext): Promise<ReportExport> {
    return this.exports.find(id, current);
  }

  /** The ledger, streamed from the export directory; only to its owner (404 for anyone else), 410 once expired. */
  @Get(':id/file')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    const file = await this.exports.file(id, current);
    // Gone from the disk before its time (a cleared directory, an api replica without the shared volume): gone all the same.
    const size = await stat(file.path).then((s) => s.size, () => null);
    if (size === null) throw new GoneException({ message: 'The file of this export is no longer there; export the ledger again', reason: 'export_expired', params: {} });
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Content-Length', String(size));
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(createReadStream(file.path), res);
  }
}
