import type { WorkItemEntity } from '@parkflow/db';
import type { QueueScope, ScopeClause } from '@parkflow/domain';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';

/** The SQL of one domain scope clause (all its conditions), with parameters named by scope and clause index. */
function clauseSql(c: ScopeClause, i: string): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const p = (name: string, value: unknown) => {
    params[`s${i}_${name}`] = value;
    return `:${name.endsWith('s') ? '...' : ''}s${i}_${name}`;
  };
  if (c.statusIn) parts.push(`w.status IN (${p('statuses', c.statusIn)})`);
  if (c.statusNot) parts.push(`w.status <> ${p('statusNot', c.statusNot)}`);
  if (c.handlerId !== undefined) parts.push(`w.handler_id = ${p('handler', c.handlerId)}`);
  if (c.handlerIsNull !== undefined) parts.push(c.handlerIsNull ? 'w.handler_id IS NULL' : 'w.handler_id IS NOT NULL');
  if (c.ownerLeaderId === null) parts.push('w.owner_leader_id IS NULL');
  else if (c.ownerLeaderId !== undefined) parts.push(`w.owner_leader_id = ${p('owner', c.ownerLeaderId)}`);
  if (c.createdById !== undefined) parts.push(`w.created_by_id = ${p('creator', c.createdById)}`);
  if (c.departmentIdIn) parts.push(c.departmentIdIn.length > 0 ? `w.department_id IN (${p('departments', c.departmentIdIn)})` : 'FALSE');
  if (c.enterpriseIdIn) parts.push(c.enterpriseIdIn.length > 0 ? `w.enterprise_id IN (${p('enterprises', c.enterpriseIdIn)})` : 'FALSE');
  if (c.kindIn) parts.push(c.kindIn.length > 0 ? `w.kind IN (${p('kinds', c.kindIn)})` : 'FALSE');
  if (c.hasPendingExtension !== undefined) parts.push(c.hasPendingExtension ? 'w.pending_extension IS NOT NULL' : 'w.pending_extension IS NULL');
  return { sql: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params };
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
