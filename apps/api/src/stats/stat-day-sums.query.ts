import { DAY_COUNT_COLUMNS, type StatSumDimension } from '@parkflow/db';
import { DAY_COUNTS, emptyDayCounts, statSumsFromDayCounts, wholeMonthsOf, type DayPeriod, type StatGrouping, type StatKey, type StatSums } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { filterConditions, SqlParams, within, type StatFilter } from './stat-filter.sql.js';

/*
 * The figures from the day sums (packages/db stat-day-sums.store.ts): the folded sums plus the
 * deltas not folded yet, in one statement, so a figure is exact at any moment. A year of a park
 * is a few thousand rows per dimension instead of every item's facts. "Overdue now" is a state,
 * not a day's count: it is counted from the open items' facts (a partial index). The 90th
 * percentile of handling days reads the monthly histogram for the whole months of the period and
 * the facts for the days at its ends (wholeMonthsOf).
 */

/** Which rows of the sums can answer: one dimension, and the one value of it the filter names. */
export interface DaySumsPlan {
  dimension: StatSumDimension;
  value?: string;
}

/**
 * The sums repeat the counts under the total and under each value of category, channel and
 * handler, so they answer a grouping or a filter by one of those, not two at once (category ×
 * channel): those read the facts (stat-sums.query.ts).
 */
export function daySumsPlan(groupBy: StatGrouping, filter: StatFilter): DaySumsPlan | null {
  const filtered = (['category', 'channel'] as const).filter((d) => filter[d] !== undefined);
  if (groupBy === 'category' || groupBy === 'channel' || groupBy === 'handler') {
    if (filtered.some((d) => d !== groupBy)) return null;
    return groupBy === 'handler' ? { dimension: 'handler' } : { dimension: groupBy, value: filter[groupBy] };
  }
  if (filtered.length > 1) return null;
  return filtered.length === 0 ? { dimension: 'total' } : { dimension: filtered[0]!, value: filter[filtered[0]!] };
}

type Key = StatGrouping;
/** The row key in each source: the sums (by dimension value), the deltas and the facts (by their own columns). */
const SUMS_KEY: Record<Key, string> = { total: `'total'`, department: 'department_id::text', kind: 'kind', month: `to_char(day, 'YYYY-MM')`, category: 'value', channel: 'value', handler: 'value' };
const ROW_KEY: Record<Key, (day: string) => string> = {
  total: () => `'total'`, department: () => 'department_id::text', kind: () => 'kind', month: (day) => `to_char(${day}, 'YYYY-MM')`,
  category: () => 'category', channel: () => 'channel', handler: () => 'handler_id::text',
};
const COLUMNS = DAY_COUNTS.map((c) => DAY_COUNT_COLUMNS[c]);

/** The sums' own conditions: the plan's dimension and value, and the scope and kind (columns every row has). */
function sumsConditions(plan: DaySumsPlan, filter: StatFilter, p: SqlParams): string[] {
  const where = [`dimension = ${p.add(plan.dimension)}`];
  if (plan.value !== undefined) where.push(`value = ${p.add(plan.value)}`);
  return [...where, ...filterConditions({ scope: filter.scope, kind: filter.kind }, p)];
}

/**
 * The rows the figures of a period are summed from, as a subquery of (key, day, the columns):
 * the folded sums and the pending deltas. `extra` are further columns both tables have.
 */
export function daySumsSource(plan: DaySumsPlan, groupBy: Key, filter: StatFilter, period: DayPeriod, p: SqlParams, extra: readonly string[] = []): string {
  const columns = [...extra, ...COLUMNS].join(', ');
  return `SELECT ${SUMS_KEY[groupBy]} AS key, day, ${columns} FROM stat_day_sums WHERE ${[...sumsConditions(plan, filter, p), within('day', period, p)].join(' AND ')}
    UNION ALL
    SELECT ${ROW_KEY[groupBy]('day')} AS key, day, ${columns} FROM stat_deltas WHERE ${[within('day', period, p), ...filterConditions(filter, p)].join(' AND ')}`;
}

const int = (v: unknown) => Number(v ?? 0);

/** The sums of each row of a grouping over a period: the same StatSums the facts give (an integration test holds them together). */
export async function daySumsBy(manager: EntityManager, plan: DaySumsPlan, groupBy: Key, filter: StatFilter, period: DayPeriod, now: Date | null): Promise<Map<StatKey, StatSums>> {
  const p = new SqlParams();
  const [counts, histogram, overdueNow] = await Promise.all([
    manager.query(`SELECT key, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM (${daySumsSource(plan, groupBy, filter, period, p)}) u GROUP BY key`, p.values),
    handlingHistogram(manager, plan, groupBy, filter, period),
    groupBy === 'month' || now === null ? null : overdueNowBy(manager, groupBy, filter, now),
  ]);
  const rows = new Map<StatKey, StatSums>();
  for (const r of counts as Record<string, unknown>[]) {
    const c = emptyDayCounts();
    for (const name of DAY_COUNTS) c[name] = int(r[DAY_COUNT_COLUMNS[name]]);
    const key = r.key as StatKey;
    rows.set(key, statSumsFromDayCounts(c, histogram.get(key) ?? [], overdueNow ? (overdueNow.get(key) ?? 0) : null));
  }
  // A row with nothing counted in the period still shows what is overdue in it now.
  for (const [key, n] of overdueNow ?? []) if (!rows.has(key)) rows.set(key, statSumsFromDayCounts(emptyDayCounts(), [], n));
  return rows;
}

/** Handling days → items closed, per row: the months from the histogram (and its pending deltas), the edge days from the facts. */
async function handlingHistogram(manager: EntityManager, plan: DaySumsPlan, groupBy: Key, filter: StatFilter, period: DayPeriod): Promise<Map<StatKey, [number, number][]>> {
  // The histogram is not kept by handler (stat-day-sums.store.ts): a handler's period reads the facts.
  const { months, edges } = plan.dimension === 'handler' ? { months: [], edges: [period] } : wholeMonthsOf(period);
  const p = new SqlParams();
  const parts: string[] = [];
  if (months.length > 0) {
    const firsts = p.add(months.map((m) => `${m}-01`));
    const monthKey = groupBy === 'month' ? `to_char(month, 'YYYY-MM')` : SUMS_KEY[groupBy];
    parts.push(`SELECT ${monthKey} AS key, days, items AS n FROM stat_month_handling WHERE ${[...sumsConditions(plan, filter, p), `month = ANY(${firsts}::date[])`].join(' AND ')}`);
    parts.push(`SELECT ${ROW_KEY[groupBy]('day')} AS key, handling_days AS days, closed AS n FROM stat_deltas
      WHERE ${['handling_days IS NOT NULL', `date_trunc('month', day)::date = ANY(${firsts}::date[])`, ...filterConditions(filter, p)].join(' AND ')}`);
  }
  // One range scan per edge: an OR of the two ranges would read the table through a bitmap instead of the index alone.
  for (const edge of edges) {
    parts.push(`SELECT ${ROW_KEY[groupBy]('closed_on')} AS key, handling_working_days AS days, 1 AS n FROM item_stat_facts
      WHERE ${[within('closed_on', edge, p), 'handling_working_days IS NOT NULL', ...filterConditions(filter, p)].join(' AND ')}`);
  }
  const rows: { key: StatKey; days: unknown; n: unknown }[] = await manager.query(`SELECT key, days, sum(n) AS n FROM (${parts.join(' UNION ALL ')}) u GROUP BY 1, 2`, p.values);
  const byKey = new Map<StatKey, [number, number][]>();
  for (const r of rows) {
    const counts = byKey.get(r.key) ?? [];
    counts.push([Number(r.days), Number(r.n)]);
    byKey.set(r.key, counts);
  }
  return byKey;
}

/** Open items past a running deadline now, per row, from the facts' partial index of open items. */
async function overdueNowBy(manager: EntityManager, groupBy: Key, filter: StatFilter, now: Date): Promise<Map<StatKey, number>> {
  const p = new SqlParams();
  const where = ['closed_on IS NULL', `running_due_at < ${p.add(now.toISOString())}::timestamptz`, ...filterConditions(filter, p)];
  const rows: { key: StatKey; n: unknown }[] = await manager.query(`SELECT ${ROW_KEY[groupBy]('closed_on')} AS key, count(*) AS n FROM item_stat_facts WHERE ${where.join(' AND ')} GROUP BY 1`, p.values);
  return new Map(rows.map((r) => [r.key, int(r.n)]));
}
