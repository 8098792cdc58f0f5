import { Body, Controller, ForbiddenException, Get, HttpCode, Post } from '@nestjs/common';
import { ArrangementRequestSchema, type ArrangementList, type ArrangementPreview, type ArrangementRequest, type ArrangementSaved } from '@parkflow/contracts';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { ZodBody } from '../http/zod-validation.pipe.js';
import { ArrangementImportService } from './arrangement-import.service.js';

function assertAdmin(current: CurrentUserContext): void {
  if (!current.actor.roles.includes('admin')) throw new ForbiddenException('Only an administrator loads a year’s arrangement');
}

/** A year's official holiday arrangement (年度节假日安排): preview, save (re-timing open items), list. */
@Controller('calendar/arrangements')
export class CalendarArrangementController {
  constructor(private readonly imports: ArrangementImportService) {}

  @Get()
  list(): Promise<ArrangementList> {
    return this.imports.list();
  }

  /** What loading it would change: the days, the changed days, warnings, how many open items would be re-timed. Writes nothing. */
  @Post('preview')
  @HttpCode(200)
  preview(@Body(ZodBody(ArrangementRequestSchema)) body: ArrangementRequest, @CurrentUser() current: CurrentUserContext): Promise<ArrangementPreview> {
    assertAdmin(current);
    return this.imports.preview(body, current);
  }

  /** Stores the year's arrangement (replacing one loaded before) and re-times the open items, in one transaction. */
  @Post()
  @HttpCode(200)
  save(@Body(ZodBody(ArrangementRequestSchema)) body: ArrangementRequest, @CurrentUser() current: CurrentUserContext): Promise<ArrangementSaved> {
    assertAdmin(current);
    return this.imports.save(body, current);
  }
}
