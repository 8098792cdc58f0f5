import type { DomainEvent } from '../work-item/timeline-event.types.js';
import type { StageDeadline, WorkItemState } from '../work-item/work-item.types.js';

/*
 * 三率: the three rates handlers and departments are graded by, as pure functions over items and
 * their timelines. They are the reference definitions (docs/statistics.md states the same
 * formulas): whatever computes them faster (SQL, aggregates) must agree with these.
 *
 * A period is [from, to), two instants. A rate with nothing to count is null ("no data"), never 0.
 */

export interface Period {
  from: string;
  to: string;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when the denominator is 0. */
  rate: number | null;
}

/** An item with its timeline, oldest event first. */
export interface RatedItem {
  item: Pick<WorkItemState, 'id' | 'deadlines' | 'statutoryClock' | 'closedAt'>;
  events: readonly Pick<DomainEvent, 'type' | 'at' | 'data'>[];
}

const within = (at: string | null | undefined, period: Period) => !!at && Date.parse(at) >= Date.parse(period.from) && Date.parse(at) < Date.parse(period.to);

function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/** When the item first reached a department: its first assignment (by the dispatcher or by a routing rule). */
function firstAssignedAt(events: RatedItem['events']): string | null {
  const first = events.find((e) => e.type === 'assigned' || (e.type === 'stage_job_processed' && (e.data as { result: string }).result === 'routed'));
  return first?.at ?? null;
}

/**
 * 响应率 (及时签收率) = items signed for (签收) within the assign deadline ÷ items assigned in the period.
 * "Assigned in the period": the item's first assignment falls in it. "Within the deadline": its first
 * 签收 came no later than the due time of the assign-stage deadline running at that moment.
 */
export function responseRate(items: readonly RatedItem[], period: Period): Rate {
  let assigned = 0;
  let onTime = 0;
  for (const { item, events } of items) {
    if (!within(firstAssignedAt(events), period)) continue;
    assigned += 1;
    const signed = events.find((e) => e.type === 'accepted');
    if (!signed) continue;
    const running = latestStarted(item.deadlines.filter((d) => d.stage === 'assign'), signed.at);
    if (running && Date.parse(signed.at) <= Date.parse(running.dueAt)) onTime += 1;
  }
  return rate(onTime, assigned);
}

/** The deadline an item answers to for resolution: the statutory clock where the kind has one (petitions), else its last handle deadline. */
export function resolutionDeadline(item: RatedItem['item']): Pick<StageDeadline, 'dueAt' | 'metAt'> | null {
  if (item.statutoryClock) return item.statutoryClock;
  const handles = item.deadlines.filter((d) => d.stage === 'handle');
  return handles.at(-1) ?? null;
}

/**
 * 按期办结率 = items closed by their deadline ÷ items due in the period. "Due in the period": the
 * resolution deadline's due time falls in it. "Closed by it": met (办结 for the statutory clock,
 * the answer for a handle deadline) no later than it is due.
 */
export function resolutionRate(items: readonly RatedItem[], period: Period): Rate {
  let due = 0;
  let onTime = 0;
  for (const { item } of items) {
    const deadline = resolutionDeadline(item);
    if (!deadline || !within(deadline.dueAt, period)) continue;
    due += 1;
    if (deadline.metAt && Date.parse(deadline.metAt) <= Date.parse(deadline.dueAt)) onTime += 1;
  }
  return rate(onTime, due);
}

export interface SatisfactionRate extends Rate {
  /** Feedback stages that timed out in the period with nobody rating: not in the denominator. */
  unrated: number;
}

/**
 * 满意率 = (满意 + 基本满意) ÷ ratings given in the period. Every rating counts, a redo's second one
 * beside the first (each is its own feedback_recorded event); a feedback that timed out is unrated.
 */
export function satisfactionRate(items: readonly RatedItem[], period: Period): SatisfactionRate {
  let rated = 0;
  let satisfied = 0;
  let unrated = 0;
  for (const { events } of items) {
    for (const event of events) {
      if (!within(event.at, period)) continue;
      if (event.type === 'feedback_timed_out') unrated += 1;
      if (event.type !== 'feedback_recorded') continue;
      rated += 1;
      const { satisfaction } = event.data as { satisfaction: string };
      if (satisfaction === 'satisfied' || satisfaction === 'basically_satisfied') satisfied += 1;
    }
  }
  return { ...rate(satisfied, rated), unrated };
}

function latestStarted(deadlines: readonly StageDeadline[], at: string): StageDeadline | null {
  let found: StageDeadline | null = null;
  for (const d of deadlines) if (Date.parse(d.startedAt) <= Date.parse(at) && (!found || d.startedAt >= found.startedAt)) found = d;
  return found;
}
