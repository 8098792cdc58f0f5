import { SATISFIED_RATINGS, statFactRule, type StatDayField, type StatDrillDown, type StatFlagField, type StatScope } from '@parkflow/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { WorkItemEntity } from '../entities/work-item.entity.js';

/*
 * 穿透 as SQL: the domain's fact rule (stat-fact.catalog.ts) over the rows the figures are summed
 * from, so the queue holds exactly the items a figure counted. Dimensions are read from the same
 * rows as the figure (item_stat_facts, or item_ratings, which keep the item's dimensions as they
 * were when it was rated), not from the item, and the period is Beijing dates. The reference is
 * the domain's statDrillDownItemIds; the api's int spec holds the two together.
 */
const DAY_COLUMNS: Record<StatDayField, string> = {
  registeredOn: 'registered_on',
  assignedOn: 'assigned_on',
  resolutionDueOn: 'resolution_due_on',
  closedOn: 'closed_on',
  overdueOn: 'overdue_on',
  extendedOn: 'extended_on',
  returnedOn: 'returned_on',
};
const FLAG_COLUMNS: Record<StatFlagField, string> = { repeated: 'repeated', respondedOnTime: 'responded_on_time', resolvedOnTime: 'resolved_on_time' };

/** Narrows a query on work_items (alias `w`) to the items behind one figure. */
export function applyStatDrillDown(qb: SelectQueryBuilder<WorkItemEntity>, drill: StatDrillDown, scope: StatScope, now: Date): void {
  const rule = statFactRule(drill.fact);
  const params: Record<string, unknown> = { dd_from: drill.period.from, dd_to: drill.period.to };
  const where: string[] = [];
  const dim = (column: string, value: string | null | undefined, name: string, cast = '') => {
    if (value === undefined) return;
    if (value === null) where.push(`s.${column} IS NULL`);
    else {
      params[name] = value;
      where.push(cast ? `s.${column} = CAST(:${name} AS ${cast})` : `s.${column} = :${name}`);
    }
  };
  if (!scope.all) {
    params.dd_scope = scope.departmentIds;
    where.push(scope.departmentIds.length === 0 ? 'FALSE' : 's.department_id = ANY(CAST(:dd_scope AS uuid[]))');
  }
  dim('department_id', drill.departmentId, 'dd_department', 'uuid');
  dim('handler_id', drill.handlerId, 'dd_handler', 'uuid');
  dim('kind', drill.kind, 'dd_kind');
  dim('category', drill.category, 'dd_category');
  dim('channel', drill.channel, 'dd_channel');

  let table = 'item_stat_facts';
  if (rule.source === 'now') {
    params.dd_now = now.toISOString();
    // isOverdueNow, as the figure counts it over the facts' partial index.
    where.push('s.closed_on IS NULL', 's.running_due_at < CAST(:dd_now AS timestamptz)');
  } else if (rule.source === 'item') {
    where.push(`s.${DAY_COLUMNS[rule.day]} BETWEEN CAST(:dd_from AS date) AND CAST(:dd_to AS date)`);
    if (rule.flag) where.push(`s.${FLAG_COLUMNS[rule.flag.field]} = ${rule.flag.is ? 'TRUE' : 'FALSE'}`);
    if (rule.alsoSet) where.push(`s.${DAY_COLUMNS[rule.alsoSet]} IS NOT NULL`);
  } else {
    table = 'item_ratings';
    where.push('s.rated_on BETWEEN CAST(:dd_from AS date) AND CAST(:dd_to AS date)');
    params.dd_satisfied = SATISFIED_RATINGS;
    const satisfied = 's.satisfaction = ANY(CAST(:dd_satisfied AS text[]))';
    if (rule.rating === 'rated') where.push('s.satisfaction IS NOT NULL');
    if (rule.rating === 'satisfied') where.push(satisfied);
    if (rule.rating === 'not_satisfied') where.push('s.satisfaction IS NOT NULL', `NOT ${satisfied}`);
    if (rule.rating === 'unrated') where.push('s.satisfaction IS NULL');
  }
  qb.andWhere(`EXISTS (SELECT 1 FROM ${table} s WHERE s.item_id = w.id AND ${where.join(' AND ')})`, params);
}
