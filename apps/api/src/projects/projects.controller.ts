import { Body, Controller, Get, HttpCode, NotFoundException, Param, Patch, Post, Query } from '@nestjs/common';
import type { ProjectDetail, ProjectList } from '@parkflow/contracts';
import { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { ProjectReadsService } from './project-reads.service.js';
import { ProjectsService } from './projects.service.js';

const uuid = z.uuid();

/** An id that is not a uuid names no project: 404, as an unknown one. */
function projectId(id: string): string {
  if (!uuid.safeParse(id).success) throw new NotFoundException(`No project ${id}`);
  return id;
}

/**
 * 重点项目 (docs/projects.md): list, detail, create, edit (moving a target re-plans), freeze the
 * baseline, record a node's completion, archive. 400 bad input (a target the nodes cannot fit
 * names the node), 403 role, 404 unknown or not visible, 409 stale version, 422 archived or not now.
 */
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly reads: ProjectReadsService,
    private readonly projects: ProjectsService,
  ) {}

  @Get()
  list(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext): Promise<ProjectList> {
    return this.reads.list(raw, current);
  }

  @Post()
  create(@Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.projects.create(raw, current);
  }

  @Get(':id')
  detail(@Param('id') id: string, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.reads.detail(projectId(id), current);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.projects.update(projectId(id), raw, current);
  }

  @Post(':id/baseline')
  @HttpCode(200)
  baseline(@Param('id') id: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.projects.freezeBaseline(projectId(id), raw, current);
  }

  @Post(':id/nodes/:key/complete')
  @HttpCode(200)
  complete(@Param('id') id: string, @Param('key') key: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.projects.completeNode(projectId(id), key, raw, current);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id') id: string, @Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<ProjectDetail> {
    return this.projects.archive(projectId(id), raw, current);
  }
}
