import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import type { ProjectTemplateList } from '@parkflow/contracts';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { ProjectTemplatesService } from './project-templates.service.js';

/** `GET /api/project-templates`, `PUT /api/project-templates/:type` (admins): the node templates per project type, checked by checkNodeTemplate (400 naming a cycle, a bad duration …). */
@Controller('project-templates')
export class ProjectTemplatesController {
  constructor(private readonly templates: ProjectTemplatesService) {}

  @Get()
  list(@CurrentUser() current: CurrentUserContext): Promise<ProjectTemplateList> {
    return this.templates.list(current);
  }

  @Put(':type')
  put(@Param('type') type: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectTemplateList> {
    return this.templates.put(type, raw, current);
  }
}
