import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  CreateWorkItemRequestSchema,
  WorkItemListQuerySchema,
  type CreateWorkItemResponse,
  type WorkItemDetail,
  type WorkItemList,
} from '@parkflow/contracts';
import type { RegisterInput } from '@parkflow/domain';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { ZodBody, ZodQuery } from '../http/zod-validation.pipe.js';
import { WorkItemsService } from './work-items.service.js';


@Controller('work-items')
export class WorkItemsController {
  constructor(private readonly items: WorkItemsService) {}

  @Post()
  register(
    @Body(ZodBody(CreateWorkItemRequestSchema)) body: z.output<typeof CreateWorkItemRequestSchema>,
    @CurrentUser() current: CurrentUserContext,
  ): Promise<CreateWorkItemResponse> {
    return this.items.register(body as RegisterInput, current);
  }

  @Get()
  list(@Query(ZodQuery(WorkItemListQuerySchema)) query: z.output<typeof WorkItemListQuerySchema>, @CurrentUser() current: CurrentUserContext): Promise<WorkItemList> {
    return this.items.list(query, current);
  }

  @Get(':id')
  detail(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext): Promise<WorkItemDetail> {
    return this.items.detail(id, current);
  }
}
