import { bucketScope, queueViewScope, slaScope, statDrillDownOf, statDrillDownScope, visibleItemsScope, type Actor, type StatDrillDownQuery, type BoardBucket, type KindId, type QueueScope, type SlaState, type Stage, type WorkItemView } from '@parkflow/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { WorkItemEntity } from '../entities/work-item.entity.js';
import { applyScope, RUNNING_DUE_AT } from './queue-scope.query.js';
import { applyStatDrillDown } from './stat-drill-down.query.js';

/**
 * A queue as the list screen asks for it: a view, its filters and its order (the list's query
 * without the page). A `fact` with its period and row (StatDrillDownQuery) lists the items behind
 * one figure of the statistics; the api has checked the reader may read that figure.
 */
export interface WorkItemFilters extends StatDrillDownQuery {
  view: WorkItemView;
  kind?: KindId | undefined;
  stage?: Stage | undefined;
  status?: string | undefined;
  sla?: SlaState | undefined;
  q?: string | undefined;
  bucket?: BoardBucket | undefined;
  sort: 'created_at' | 'due_at';
  order: 'asc' | 'desc';
}

/**
 * One restriction of the queue: a domain scope (visibility, view, SLA, bucket) or a plain filter
 * with named parameters (`:kind`). The list's raw page statement (work-item-page.query.ts) and
 * the query builder below both apply this one list, so a filter is written once.
 */
export type WorkItemFilterTerm = { scope: QueueScope; name: string } | { sql: string; params: Record<string, unknown> };

/** The queue's restrictions, in order: what the user may see at all (visibleItemsScope), then the view and the filters. */
export function workItemFilterTerms(filters: WorkItemFilters, actor: Actor, raisedByEnterprise: readonly KindId[], now: Date): WorkItemFilterTerm[] {
  const terms: WorkItemFilterTerm[] = [];
  const visible = visibleItemsScope(actor, raisedByEnterprise);
  if (visible) terms.push({ scope: visible, name: 'visible' });
  const view = queueViewScope(filters.view, actor, raisedByEnterprise);
  if (view) terms.push({ scope: view, name: 'view' });
  if (filters.kind) terms.push({ sql: 'w.kind = :kind', params: { kind: filters.kind } });
  if (filters.stage) terms.push({ sql: 'w.stage = :stage', params: { stage: filters.stage } });
  if (filters.status) terms.push({ sql: 'w.status = :status', params: { status: filters.status } });
  // Live, as the tag on each row (slaState), not the stored column a timer updates late.
  if (filters.sla) terms.push({ scope: slaScope(filters.sla, now), name: 'sla' });
  if (filters.q) terms.push({ sql: '(w.title ILIKE :q OR w.code ILIKE :q)', params: { q: `%${filters.q.replace(/[%_\\]/g, '\\$&')}%` } });
  if (filters.bucket) terms.push({ scope: bucketScope(filters.bucket, now), name: 'bucket' });
  return terms;
}

/**
 * Restricts a query on work_items (alias `w`) to the queue: the terms above, then a 穿透 list's
 * figure. The list endpoint and the ledger export run this one function, so an export holds
 * exactly the rows the screen pages through.
 */
export function filterWorkItems(qb: SelectQueryBuilder<WorkItemEntity>, filters: WorkItemFilters, actor: Actor, raisedByEnterprise: readonly KindId[], now: Date): void {
  for (const term of workItemFilterTerms(filters, actor, raisedByEnterprise, now)) {
    if ('scope' in term) applyScope(qb, term.scope, term.name);
    else qb.andWhere(term.sql, term.params);
  }
  const drill = statDrillDownOf(filters, now);
  if (drill) applyStatDrillDown(qb, drill, statDrillDownScope(actor, drill), now);
}

interface OrderTerm {
  sql: string;
  direction: 'ASC' | 'DESC';
  nulls?: 'NULLS LAST';
}

/** The queue's order; the id last, so rows with equal times keep one order from page to page. */
function orderTerms(filters: Pick<WorkItemFilters, 'sort' | 'order'>): OrderTerm[] {
  const direction = filters.order === 'asc' ? 'ASC' : 'DESC';
  const terms: OrderTerm[] =
    filters.sort === 'due_at'
      ? [{ sql: RUNNING_DUE_AT, direction, nulls: 'NULLS LAST' }, { sql: 'w.created_at', direction: 'DESC' }]
      : [{ sql: 'w.created_at', direction }];
  return [...terms, { sql: 'w.id', direction: terms.at(-1)!.direction }];
}

export function orderWorkItems(qb: SelectQueryBuilder<WorkItemEntity>, filters: Pick<WorkItemFilters, 'sort' | 'order'>): void {
  orderTerms(filters).forEach((t, i) => (i === 0 ? qb.orderBy(t.sql, t.direction, t.nulls) : qb.addOrderBy(t.sql, t.direction, t.nulls)));
}

/** The same order as SQL, for a window function (`ROW_NUMBER() OVER (ORDER BY …)`). */
export function workItemOrderSql(filters: Pick<WorkItemFilters, 'sort' | 'order'>): string {
  return orderTerms(filters).map((t) => `${t.sql} ${t.direction}${t.nulls ? ` ${t.nulls}` : ''}`).join(', ');
}
