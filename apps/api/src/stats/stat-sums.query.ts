import { emptyStatSums, percentileOfCounts, SATISFIED_RATINGS, type DayPeriod, type StatGrouping, type StatKey, type StatSums } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { daySumsBy, daySumsPlan } from './stat-day-sums.query.js';
import { filterConditions, SqlParams, within, type StatFilter } from './stat-filter.sql.js';

/*
 * The sums of domain statSums, in SQL over item_stat_facts and item_ratings (factSumsBy), when
 * the day sums cannot answer. Two shapes:
 * - by a dimension (or the total): one scan of the facts with a FILTER per count, grouped by the
 *   dimension's column, and one of the ratings;
 * - by month: each figure counts by the month of its own day, so one GROUP BY per figure over its
 *   own date index (index-only: the indexes INCLUDE the flag and the department), in one UNION ALL.
 * An integration test holds both to the domain's statFiguresBy over the same rows.
 */

const DIMENSION_COLUMN: Record<Exclude<StatGrouping, 'month'>, string> = {
  total: `'total'`,
  department: 'department_id::text',
  category: 'category',
  channel: 'channel',
  kind: 'kind',
  handler: 'handler_id::text',
};

const int = (v: unknown) => Number(v ?? 0);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The sums of each row: from the day sums where they can answer (stat-day-sums.query.ts), else
 * from the facts. `now: null` leaves out "overdue now" (null), a state the same for every period:
 * a report of several periods counts it once.
 */
export async function statSumsBy(manager: EntityManager, groupBy: StatGrouping, filter: StatFilter, period: DayPeriod, now: Date | null): Promise<Map<StatKey, StatSums>> {
  const plan = daySumsPlan(groupBy, filter);
  if (plan) return daySumsBy(manager, plan, groupBy, filter, period, now);
  const rows = await factSumsBy(manager, groupBy, filter, period, now ?? new Date());
  if (now === null) for (const [key, sums] of rows) rows.set(key, { ...sums, overdueNow: null });
  return rows;
}

/** The same sums read from every item's facts: for a filter the day sums cannot answer (category and channel at once). */
export async function factSumsBy(manager: EntityManager, groupBy: StatGrouping, filter: StatFilter, period: DayPeriod, now: Date): Promise<Map<StatKey, StatSums>> {
  return groupBy === 'month' ? sumsByMonth(manager, filter, period) : sumsByDimension(manager, DIMENSION_COLUMN[groupBy], filter, period, now);
}

async function sumsByDimension(manager: EntityManager, key: string, filter: StatFilter, period: DayPeriod, now: Date): Promise<Map<StatKey, StatSums>> {
  const p = new SqlParams();
  const inP = (column: string) => within(column, period, p);
  const at = p.add(now.toISOString());
  const closed = inP('closed_on');
  const where = filterConditions(filter, p);
  const [facts, ratings, p90] = await Promise.all([
    manager.query(
    `SELECT ${key} AS key,
       count(*) FILTER (WHERE ${inP('registered_on')}) AS registered,
       count(*) FILTER (WHERE ${inP('registered_on')} AND repeated) AS repeated,
       count(*) FILTER (WHERE ${inP('assigned_on')}) AS assigned,
       count(*) FILTER (WHERE ${inP('assigned_on')} AND responded_on_time) AS responded,
       count(*) FILTER (WHERE ${inP('resolution_due_on')}) AS due,
       count(*) FILTER (WHERE ${inP('resolution_due_on')} AND resolved_on_time) AS resolved,
       count(*) FILTER (WHERE ${inP('overdue_on')}) AS overdue,
       count(*) FILTER (WHERE ${inP('extended_on')}) AS extended,
       count(*) FILTER (WHERE ${inP('returned_on')}) AS returned,
       count(*) FILTER (WHERE ${closed}) AS closed,
       avg(handling_working_days) FILTER (WHERE ${closed}) AS handling_average,
       count(*) FILTER (WHERE closed_on IS NULL AND running_due_at < ${at}::timestamptz) AS overdue_now
     FROM item_stat_facts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY 1`,
      p.values,
    ),
    ratingSums(manager, key, filter, period),
    handlingP90(manager, key, 'closed_on', filter, period),
  ]);
  const rows = new Map<StatKey, StatSums>();
  for (const r of facts) {
    rows.set(r.key, {
      ...emptyStatSums(int(r.overdue_now)),
      registered: int(r.registered), repeated: int(r.repeated), assigned: int(r.assigned), respondedOnTime: int(r.responded), due: int(r.due), resolvedOnTime: int(r.resolved),
      overdue: int(r.overdue), extended: int(r.extended), returned: int(r.returned), closed: int(r.closed),
      handlingAverage: num(r.handling_average), handlingP90: p90.get(r.key) ?? null,
    });
  }
  for (const r of ratings) {
    const row = rows.get(r.key) ?? emptyStatSums(0);
    rows.set(r.key, { ...row, rated: int(r.rated), satisfied: int(r.satisfied), unrated: int(r.unrated) });
  }
  return rows;
}

async function ratingSums(manager: EntityManager, key: string, filter: StatFilter, period: DayPeriod): Promise<{ key: StatKey; rated: unknown; satisfied: unknown; unrated: unknown }[]> {
  const p = new SqlParams();
  const where = [within('rated_on', period, p), ...filterConditions(filter, p)];
  return manager.query(
    `SELECT ${key} AS key, count(satisfaction) AS rated,
       count(*) FILTER (WHERE satisfaction = ANY(${p.add(SATISFIED_RATINGS)}::text[])) AS satisfied,
       count(*) FILTER (WHERE satisfaction IS NULL) AS unrated
     FROM item_ratings WHERE ${where.join(' AND ')} GROUP BY 1`,
    p.values,
  );
}

/**
 * Each figure by the month (YYYY-MM) of its own day; no overdueNow (a state, not a month's count).
 * Each figure is its own query, grouped by the day itself (a hash of at most 1,096 dates, cheaper
 * than formatting every row's month), run side by side; the days are folded into months here.
 */
async function sumsByMonth(manager: EntityManager, filter: StatFilter, period: DayPeriod): Promise<Map<StatKey, StatSums>> {
  const part = async (day: string, table: string, columns: (p: SqlParams) => string) => {
    const p = new SqlParams();
    const select = columns(p);
    const rows: { day: string; a: unknown; b: unknown; c: unknown; avg_sum: unknown }[] = await manager.query(
      `SELECT ${day}::text AS day, ${select} FROM ${table} WHERE ${[within(day, period, p), ...filterConditions(filter, p)].join(' AND ')} GROUP BY ${day}`,
      p.values,
    );
    const months = new Map<string, { a: number; b: number; c: number; sum: number }>();
    for (const r of rows) {
      const m = months.get(r.day.slice(0, 7)) ?? { a: 0, b: 0, c: 0, sum: 0 };
      months.set(r.day.slice(0, 7), { a: m.a + int(r.a), b: m.b + int(r.b), c: m.c + int(r.c), sum: m.sum + Number(r.avg_sum ?? 0) });
    }
    return months;
  };
  const counts = (a: string, b = '0', c = '0') => `${a} AS a, ${b} AS b, ${c} AS c, NULL::float8 AS avg_sum`;
  const [registered, assigned, due, overdue, extended, returned, closed, rated, p90] = await Promise.all([
    part('registered_on', 'item_stat_facts', () => counts('count(*)', 'count(*) FILTER (WHERE repeated)')),
    part('assigned_on', 'item_stat_facts', () => counts('count(*)', 'count(*) FILTER (WHERE responded_on_time)')),
    part('resolution_due_on', 'item_stat_facts', () => counts('count(*)', 'count(*) FILTER (WHERE resolved_on_time)')),
    part('overdue_on', 'item_stat_facts', () => counts('count(*)')),
    part('extended_on', 'item_stat_facts', () => counts('count(*)')),
    part('returned_on', 'item_stat_facts', () => counts('count(*)')),
    part('closed_on', 'item_stat_facts', () => 'count(*) AS a, count(handling_working_days) AS b, 0 AS c, sum(handling_working_days) AS avg_sum'),
    part('rated_on', 'item_ratings', (p) => counts('count(satisfaction)', `count(*) FILTER (WHERE satisfaction = ANY(${p.add(SATISFIED_RATINGS)}::text[]))`, 'count(*) FILTER (WHERE satisfaction IS NULL)')),
    handlingP90(manager, `to_char(closed_on, 'YYYY-MM')`, 'closed_on', filter, period),
  ]);
  const rows = new Map<StatKey, StatSums>();
  const into = (months: Map<string, { a: number; b: number; c: number; sum: number }>, set: (s: StatSums, m: { a: number; b: number; c: number; sum: number }, key: string) => void) => {
    for (const [key, m] of months) {
      const s = rows.get(key) ?? emptyStatSums(null);
      set(s, m, key);
      rows.set(key, s);
    }
  };
  into(registered, (s, m) => ([s.registered, s.repeated] = [m.a, m.b]));
  into(assigned, (s, m) => ([s.assigned, s.respondedOnTime] = [m.a, m.b]));
  into(due, (s, m) => ([s.due, s.resolvedOnTime] = [m.a, m.b]));
  into(overdue, (s, m) => (s.overdue = m.a));
  into(extended, (s, m) => (s.extended = m.a));
  into(returned, (s, m) => (s.returned = m.a));
  into(closed, (s, m, key) => ([s.closed, s.handlingAverage, s.handlingP90] = [m.a, m.b === 0 ? null : m.sum / m.b, p90.get(key) ?? null]));
  into(rated, (s, m) => ([s.rated, s.satisfied, s.unrated] = [m.a, m.b, m.c]));
  return rows;
}

/**
 * The 90th percentile of handling days per key, from a histogram (GROUP BY the value): hashing the
 * closed items' values is several times cheaper than sorting them, as percentile_cont would
 * (benchmarks.md), and percentileOfCounts gives the same figure.
 */
async function handlingP90(manager: EntityManager, key: string, day: string, filter: StatFilter, period: DayPeriod): Promise<Map<StatKey, number | null>> {
  const p = new SqlParams();
  const where = [within(day, period, p), 'handling_working_days IS NOT NULL', ...filterConditions(filter, p)];
  const rows: { key: StatKey; v: unknown; n: unknown }[] = await manager.query(
    `SELECT ${key} AS key, handling_working_days AS v, count(*) AS n FROM item_stat_facts WHERE ${where.join(' AND ')} GROUP BY 1, 2`,
    p.values,
  );
  const byKey = new Map<StatKey, [number, number][]>();
  for (const r of rows) {
    const counts = byKey.get(r.key);
    if (counts) counts.push([Number(r.v), Number(r.n)]);
    else byKey.set(r.key, [[Number(r.v), Number(r.n)]]);
  }
  return new Map([...byKey].map(([k, counts]) => [k, percentileOfCounts(counts, 0.9)]));
}
