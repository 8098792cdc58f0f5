import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CreateWorkItemResponse, RepeatCandidates, RepeatCandidatesQuerySchema, WorkItemDetail, WorkItemList, WorkItemListQuerySchema } from '@parkflow/contracts';
import { allocateCode, appendProjectHistory, filterWorkItems, loadWorkItemPage, orderWorkItems, persistDecision, toWorkItemState, WorkItemEntity, workItemPageSql, type WorkItemFilters } from '@parkflow/db';
import {
  allowedActions,
  because,
  canSee,
  mayLookUpRepeats,
  noticeEntries,
  registerWorkItem,
  type RegisterInput,
  type WorkItemState,
} from '@parkflow/domain';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { DataSource, type EntityManager } from 'typeorm';
import { loadReviewChain } from './review-chain.query.js';
import { loadItemSnapshot } from './item-snapshot.query.js';
import { findRepeatCandidates } from './repeat-candidates.query.js';
import { loadRepeatLinks, presentRepeatLink } from './repeat-links.query.js';
import type { z } from 'zod';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { refusalToHttp } from '../http/refusal.exception.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';
import { CalendarService } from './calendar.service.js';
import { presentTimeline, presentWorkItem } from './work-item.presenter.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { checkRegistrationReferences } from './registration-references.check.js';
import { checkedDrillDown } from './stat-drill-down.check.js';
import { historySummary } from '../projects/project-history.summary.js';
import { resolveProjectLink } from '../projects/project-task-link.js';

type ListQuery = z.output<typeof WorkItemListQuerySchema>;
type RepeatQuery = z.output<typeof RepeatCandidatesQuerySchema>;
/** The registration body as the kind contracts parsed it. */
export type RegistrationBody = Omit<RegisterInput, 'reviewOf' | 'repeatOf' | 'projectNodeKey' | 'linkedDates'> & { reviewOfId: string | null; repeatOfId: string | null; projectId?: string | null; nodeKey?: string | null };

/** The item a repeat names, as stored (null: none by that id); whether it may be repeated, visibility included, is the domain's (repeatOfProblem). */
async function loadRepeated(manager: EntityManager, id: string): Promise<WorkItemState | null> {
  const row = await manager.getRepository(WorkItemEntity).findOneBy({ id });
  return row ? toWorkItemState(row) : null;
}

/** The item a 复查 / 复核 names, if it exists and the registrar may see it, and it has no review yet. */
async function loadReviewed(manager: EntityManager, id: string, current: CurrentUserContext, kinds: KindRegistry): Promise<WorkItemState> {
  const repo = manager.getRepository(WorkItemEntity);
  const row = await repo.findOneBy({ id });
  const item = row ? toWorkItemState(row) : null;
  const kind = item ? kinds.get(item.kind) : undefined;
  if (!item || !kind || !canSee(item, current.actor, kind)) throw new InvalidInputException('The item reviewed does not exist', { reviewOfId: 'no such item' });
  const existing = await repo.findOneBy({ reviewOfId: id });
  if (existing) throw reviewExists(existing.code);
  return item;
}

function reviewExists(code: string): Error {
  return refusalToHttp({ code: 'invalid_status', ...because('review_exists', { code }, `That item already has its review${code ? ` (${code})` : ''}`) });
}

/** Two requests for the same review at once: the unique index lets one in; the other is told so, not given a 500. */
function reviewRace(error: unknown): never {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pg = e.driverError ?? e;
  if (pg.code === '23505' && pg.constraint === 'work_items_review_of_id_key') throw reviewExists('');
  throw error;
}

/** The shell around the rules: load, decide, persist in one transaction, publish the outbox after commit. */
@Injectable()
export class WorkItemsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly producer: QueueProducerService,
    private readonly reference: ReferenceDataService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  async register(body: RegistrationBody, current: CurrentUserContext): Promise<CreateWorkItemResponse> {
    const kind = this.kinds.get(body.kind);
    const calendar = await this.calendars.current();
    const now = new Date();
    const { item, outbox, warnings } = await this.dataSource.transaction(async (manager) => {
      const { reviewOfId, repeatOfId, nodeKey, ...fields } = body;
      const reviewOf = reviewOfId ? await loadReviewed(manager, reviewOfId, current, this.kinds) : null;
      const repeatOf = repeatOfId ? await loadRepeated(manager, repeatOfId) : null;
      // A project task's project and node (links.project); kinds without the link drop them in the domain.
      const linksProject = (kind?.links.project ?? 'none') !== 'none' && fields.projectId;
      const link = linksProject ? await resolveProjectLink(manager, fields.projectId!, nodeKey ?? null, current.actor) : null;
      const input: RegisterInput = { ...fields, reviewOf, repeatOfId, repeatOf, projectNodeKey: nodeKey ?? null, linkedDates: link?.linkedDates ?? {} };
      const code = await allocateCode(manager, kind?.codePrefix ?? 'X', now);
      const decision = registerWorkItem(input, current.actor, { id: randomUUID(), code }, now, calendar, this.kinds);
      if (!decision.ok) throw refusalToHttp(decision.refusal);
      const bad = await checkRegistrationReferences(manager, input);
      if (bad) throw new InvalidInputException('The item names something that does not exist', bad);
      const saved = await persistDecision(manager, null, decision, calendar).catch(reviewRace);
      if (link) {
        const summary = historySummary.problemRaised(saved.item.code, saved.item.title);
        await appendProjectHistory(manager, { projectId: link.project.id, actorId: current.user.id, type: 'problem_raised', summary, data: { itemId: saved.item.id, code: saved.item.code, nodeKey: saved.item.projectNodeKey ?? null }, at: now });
      }
      return { ...saved, warnings: decision.warnings };
    });
    await this.producer.publishAfterCommit(outbox);
    return { ...presentWorkItem(item, current.actor, await this.reference.names()), warnings };
  }

  async list(query: ListQuery, current: CurrentUserContext): Promise<WorkItemList> {
    const now = new Date();
    const filters = checkedDrillDown(query, current.actor, now);
    const raisedBy = this.kinds.raisedByEnterprise();
    const offset = (query.page - 1) * query.pageSize;
    // The hot path: one prepared-text statement for page and total (work-item-page.query.ts); a 穿透 list keeps the builder.
    const sql = workItemPageSql(filters, current.actor, raisedBy, now, { offset, limit: query.pageSize });
    const [{ items, total }, names] = await Promise.all([sql ? loadWorkItemPage(this.dataSource.manager, sql) : this.listByBuilder(filters, query, current, now, offset), this.reference.names()]);
    return { items: items.map((item) => presentWorkItem(item, current.actor, names)), total, page: query.page, pageSize: query.pageSize };
  }

  private async listByBuilder(filters: WorkItemFilters, query: ListQuery, current: CurrentUserContext, now: Date, offset: number): Promise<{ items: WorkItemState[]; total: number }> {
    const qb = this.dataSource.getRepository(WorkItemEntity).createQueryBuilder('w');
    filterWorkItems(qb, filters, current.actor, this.kinds.raisedByEnterprise(), now);
    orderWorkItems(qb, query);
    qb.skip(offset).take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toWorkItemState), total };
  }

  async detail(id: string, current: CurrentUserContext): Promise<WorkItemDetail> {
    const { row, events } = await loadItemSnapshot(this.dataSource, id);
    const item = row ? toWorkItemState(row) : null;
    // An item the user may not see is reported exactly like one that does not exist.
    const kind = item ? this.kinds.get(item.kind) : undefined;
    if (!item || !kind || !canSee(item, current.actor, kind)) throw new NotFoundException(`No work item ${id}`);
    const names = await this.reference.names();
    const reviewChain = await loadReviewChain(this.dataSource.manager, item, current.actor, this.kinds);
    const repeats = await loadRepeatLinks(this.dataSource.manager, item, current.actor, this.kinds);
    return {
      item: presentWorkItem(item, current.actor, names),
      events: presentTimeline(events, current.actor, names),
      allowedActions: allowedActions(item, current.actor, this.kinds, new Date()),
      reviewChain,
      notices: noticeEntries(kind, item),
      repeats,
    };
  }

  /** 同一信访人同一事项: the closed items a new item of the kind may repeat, for whoever may register it (403 otherwise). */
  async repeatCandidates(query: RepeatQuery, current: CurrentUserContext): Promise<RepeatCandidates> {
    const kind = this.kinds.get(query.kind);
    if (!kind) throw new InvalidInputException('Unknown kind', { kind: 'unknown kind' });
    if (!mayLookUpRepeats(current.actor, kind)) throw new ForbiddenException(`Your roles do not register repeats of a ${kind.id}`);
    const lookup = { kind, category: query.category, petitioner: { idNumber: query.idNumber ?? null, phone: query.phone ?? null } };
    const items = await findRepeatCandidates(this.dataSource.manager, lookup, current.actor, this.kinds);
    return { items: items.map(presentRepeatLink) };
  }
}
