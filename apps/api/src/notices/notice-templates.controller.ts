import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, Put } from '@nestjs/common';
import { NoticeTemplateRequestSchema, type NoticeTemplateList, type NoticeTemplateView } from '@parkflow/contracts';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';
import { NoticeTemplatesService } from './notice-templates.service.js';

function assertAdmin(current: CurrentUserContext): void {
  if (!current.actor.roles.includes('admin')) throw new ForbiddenException('Only an administrator edits the notice templates');
}

/** 告知书模板 (administrators): every kind × notice type, edit one, or put it back to the default. */
@Controller('notice-templates')
export class NoticeTemplatesController {
  constructor(private readonly templates: NoticeTemplatesService) {}

  @Get()
  async list(@CurrentUser() current: CurrentUserContext): Promise<NoticeTemplateList> {
    assertAdmin(current);
    return { templates: await this.templates.list() };
  }

  /** 403 before anything else, so a non-admin learns nothing about kinds or the body; then 404, then 400. */
  @Put(':kind/:type')
  save(@Param('kind') kind: string, @Param('type') type: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<NoticeTemplateView> {
    assertAdmin(current);
    const body = NoticeTemplateRequestSchema.safeParse(raw ?? {});
    if (!body.success) throw new InvalidInputException('Invalid request body', zodFields(body.error));
    return this.templates.save(kind, type, body.data, current.user.id);
  }

  @Delete(':kind/:type')
  @HttpCode(200)
  reset(@Param('kind') kind: string, @Param('type') type: string, @CurrentUser() current: CurrentUserContext): Promise<NoticeTemplateView> {
    assertAdmin(current);
    return this.templates.reset(kind, type);
  }
}
