import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ActionEnvelopeSchema,
  type WorkItemActionRequest,
  WorkItemListQuerySchema,
  RepeatCandidatesQuerySchema,
  type RepeatCandidates,
  type CreateWorkItemResponse,
  type WorkItemDetail,
  type WorkItemList,
} from '@parkflow/contracts';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { InvalidInputException, ZodBody, ZodQuery, zodFields } from '../http/zod-validation.pipe.js';
import { KIND_CONTRACTS, type KindContracts } from '../kinds/kind-registry.provider.js';
import { WorkItemActionsService } from './work-item-actions.service.js';
import { WorkItemsService, type RegistrationBody } from './work-items.service.js';


@Controller('work-items')
export class WorkItemsController {
  constructor(
    private readonly items: WorkItemsService,
    private readonly actions: WorkItemActionsService,
    @Inject(KIND_CONTRACTS) private readonly contracts: KindContracts,
  ) {}

  /** Validated against the registry's kinds (contracts built at start), so a kind added as data is accepted here unedited. */
  @Post()
  register(@Body() raw: unknown, @CurrentUser() current: CurrentUserContext): Promise<CreateWorkItemResponse> {
    const body = this.contracts.createWorkItem.safeParse(raw ?? {});
    if (!body.success) throw new InvalidInputException('Invalid request body', zodFields(body.error));
    return this.items.register(body.data as RegistrationBody, current);
  }

  @Get()
  list(@Query(ZodQuery(WorkItemListQuerySchema)) query: z.output<typeof WorkItemListQuerySchema>, @CurrentUser() current: CurrentUserContext): Promise<WorkItemList> {
    return this.items.list(query, current);
  }

  /** Declared before `:id`, which would take "repeat-candidates" for an id. 400 bad query, 403 a role that does not register the kind's repeats. */
  @Get('repeat-candidates')
  repeatCandidates(@Query(ZodQuery(RepeatCandidatesQuerySchema)) query: z.output<typeof RepeatCandidatesQuerySchema>, @CurrentUser() current: CurrentUserContext): Promise<RepeatCandidates> {
    return this.items.repeatCandidates(query, current);
  }

  @Get(':id')
  detail(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() current: CurrentUserContext): Promise<WorkItemDetail> {
    return this.items.detail(id, current);
  }

  /** 200 the updated item; 400 bad input; 403 your role may not; 404 not visible; 409 stale version; 422 not now. */
  @Post(':id/actions')
  @HttpCode(200)
  act(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(ZodBody(ActionEnvelopeSchema)) body: WorkItemActionRequest,
    @CurrentUser() current: CurrentUserContext,
  ): Promise<CreateWorkItemResponse> {
    return this.actions.act(id, body, current);
  }
}
