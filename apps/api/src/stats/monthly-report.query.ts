import type { DayPeriod } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { daySumsPlan, daySumsSource } from './stat-day-sums.query.js';
import { filterConditions, SqlParams, within, type StatFilter } from './stat-filter.sql.js';

/** The four periods of a monthly report, in the order of its columns. */
export interface ReportPeriods {
  month: DayPeriod;
  yearToDate: DayPeriod;
  monthLastYear: DayPeriod;
  yearToDateLastYear: DayPeriod;
}

export interface RegisteredRow {
  key: string | null;
  month: number;
  yearToDate: number;
  monthLastYear: number;
  yearToDateLastYear: number;
}

/**
 * Items registered in each of the four periods, by one dimension: one read of the two years'
 * day sums. The report's filter is a kind and a department, which the day sums always answer.
 */
export async function registeredByPeriods(manager: EntityManager, groupBy: 'channel' | 'category' | 'department', filter: StatFilter, periods: ReportPeriods): Promise<RegisteredRow[]> {
  const plan = daySumsPlan(groupBy, filter);
  if (!plan) throw new Error(`the monthly report's filter is a kind and a department; the day sums answer it by ${groupBy}`);
  const p = new SqlParams();
  const span = { from: periods.yearToDateLastYear.from, to: periods.month.to };
  const source = daySumsSource(plan, groupBy, filter, span, p);
  const count = (period: DayPeriod) => `sum(registered) FILTER (WHERE ${within('day', period, p)})`;
  const rows = await manager.query(
    `SELECT key, ${count(periods.month)} AS month, ${count(periods.yearToDate)} AS ytd,
       ${count(periods.monthLastYear)} AS month_ly, ${count(periods.yearToDateLastYear)} AS ytd_ly
     FROM (${source}) u GROUP BY 1 HAVING sum(registered) <> 0 ORDER BY 3 DESC NULLS LAST, 2 DESC NULLS LAST, 1`,
    p.values,
  );
  return rows.map((r: Record<string, unknown>) => ({
    key: r.key as string | null,
    month: Number(r.month ?? 0),
    yearToDate: Number(r.ytd ?? 0),
    monthLastYear: Number(r.month_ly ?? 0),
    yearToDateLastYear: Number(r.ytd_ly ?? 0),
  }));
}

export interface OverdueItemRow {
  id: string;
  code: string;
  title: string;
  departmentId: string | null;
  stage: string;
  overdueOn: string | null;
  runningDueAt: string | null;
  closed: boolean;
}

export const OVERDUE_LIST_LIMIT = 200;

/** Items that went overdue in the month, or are overdue now, most overdue first; and how many in all. */
export async function overdueItems(manager: EntityManager, filter: StatFilter, month: DayPeriod, now: Date): Promise<{ items: OverdueItemRow[]; total: number }> {
  const p = new SqlParams();
  // Two index scans, each narrowed by the filter (the indexes carry the department and the kind):
  // the month's first overdue days, and the open items' running due times; not an OR over every fact.
  const narrowed = filterConditions(filter, p);
  const candidates = `SELECT item_id FROM item_stat_facts WHERE ${[within('overdue_on', month, p), ...narrowed].join(' AND ')}
    UNION SELECT item_id FROM item_stat_facts WHERE ${['closed_on IS NULL', `running_due_at < ${p.add(now.toISOString())}::timestamptz`, ...narrowed].join(' AND ')}`;
  // The count over every match and the first rows in one pass (the window counts before the limit).
  const rows = await manager.query(
    `SELECT w.id, w.code, w.title, f.department_id AS "departmentId", w.stage, f.overdue_on::text AS "overdueOn", f.running_due_at AS "runningDueAt",
       f.closed_on IS NOT NULL AS closed, count(*) OVER () AS total
     FROM item_stat_facts f JOIN work_items w ON w.id = f.item_id WHERE f.item_id IN (${candidates})
     ORDER BY f.closed_on IS NOT NULL, f.running_due_at NULLS LAST, f.overdue_on, w.code LIMIT ${OVERDUE_LIST_LIMIT}`,
    p.values,
  );
  const total = rows.length === 0 ? 0 : Number(rows[0].total);
  return {
    items: rows.map(({ total: _total, ...r }: OverdueItemRow & { runningDueAt: Date | null; total: unknown }) => ({ ...r, runningDueAt: r.runningDueAt ? new Date(r.runningDueAt).toISOString() : null })),
    total,
  };
}
