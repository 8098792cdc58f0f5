import type { StatHeatmapResponse } from '@parkflow/contracts';
import type { DayPeriod } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { daySumsPlan, daySumsSource } from './stat-day-sums.query.js';
import { filterConditions, SqlParams, within, type StatFilter } from './stat-filter.sql.js';

/**
 * Category × department: items registered in the period, and how many of them have gone overdue
 * (the day sums' registered_overdue, kept on the day of registration). A filter by channel as
 * well as the categories is not in the day sums: that one reads the facts.
 */
export async function heatmapCells(manager: EntityManager, filter: StatFilter, period: DayPeriod): Promise<StatHeatmapResponse['cells']> {
  const p = new SqlParams();
  const plan = daySumsPlan('category', filter);
  if (plan) {
    return manager.query(
      `SELECT key AS category, department_id::text AS "departmentId", sum(registered)::int AS registered, sum(registered_overdue)::int AS overdue
       FROM (${daySumsSource(plan, 'category', filter, period, p, ['department_id'])}) u GROUP BY 1, 2 HAVING sum(registered) <> 0 ORDER BY 1, 2`,
      p.values,
    );
  }
  return manager.query(
    `SELECT category, department_id::text AS "departmentId", count(*)::int AS registered, count(overdue_on)::int AS overdue
     FROM item_stat_facts WHERE ${[within('registered_on', period, p), ...filterConditions(filter, p)].join(' AND ')}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    p.values,
  );
}
