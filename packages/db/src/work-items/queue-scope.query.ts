import type { WorkItemEntity } from '../entities/work-item.entity.js';
import type { QueueScope, ScopeClause } from '@parkflow/domain';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';

/**
 * The running deadline as the domain's `runningDeadline` picks it: the last one, not met, of an
 * item that is not closed.
 */
const RUNNING = `(w.status <> 'closed' AND (w.deadlines->-1) IS NOT NULL AND (w.deadlines->-1->>'metAt') IS NULL)`;
const RUNNING_DUE = `(w.deadlines->-1->>'dueAt')::timestamptz`;
const RUNNING_WARN = `(w.deadlines->-1->>'warnAt')::timestamptz`;

/** The statutory clock as `runningStatutoryClock` picks it: set, not met, item not closed. */
const STATUTORY = `(w.status <> 'closed' AND w.statutory_clock IS NOT NULL AND (w.statutory_clock->>'metAt') IS NULL)`;
const STATUTORY_DUE = `(w.statutory_clock->>'dueAt')::timestamptz`;
const STATUTORY_WARN = `(w.statutory_clock->>'warnAt')::timestamptz`;

/** The due time of the running deadline, or null: for sorting by deadline. */
export const RUNNING_DUE_AT = `(CASE WHEN ${RUNNING} THEN ${RUNNING_DUE} END)`;

/** Turns one value of a clause into SQL (a placeholder): a list becomes a comma-separated list of them. */
export type ScopeBinder = (name: string, value: unknown) => string;

/** The SQL of one domain scope clause (all its conditions), with parameters named by scope and clause index. */
function clauseSql(c: ScopeClause, i: string): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const sql = clauseWith(c, (name, value) => {
    params[`s${i}_${name}`] = value;
    return `:${name.endsWith('s') ? '...' : ''}s${i}_${name}`;
  });
  return { sql, params };
}

/**
 * The conditions of one clause, each value through `p`: TypeORM's named parameters above, or the
 * list page's positional ones (work-item-page.query.ts). One text for both, so the screen and the
 * ledger export never disagree about who sees what.
 */
export function clauseWith(c: ScopeClause, p: ScopeBinder): string {
  const parts: string[] = [];
  if (c.stageIn) parts.push(c.stageIn.length > 0 ? `w.stage IN (${p('stages', c.stageIn)})` : 'FALSE');
  if (c.statusIn) parts.push(c.statusIn.length > 0 ? `w.status IN (${p('statuses', c.statusIn)})` : 'FALSE');
  if (c.statusNot) parts.push(`w.status <> ${p('statusNot', c.statusNot)}`);
  if (c.handlerId !== undefined) parts.push(`w.handler_id = ${p('handler', c.handlerId)}`);
  if (c.handlerIsNull !== undefined) parts.push(c.handlerIsNull ? 'w.handler_id IS NULL' : 'w.handler_id IS NOT NULL');
  if (c.ownerLeaderId === null) parts.push('w.owner_leader_id IS NULL');
  else if (c.ownerLeaderId !== undefined) parts.push(`w.owner_leader_id = ${p('owner', c.ownerLeaderId)}`);
  if (c.createdById !== undefined) parts.push(`w.created_by_id = ${p('creator', c.createdById)}`);
  if (c.returned !== undefined) parts.push(c.returned ? 'w.returned_at IS NOT NULL' : 'w.returned_at IS NULL');
  if (c.departmentIsNull !== undefined) parts.push(c.departmentIsNull ? 'w.department_id IS NULL' : 'w.department_id IS NOT NULL');
  if (c.departmentIdIn) parts.push(c.departmentIdIn.length > 0 ? `w.department_id IN (${p('departments', c.departmentIdIn)})` : 'FALSE');
  if (c.enterpriseIdIn) parts.push(c.enterpriseIdIn.length > 0 ? `w.enterprise_id IN (${p('enterprises', c.enterpriseIdIn)})` : 'FALSE');
  if (c.kindIn) parts.push(c.kindIn.length > 0 ? `w.kind IN (${p('kinds', c.kindIn)})` : 'FALSE');
  if (c.hasPendingExtension !== undefined) parts.push(c.hasPendingExtension ? 'w.pending_extension IS NOT NULL' : 'w.pending_extension IS NULL');
  if (c.supervised !== undefined) parts.push(c.supervised ? 'w.supervised_at IS NOT NULL' : 'w.supervised_at IS NULL');
  if (c.clockPaused !== undefined) parts.push(c.clockPaused ? 'w.clock_paused_at IS NOT NULL' : 'w.clock_paused_at IS NULL');
  if (c.storedSlaIn) parts.push(c.storedSlaIn.length > 0 ? `w.sla IN (${p('slas', c.storedSlaIn)})` : 'FALSE');
  if (c.noRunningDeadline !== undefined) parts.push(c.noRunningDeadline ? `NOT ${RUNNING}` : RUNNING);
  if (c.dueBefore !== undefined) parts.push(`${RUNNING} AND ${RUNNING_DUE} < ${p('dueBefore', c.dueBefore)}`);
  if (c.dueAtOrAfter !== undefined) parts.push(`${RUNNING} AND ${RUNNING_DUE} >= ${p('dueFrom', c.dueAtOrAfter)}`);
  if (c.warnAtOrBefore !== undefined) parts.push(`${RUNNING} AND ${RUNNING_WARN} <= ${p('warnUntil', c.warnAtOrBefore)}`);
  if (c.warnAfter !== undefined) parts.push(`${RUNNING} AND ${RUNNING_WARN} > ${p('warnAfter', c.warnAfter)}`);
  if (c.noRunningStatutoryClock !== undefined) parts.push(c.noRunningStatutoryClock ? `NOT ${STATUTORY}` : STATUTORY);
  if (c.statutoryDueBefore !== undefined) parts.push(`${STATUTORY} AND ${STATUTORY_DUE} < ${p('stDueBefore', c.statutoryDueBefore)}`);
  if (c.statutoryDueAtOrAfter !== undefined) parts.push(`${STATUTORY} AND ${STATUTORY_DUE} >= ${p('stDueFrom', c.statutoryDueAtOrAfter)}`);
  if (c.statutoryWarnAtOrBefore !== undefined) parts.push(`${STATUTORY} AND ${STATUTORY_WARN} <= ${p('stWarnUntil', c.statutoryWarnAtOrBefore)}`);
  if (c.statutoryWarnAfter !== undefined) parts.push(`${STATUTORY} AND ${STATUTORY_WARN} > ${p('stWarnAfter', c.statutoryWarnAfter)}`);
  if (c.createdFrom !== undefined) parts.push(`w.created_at >= ${p('createdFrom', c.createdFrom)}`);
  return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
}

/**
 * Restricts the query to a domain queue scope (any clause holds); an empty scope yields nothing.
 * `name` keeps the parameters of several scopes on one query apart.
 */
export function applyScope(qb: SelectQueryBuilder<WorkItemEntity>, scope: QueueScope, name: string): void {
  if (scope.length === 0) {
    qb.andWhere('FALSE');
    return;
  }
  qb.andWhere(
    new Brackets((w: WhereExpressionBuilder) => {
      scope.forEach((clause, i) => {
        const { sql, params } = clauseSql(clause, `${name}${i}`);
        w.orWhere(`(${sql})`, params);
      });
    }),
  );
}
