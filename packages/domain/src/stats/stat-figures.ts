import type { ItemStatFacts, RatingFact } from './item-stat-facts.js';

/*
 * 三率 and the counts beside them, as sums over the stored facts (item-stat-facts.ts). This is the
 * reference: the api's SQL (apps/api/src/stats) computes the same figures over the same rows, and
 * an integration test holds the two together. docs/statistics.md states the same formulas.
 *
 * A period is a range of Beijing dates, both ends included ("2026-03-01".."2026-03-31" is March).
 * A rate with nothing to count is null ("no data"), never 0.
 */

export interface DayPeriod {
  from: string;
  to: string;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when the denominator is 0. */
  rate: number | null;
}

export interface SatisfactionRate extends Rate {
  /** Feedback stages that timed out with nobody rating: not in the denominator. */
  unrated: number;
}

export interface HandlingTime {
  /** Items closed in the period. */
  closed: number;
  /** Mean and 90th percentile (linear interpolation, as PostgreSQL's percentile_cont) of their working days from registration to closure, two decimals; null with none closed. */
  averageDays: number | null;
  p90Days: number | null;
}

export interface StatFigures {
  /** Items registered in the period. */
  registered: number;
  /** 响应率 (及时签收率) = items first signed for (签收) within the assign deadline ÷ items first assigned (交办) in the period. */
  response: Rate;
  /** 按期办结率 = items whose resolution deadline was met by its due time ÷ items whose resolution deadline falls due in the period. */
  resolution: Rate;
  /** 满意率 = (满意 + 基本满意) ÷ ratings given in the period; every rating counts, timed-out feedback is unrated. */
  satisfaction: SatisfactionRate;
  /** Items that first went overdue in the period (超期). */
  overdue: number;
  /** Items whose first extension (延期) was approved in the period. */
  extended: number;
  /** Items first sent back (退回) in the period. */
  returned: number;
  handling: HandlingTime;
  /** 重复件: items registered in the period as a repeat of an earlier, closed item. */
  repeated: number;
  /** 重复率 = repeated ÷ registered in the period; null when nothing was registered. */
  repeatRate: number | null;
  /** Open items past a running deadline at the moment of asking (a state, not a period's count); null in month rows. */
  overdueNow: number | null;
}

export const STAT_GROUPINGS = ['total', 'department', 'category', 'channel', 'kind', 'handler', 'month'] as const;
export type StatGrouping = (typeof STAT_GROUPINGS)[number];

/** A row's key: the dimension's value (null: none, e.g. not yet assigned), 'YYYY-MM' for months, 'total' for the total. */
export type StatKey = string | null;

export const ratio = (numerator: number, denominator: number): Rate => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });

export const inPeriod = (day: string | null, period: DayPeriod): day is string => day !== null && day >= period.from && day <= period.to;

/**
 * The counts every figure is made of. The reference below sums them over facts in memory; the
 * api's SQL sums the same columns over the stored rows. Both turn them into figures with
 * figuresFromSums, so a ratio's null, the rounding and the unrated rule are written once.
 */
export interface StatSums {
  registered: number;
  /** Of the items registered, those registered as repeats (重复件). */
  repeated: number;
  assigned: number;
  respondedOnTime: number;
  due: number;
  resolvedOnTime: number;
  /** Ratings given (a satisfaction chosen), those 满意 or 基本满意, and feedback stages timed out unrated. */
  rated: number;
  satisfied: number;
  unrated: number;
  overdue: number;
  extended: number;
  returned: number;
  closed: number;
  /** Mean and 90th percentile of the closed items' working days, unrounded; null with none closed. */
  handlingAverage: number | null;
  handlingP90: number | null;
  overdueNow: number | null;
}

/** Sums of nothing counted: a row or period no query returned. */
export const emptyStatSums = (overdueNow: number | null): StatSums => ({
  registered: 0, repeated: 0, assigned: 0, respondedOnTime: 0, due: 0, resolvedOnTime: 0, rated: 0, satisfied: 0, unrated: 0,
  overdue: 0, extended: 0, returned: 0, closed: 0, handlingAverage: null, handlingP90: null, overdueNow,
});

/** A rate as a percentage to one decimal (0.9523 → 95.2), as the dashboard and the ledgers show it; null stays null (no data). */
export const ratePercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

export function figuresFromSums(s: StatSums): StatFigures {
  return {
    registered: s.registered,
    repeated: s.repeated,
    repeatRate: ratio(s.repeated, s.registered).rate,
    response: ratio(s.respondedOnTime, s.assigned),
    resolution: ratio(s.resolvedOnTime, s.due),
    satisfaction: { ...ratio(s.satisfied, s.rated), unrated: s.unrated },
    overdue: s.overdue,
    extended: s.extended,
    returned: s.returned,
    handling: { closed: s.closed, averageDays: roundOrNull(s.handlingAverage), p90Days: roundOrNull(s.handlingP90) },
    overdueNow: s.overdueNow,
  };
}

/** 满意 and 基本满意 count as satisfied (domain.md); a park cannot change this (docs/statistics.md). */
export const SATISFIED_RATINGS: readonly string[] = ['satisfied', 'basically_satisfied'];

/** The sums over facts (already narrowed to one row's items) and ratings, for one period. */
export function statSums(facts: readonly ItemStatFacts[], ratings: readonly RatingFact[], period: DayPeriod, now: Date | null): StatSums {
  const count = (pick: (f: ItemStatFacts) => boolean) => facts.filter(pick).length;
  const registered = facts.filter((f) => inPeriod(f.registeredOn, period));
  const assigned = facts.filter((f) => inPeriod(f.assignedOn, period));
  const due = facts.filter((f) => inPeriod(f.resolutionDueOn, period));
  const given = ratings.filter((r) => inPeriod(r.ratedOn, period));
  const rated = given.filter((r) => r.satisfaction !== null);
  const closed = facts.filter((f) => inPeriod(f.closedOn, period));
  const days = closed.filter((f) => f.handlingWorkingDays !== null).map((f) => f.handlingWorkingDays!);
  return {
    registered: registered.length,
    repeated: registered.filter((f) => f.repeated).length,
    assigned: assigned.length,
    respondedOnTime: assigned.filter((f) => f.respondedOnTime).length,
    due: due.length,
    resolvedOnTime: due.filter((f) => f.resolvedOnTime).length,
    rated: rated.length,
    satisfied: rated.filter((r) => SATISFIED_RATINGS.includes(r.satisfaction!)).length,
    unrated: given.length - rated.length,
    overdue: count((f) => inPeriod(f.overdueOn, period)),
    extended: count((f) => inPeriod(f.extendedOn, period)),
    returned: count((f) => inPeriod(f.returnedOn, period)),
    closed: closed.length,
    handlingAverage: days.length === 0 ? null : days.reduce((a, b) => a + b, 0) / days.length,
    handlingP90: days.length === 0 ? null : percentile(days, 0.9),
    overdueNow: now === null ? null : count((f) => isOverdueNow(f, now)),
  };
}

export const responseRate = (facts: readonly ItemStatFacts[], period: DayPeriod): Rate => statFigures(facts, [], period, null).response;
export const resolutionRate = (facts: readonly ItemStatFacts[], period: DayPeriod): Rate => statFigures(facts, [], period, null).resolution;
export const satisfactionRate = (ratings: readonly RatingFact[], period: DayPeriod): SatisfactionRate => statFigures([], ratings, period, null).satisfaction;
export const handlingTime = (facts: readonly ItemStatFacts[], period: DayPeriod): HandlingTime => statFigures(facts, [], period, null).handling;

/** Every figure for one set of facts (already narrowed to one row's items). */
export function statFigures(facts: readonly ItemStatFacts[], ratings: readonly RatingFact[], period: DayPeriod, now: Date | null): StatFigures {
  return figuresFromSums(statSums(facts, ratings, period, now));
}

export const isOverdueNow = (f: Pick<ItemStatFacts, 'closedOn' | 'runningDueAt'>, now: Date) =>
  f.closedOn === null && f.runningDueAt !== null && Date.parse(f.runningDueAt) < now.getTime();

/**
 * The figures broken down by a dimension. A dimension row holds the items (and ratings) whose
 * current value it is. A month row counts each figure by the month of its own day (a response by
 * the month of 交办, a resolution by the month it fell due, a rating by the month it was given).
 * Rows with nothing counted are left out.
 */
export function statFiguresBy(
  groupBy: StatGrouping,
  facts: readonly ItemStatFacts[],
  ratings: readonly RatingFact[],
  period: DayPeriod,
  now: Date,
): Map<StatKey, StatFigures> {
  const rows = new Map<StatKey, StatFigures>();
  if (groupBy === 'month') {
    for (const month of monthsOf(period)) {
      const within = { from: maxDay(period.from, `${month}-01`), to: minDay(period.to, `${month}-31`) };
      const figures = statFigures(facts, ratings, within, null);
      if (hasAnyFigure(figures)) rows.set(month, figures);
    }
    return rows;
  }
  const keyOf = (f: ItemStatFacts | RatingFact): StatKey => (groupBy === 'total' ? 'total' : groupBy === 'department' ? f.departmentId : groupBy === 'handler' ? f.handlerId : f[groupBy]);
  const keys = new Set<StatKey>([...facts.map(keyOf), ...ratings.map(keyOf)]);
  for (const key of keys) {
    const figures = statFigures(facts.filter((f) => keyOf(f) === key), ratings.filter((r) => keyOf(r) === key), period, now);
    if (hasAnyFigure(figures)) rows.set(key, figures);
  }
  return rows;
}

/** Something was counted (rows with nothing are left out of a breakdown). */
export function hasAnyFigure(f: StatFigures): boolean {
  return (
    f.registered + f.response.denominator + f.resolution.denominator + f.satisfaction.denominator + f.satisfaction.unrated +
      f.overdue + f.extended + f.returned + f.handling.closed + (f.overdueNow ?? 0) > 0
  );
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: DayPeriod): string[] {
  const months: string[] = [];
  let [year, month] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
/** Two decimals, as a report shows them. */
const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/**
 * percentile_cont over a histogram: linear interpolation between the two values around position
 * p·(n−1) of the sorted values, each value counted as often as the histogram says. The SQL reads
 * the histogram (GROUP BY value) instead of sorting every value; exact, not an estimate.
 */
export function percentileOfCounts(counts: readonly (readonly [value: number, count: number])[], p: number): number | null {
  const sorted = [...counts].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  if (total === 0) return null;
  const position = p * (total - 1);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  const lower = valueAt(Math.floor(position));
  return lower + (valueAt(Math.ceil(position)) - lower) * (position - Math.floor(position));
}

function percentile(values: readonly number[], p: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return percentileOfCounts([...counts], p)!;
}
