import { statDrillDownOf, type Actor, type KindId, type WorkflowItem } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { toWorkItemState } from './work-item.mapper.js';
import { clauseWith, RUNNING_DUE_AT } from './queue-scope.query.js';
import { workItemFilterTerms, workItemOrderSql, type WorkItemFilters } from './work-item-filters.query.js';
import type { WorkItemEntity } from '../entities/work-item.entity.js';

/*
 * The list screen's page as one raw statement: the page and its exact total in one round trip,
 * positional parameters, rows mapped straight to the domain's state. The queue-page bench found
 * the api CPU-bound on TypeORM building a 44-column SELECT and its COUNT for every request and
 * hydrating entities that were then mapped again; this is the same WHERE (the domain's scopes
 * through clauseWith, the filters as filterWorkItems writes them) and the same ORDER BY
 * (workItemOrderSql), so filterWorkItems stays the one definition the export and the 穿透 path run.
 */

/** Each entity column under its own name; `received_on` as text, the 'YYYY-MM-DD' TypeORM gave (pg would make a local Date). */
const COLUMNS = [
  'id', 'code', 'kind', 'title', 'description', 'channel', 'category', 'urgency', 'enterprise_id', 'petitioner', 'stage', 'status',
  'department_id', 'handler_id', 'owner_leader_id', 'created_by_id', 'stage_seq', 'deadlines', 'sla', 'version', 'supervised_at',
  'extension_days_used', 'pending_extension', 'reopen_count', 'satisfaction', 'feedback_timed_out', 'clock_paused_at', 'returned_at',
  'linked_dates', 'received_on', 'acceptance', 'statutory_clock', 'extension_count', 'objection_until', 'answered_at', 'notices',
  'review_of_id', 'repeat_of_id', 'project_id', 'project_node_key', 'created_at', 'updated_at', 'closed_at',
]
  .map((c) => (c === 'received_on' ? 'w.received_on::text AS received_on' : `w.${c}`))
  .join(', ');

type PageRow = Record<string, unknown> & { total: number; id: string | null };

/** A row of the statement → the domain's state (toWorkItemState's fields, from snake_case). */
function rowToState(r: Record<string, unknown>): WorkflowItem {
  return toWorkItemState({
    id: r.id, code: r.code, kind: r.kind, title: r.title, description: r.description, channel: r.channel, category: r.category,
    urgency: r.urgency, enterpriseId: r.enterprise_id, petitioner: r.petitioner, stage: r.stage, status: r.status,
    departmentId: r.department_id, handlerId: r.handler_id, ownerLeaderId: r.owner_leader_id, createdById: r.created_by_id,
    stageSeq: r.stage_seq, deadlines: r.deadlines, sla: r.sla, version: r.version, supervisedAt: r.supervised_at,
    extensionDaysUsed: r.extension_days_used, pendingExtension: r.pending_extension, reopenCount: r.reopen_count,
    satisfaction: r.satisfaction, feedbackTimedOut: r.feedback_timed_out, clockPausedAt: r.clock_paused_at, returnedAt: r.returned_at,
    linkedDates: r.linked_dates, receivedOn: r.received_on, acceptance: r.acceptance, statutoryClock: r.statutory_clock,
    extensionCount: r.extension_count, objectionUntil: r.objection_until, answeredAt: r.answered_at, notices: r.notices,
    reviewOfId: r.review_of_id, repeatOfId: r.repeat_of_id, projectId: r.project_id, projectNodeKey: r.project_node_key,
    createdAt: r.created_at, updatedAt: r.updated_at, closedAt: r.closed_at,
  } as unknown as WorkItemEntity);
}

/** The statement's text and values; null for a 穿透 (fact) list, which keeps the query-builder path (applyStatDrillDown). */
export function workItemPageSql(filters: WorkItemFilters, actor: Actor, raisedByEnterprise: readonly KindId[], now: Date, page: { offset: number; limit: number }): { text: string; values: unknown[] } | null {
  if (statDrillDownOf(filters, now)) return null;
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  // A list becomes one placeholder per element, as TypeORM's `:...name` did: the same text, the same plans.
  const binder = (_name: string, value: unknown): string => (Array.isArray(value) ? value.map(bind).join(', ') : bind(value));
  // The same restrictions as filterWorkItems, from the one list (workItemFilterTerms); `:name` bound positionally.
  const where = workItemFilterTerms(filters, actor, raisedByEnterprise, now).map((term) =>
    'scope' in term
      ? term.scope.length === 0
        ? 'FALSE'
        : `(${term.scope.map((c) => `(${clauseWith(c, binder)})`).join(' OR ')})`
      : `(${term.sql.replace(/(?<!:):(\w+)/g, (_m, name: string) => binder(name, term.params[name]))})`,
  );
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = workItemOrderSql(filters);
  // The outer ORDER BY repeats the page's order on its 20 rows (a join's output order is not promised).
  const outerOrder = order.split(RUNNING_DUE_AT).join('p.running_due_at').replace(/\bw\./g, 'p.');
  const limit = Math.trunc(page.limit);
  const offset = Math.trunc(page.offset);
  // The count is the outer row, so an empty page (past the end, or nothing to see) still carries the total.
  const text =
    `SELECT c.total, p.* FROM (SELECT count(*)::int AS total FROM "work_items" w ${whereSql}) c ` +
    `LEFT JOIN LATERAL (SELECT ${COLUMNS}, ${RUNNING_DUE_AT} AS running_due_at FROM "work_items" w ${whereSql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p ON TRUE ` +
    `ORDER BY ${outerOrder}`;
  return { text, values };
}

/** Runs it: the page's items in order and the exact total of the queue. */
export async function loadWorkItemPage(manager: EntityManager, sql: { text: string; values: unknown[] }): Promise<{ items: WorkflowItem[]; total: number }> {
  const rows = (await manager.query(sql.text, sql.values)) as PageRow[];
  return { items: rows.filter((r) => r.id !== null).map(rowToState), total: rows[0]?.total ?? 0 };
}
