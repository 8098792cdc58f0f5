import type { ItemStatFacts, RatingFact, StatDimensions } from './item-stat-facts.js';
import { percentileOfCounts, SATISFIED_RATINGS, type StatSums } from './stat-figures.js';

/*
 * 日汇总: what one item's facts (or one rating) add to the counts of each Beijing day. The
 * figures of a period are sums of these day counts (statSums says which fact counts on which
 * day); the database keeps them summed by day, so a year's dashboard adds up a few thousand
 * small rows instead of reading a million facts (docs/statistics.md, "Speed").
 *
 * They are kept incrementally: an action that changes an item's facts appends the difference
 * (statDelta: the new facts' contributions minus the old ones'), a worker folds the appended
 * differences into the day sums, and a reader adds the sums and the not yet folded differences
 * in one statement. Nothing is locked by a reader, and two actions never update the same row.
 */

/** The counts kept per day. `handlingCount`/`handlingSum` make the mean; `registeredOverdue` is the heat map's overdue (of those registered that day). */
export const DAY_COUNTS = [
  'registered', 'repeated', 'registeredOverdue', 'assigned', 'respondedOnTime', 'due', 'resolvedOnTime', 'overdue', 'extended', 'returned',
  'closed', 'handlingCount', 'handlingSum', 'rated', 'satisfied', 'unrated',
] as const;
export type DayCount = (typeof DAY_COUNTS)[number];
export type DayCounts = Record<DayCount, number>;

/**
 * What one item (or rating) adds to one day, under its dimensions. A closure carries its
 * handling time (`handlingDays`), so the 90th percentile can be kept as a histogram
 * (handling days → items) beside the counts; every other contribution has null.
 */
export interface StatContribution extends StatDimensions {
  day: string;
  counts: Partial<DayCounts>;
  handlingDays: number | null;
}

export const emptyDayCounts = (): DayCounts => Object.fromEntries(DAY_COUNTS.map((c) => [c, 0])) as DayCounts;

const one = (flag: boolean) => (flag ? 1 : 0);

/** The days an item's facts count on, and what they add there: the same facts statSums counts in a period holding that day. */
export function factContributions(f: ItemStatFacts): StatContribution[] {
  const dims: StatDimensions = { kind: f.kind, category: f.category, channel: f.channel, departmentId: f.departmentId, handlerId: f.handlerId };
  const out: StatContribution[] = [];
  const add = (day: string | null, counts: Partial<DayCounts>, handlingDays: number | null = null) => {
    if (day !== null) out.push({ ...dims, day, counts, handlingDays });
  };
  add(f.registeredOn, { registered: 1, repeated: one(f.repeated), registeredOverdue: one(f.overdueOn !== null) });
  add(f.assignedOn, { assigned: 1, respondedOnTime: one(f.respondedOnTime) });
  add(f.resolutionDueOn, { due: 1, resolvedOnTime: one(f.resolvedOnTime) });
  add(f.overdueOn, { overdue: 1 });
  add(f.extendedOn, { extended: 1 });
  add(f.returnedOn, { returned: 1 });
  if (f.closedOn !== null) {
    const days = f.handlingWorkingDays;
    add(f.closedOn, { closed: 1, handlingCount: one(days !== null), handlingSum: days ?? 0 }, days);
  }
  return out;
}

/** A rating counts on the day it was given: rated and satisfied, or unrated when the feedback timed out. */
export function ratingContribution(r: RatingFact): StatContribution {
  const given = r.satisfaction !== null;
  return {
    kind: r.kind, category: r.category, channel: r.channel, departmentId: r.departmentId, handlerId: r.handlerId,
    day: r.ratedOn,
    counts: { rated: one(given), satisfied: one(given && SATISFIED_RATINGS.includes(r.satisfaction!)), unrated: one(!given) },
    handlingDays: null,
  };
}

/**
 * What an action changes in the day counts: the contributions of the facts after it and of its
 * new ratings, minus those of the facts before it (null for a new item). Contributions on the
 * same day, dimensions and handling time are merged, and those that cancel out are dropped, so an
 * action that changes no figure appends nothing.
 */
export function statDelta(before: ItemStatFacts | null, after: ItemStatFacts, newRatings: readonly RatingFact[]): StatContribution[] {
  const negated = (before ? factContributions(before) : []).map((c) => ({
    ...c,
    counts: Object.fromEntries(Object.entries(c.counts).map(([name, n]) => [name, -n])) as Partial<DayCounts>,
  }));
  const changed: StatContribution[] = [];
  for (const c of mergeContributions([...negated, ...factContributions(after), ...newRatings.map(ratingContribution)])) {
    // Float sums (handling days) cancel to within rounding, and only whole counts say whether a closure moved.
    const counts = Object.fromEntries(Object.entries(c.counts).filter(([name, n]) => (name === 'handlingSum' ? Math.abs(n) > 1e-9 : n !== 0)));
    if (Object.keys(counts).length > 0) changed.push({ ...c, counts });
  }
  return changed;
}

/** Contributions on the same day, dimensions and handling time added into one (one row to store for each). */
export function mergeContributions(contributions: readonly StatContribution[]): StatContribution[] {
  const merged = new Map<string, StatContribution>();
  for (const c of contributions) {
    const key = JSON.stringify([c.day, c.kind, c.category, c.channel, c.departmentId, c.handlerId, c.handlingDays]);
    const into = merged.get(key);
    if (!into) merged.set(key, { ...c, counts: { ...c.counts } });
    else for (const [name, n] of Object.entries(c.counts) as [DayCount, number][]) into.counts[name] = (into.counts[name] ?? 0) + n;
  }
  return [...merged.values()];
}

/**
 * Day counts summed over a period (and a histogram of handling days) as the StatSums every
 * figure is made of: the same numbers statSums gives over the facts themselves.
 */
export function statSumsFromDayCounts(c: DayCounts, handling: readonly (readonly [days: number, items: number])[], overdueNow: number | null): StatSums {
  return {
    registered: c.registered, repeated: c.repeated, assigned: c.assigned, respondedOnTime: c.respondedOnTime, due: c.due, resolvedOnTime: c.resolvedOnTime,
    rated: c.rated, satisfied: c.satisfied, unrated: c.unrated, overdue: c.overdue, extended: c.extended, returned: c.returned, closed: c.closed,
    handlingAverage: c.handlingCount === 0 ? null : c.handlingSum / c.handlingCount,
    handlingP90: c.handlingCount === 0 ? null : percentileOfCounts(handling, 0.9),
    overdueNow,
  };
}
