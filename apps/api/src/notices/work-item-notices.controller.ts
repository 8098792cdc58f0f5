import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { DOCX_CONTENT_TYPE, type WorkItemNoticeList } from '@parkflow/contracts';
import type { Response } from 'express';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { attachmentDisposition } from '../http/attachment-disposition.js';
import { WorkItemNoticesService } from './work-item-notices.service.js';

/** The written notices of an item, for whoever may see the item. */
@Controller('work-items')
export class WorkItemNoticesController {
  constructor(private readonly notices: WorkItemNoticesService) {}

  @Get(':id/notices')
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext): Promise<WorkItemNoticeList> {
    return this.notices.list(id, current);
  }

  /** The notice as a .docx to edit, stamp and print; 404 when the item is not visible or has not reached it. */
  @Get(':id/notices/:type')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Param('type') type: string, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    const file = await this.notices.document(id, type, current);
    res.setHeader('Content-Type', DOCX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
    res.setHeader('Content-Length', String(file.buffer.length));
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.buffer);
  }
}
