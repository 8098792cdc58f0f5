import type { Label } from '../catalog/label.js';
import type { ItemStatFacts, RatingFact } from './item-stat-facts.js';
import { inPeriod, isOverdueNow, SATISFIED_RATINGS, type DayPeriod, type StatSums } from './stat-figures.js';

/*
 * 统计口径 as data: every number on the dashboard and in the monthly report is a count of one of
 * these facts over a period. The figures (stat-figures.ts) count them; the drill-down
 * (stat-drill-down.ts, and its SQL in packages/db) lists the items behind them. Both read the
 * rule here, so a figure and its list cannot disagree about what was counted.
 *
 * An item fact counts an item on one of its days (registeredOn, …) with an optional flag; a
 * rating fact counts ratings (a redo's second rating counts again, so a list of items can be
 * shorter than the figure); overdue_now is a state at the moment of asking, not a period's count.
 */

export type StatDayField = 'registeredOn' | 'assignedOn' | 'resolutionDueOn' | 'closedOn' | 'overdueOn' | 'extendedOn' | 'returnedOn';
export type StatFlagField = 'repeated' | 'respondedOnTime' | 'resolvedOnTime';
/** rated: a satisfaction was chosen; satisfied: 满意 or 基本满意; not_satisfied: any other choice; unrated: the feedback timed out. */
export type StatRatingClass = 'rated' | 'satisfied' | 'not_satisfied' | 'unrated';

export type StatFactRule =
  | { source: 'item'; day: StatDayField; flag?: { field: StatFlagField; is: boolean }; alsoSet?: 'overdueOn' }
  | { source: 'rating'; rating: StatRatingClass }
  | { source: 'now' };

interface StatFactEntry {
  rule: StatFactRule;
  label: Label;
  /** The figure this fact's count is (a StatSums field, or a difference of two); null: the heat map's own count. */
  figure: ((s: StatSums) => number | null) | null;
}

export const STAT_FACT_CATALOG = {
  registered: { rule: { source: 'item', day: 'registeredOn' }, label: { zh: '登记件', en: 'Registered' }, figure: (s) => s.registered },
  repeated: { rule: { source: 'item', day: 'registeredOn', flag: { field: 'repeated', is: true } }, label: { zh: '重复件', en: 'Repeats' }, figure: (s) => s.repeated },
  registered_overdue: { rule: { source: 'item', day: 'registeredOn', alsoSet: 'overdueOn' }, label: { zh: '登记后超期', en: 'Registered, then overdue' }, figure: null },
  assigned: { rule: { source: 'item', day: 'assignedOn' }, label: { zh: '交办件', en: 'Assigned' }, figure: (s) => s.assigned },
  responded_on_time: { rule: { source: 'item', day: 'assignedOn', flag: { field: 'respondedOnTime', is: true } }, label: { zh: '及时签收', en: 'Signed for in time' }, figure: (s) => s.respondedOnTime },
  responded_late: { rule: { source: 'item', day: 'assignedOn', flag: { field: 'respondedOnTime', is: false } }, label: { zh: '未及时签收', en: 'Not signed for in time' }, figure: (s) => s.assigned - s.respondedOnTime },
  due: { rule: { source: 'item', day: 'resolutionDueOn' }, label: { zh: '应办结', en: 'Due' }, figure: (s) => s.due },
  resolved_on_time: { rule: { source: 'item', day: 'resolutionDueOn', flag: { field: 'resolvedOnTime', is: true } }, label: { zh: '按期办结', en: 'Resolved on time' }, figure: (s) => s.resolvedOnTime },
  resolved_late: { rule: { source: 'item', day: 'resolutionDueOn', flag: { field: 'resolvedOnTime', is: false } }, label: { zh: '未按期办结', en: 'Not resolved on time' }, figure: (s) => s.due - s.resolvedOnTime },
  closed: { rule: { source: 'item', day: 'closedOn' }, label: { zh: '办结件', en: 'Closed' }, figure: (s) => s.closed },
  overdue: { rule: { source: 'item', day: 'overdueOn' }, label: { zh: '超期件', en: 'Went overdue' }, figure: (s) => s.overdue },
  extended: { rule: { source: 'item', day: 'extendedOn' }, label: { zh: '延期件', en: 'Extended' }, figure: (s) => s.extended },
  returned: { rule: { source: 'item', day: 'returnedOn' }, label: { zh: '退回件', en: 'Returned' }, figure: (s) => s.returned },
  rated: { rule: { source: 'rating', rating: 'rated' }, label: { zh: '已评价', en: 'Rated' }, figure: (s) => s.rated },
  satisfied: { rule: { source: 'rating', rating: 'satisfied' }, label: { zh: '满意（含基本满意）', en: 'Satisfied (incl. basically)' }, figure: (s) => s.satisfied },
  not_satisfied: { rule: { source: 'rating', rating: 'not_satisfied' }, label: { zh: '不满意', en: 'Not satisfied' }, figure: (s) => s.rated - s.satisfied },
  unrated: { rule: { source: 'rating', rating: 'unrated' }, label: { zh: '超时未评价', en: 'Feedback timed out' }, figure: (s) => s.unrated },
  overdue_now: { rule: { source: 'now' }, label: { zh: '当前超期', en: 'Overdue now' }, figure: (s) => s.overdueNow },
} as const satisfies Record<string, StatFactEntry>;

export type StatFact = keyof typeof STAT_FACT_CATALOG;
export const STAT_FACTS = Object.keys(STAT_FACT_CATALOG) as StatFact[];

export const statFactRule = (fact: StatFact): StatFactRule => STAT_FACT_CATALOG[fact].rule;
export const statFactLabel = (fact: StatFact): Label => STAT_FACT_CATALOG[fact].label;

/** The item's facts count for `rule` in the period (item and now rules; a rating rule never matches facts). */
export function factsMatch(rule: StatFactRule, f: ItemStatFacts, period: DayPeriod, now: Date): boolean {
  if (rule.source === 'now') return isOverdueNow(f, now);
  if (rule.source !== 'item' || !inPeriod(f[rule.day], period)) return false;
  if (rule.flag && f[rule.flag.field] !== rule.flag.is) return false;
  return !rule.alsoSet || f[rule.alsoSet] !== null;
}

/** The rating counts for a rating rule in the period. */
export function ratingMatches(rule: StatFactRule, r: RatingFact, period: DayPeriod): boolean {
  if (rule.source !== 'rating' || !inPeriod(r.ratedOn, period)) return false;
  const chosen = r.satisfaction !== null;
  const satisfied = chosen && SATISFIED_RATINGS.includes(r.satisfaction!);
  switch (rule.rating) {
    case 'rated':
      return chosen;
    case 'satisfied':
      return satisfied;
    case 'not_satisfied':
      return chosen && !satisfied;
    case 'unrated':
      return !chosen;
  }
}
