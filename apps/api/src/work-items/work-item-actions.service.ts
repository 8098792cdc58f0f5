import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CreateWorkItemResponse } from '@parkflow/contracts';
import { persistDecision, StaleVersionError, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { canSee, decide } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { refusalToHttp } from '../http/refusal.exception.js';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';
import { KIND_CONTRACTS, KIND_REGISTRY, type KindContracts, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';
import { checkActionReferences } from './action-references.check.js';
import { CalendarService } from './calendar.service.js';
import { presentWorkItem } from './work-item.presenter.js';

/**
 * One action on one item: load, check the version, decide through the domain, then in one
 * transaction update the item where its version still matches (else 409), append the events and
 * the outbox rows; after commit, publish the outbox.
 */
@Injectable()
export class WorkItemActionsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly producer: QueueProducerService,
    private readonly reference: ReferenceDataService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    @Inject(KIND_CONTRACTS) private readonly contracts: KindContracts,
  ) {}

  async act(id: string, body: { action: string; version: number } & Record<string, unknown>, current: CurrentUserContext): Promise<CreateWorkItemResponse> {
    const { action, version, ...input } = body;
    const calendar = await this.calendars.current();
    const { item, outbox, warnings } = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(WorkItemEntity).findOneBy({ id });
      const item = row ? toWorkItemState(row) : null;
      const kind = item ? this.kinds.get(item.kind) : undefined;
      if (!item || !kind || !canSee(item, current.actor, kind)) throw new NotFoundException(`No work item ${id}`);
      // The body against this item's kind: its own actions and their fields (400 per field).
      const checked = this.contracts.actionRequest(kind.id)?.safeParse(body);
      if (checked && !checked.success) throw new InvalidInputException('Invalid request body', zodFields(checked.error));
      if (item.version !== version) throw new StaleVersionError(id, version);
      const now = new Date();
      const decision = decide(item, action, current.actor, input, now, calendar, this.kinds);
      if (!decision.ok) throw refusalToHttp(decision.refusal);
      const bad = await checkActionReferences(manager, item, input);
      if (bad) throw new InvalidInputException('The input names something that does not exist or does not fit', bad);
      return { ...(await persistDecision(manager, item, decision, calendar)), warnings: decision.warnings };
    });
    await this.producer.publishAfterCommit(outbox);
    return { ...presentWorkItem(item, current.actor, await this.reference.names()), warnings };
  }
}
