import type { DayPeriod } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
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

/** Items registered in each of the four periods, by one dimension column: one scan of the two years. */
export async function registeredByPeriods(manager: EntityManager, column: 'channel' | 'category' | 'department_id', filter: StatFilter, periods: ReportPeriods): Promise<RegisteredRow[]> {
  const p = new SqlParams();
  const span = { from: periods.yearToDateLastYear.from, to: periods.month.to };
  const count = (period: DayPeriod) => `count(*) FILTER (WHERE ${within('registered_on', period, p)})`;
  const rows = await manager.query(
    `SELECT ${column}::text AS key, ${count(periods.month)} AS month, ${count(periods.yearToDate)} AS ytd,
       ${count(periods.monthLastYear)} AS month_ly, ${count(periods.yearToDateLastYear)} AS ytd_ly
     FROM item_stat_facts WHERE ${[within('registered_on', span, p), ...filterConditions(filter, p)].join(' AND ')}
     GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1`,
    p.values,
  );
  return rows.map((r: Record<string, unknown>) => ({
    key: r.key as string | null,
    month: Number(r.month),
    yearToDate: Number(r.ytd),
    monthLastYear: Number(r.month_ly),
    yearToDateLastYear: Number(r.ytd_ly),
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
  const where = [`(${within('f.overdue_on', month, p)} OR (f.closed_on IS NULL AND f.running_due_at < ${p.add(now.toISOString())}::timestamptz))`, ...filterConditions(filter, p, 'f')];
  const from = `FROM item_stat_facts f JOIN work_items w ON w.id = f.item_id WHERE ${where.join(' AND ')}`;
  const [{ total }] = await manager.query(`SELECT count(*)::int AS total ${from}`, p.values);
  const rows = await manager.query(
    `SELECT w.id, w.code, w.title, f.department_id AS "departmentId", w.stage, f.overdue_on::text AS "overdueOn", f.running_due_at AS "runningDueAt", f.closed_on IS NOT NULL AS closed
     ${from} ORDER BY f.closed_on IS NOT NULL, f.running_due_at NULLS LAST, f.overdue_on, w.code LIMIT ${OVERDUE_LIST_LIMIT}`,
    p.values,
  );
  return { items: rows.map((r: OverdueItemRow & { runningDueAt: Date | null }) => ({ ...r, runningDueAt: r.runningDueAt ? new Date(r.runningDueAt).toISOString() : null })), total };
}
