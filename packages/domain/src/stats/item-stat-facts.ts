import { elapsedAmount } from '../calendar/elapsed-amount.js';
import { shanghaiDate } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { DomainEvent } from '../work-item/timeline-event.types.js';
import type { Satisfaction, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';

/*
 * 统计事实: what the statistics count about one item, kept as one narrow row per item (and one
 * row per rating) beside the item, in the same transaction as every action. The rates and counts
 * (stat-figures.ts) are sums over these facts, so the api's SQL over the stored rows and the
 * domain's reference over a timeline agree by construction; the facts are folded event by event,
 * so an action only needs the item, its new events and the facts it had before.
 *
 * Figures are asked for by Beijing day (a month, a year), so each counted moment is kept as its
 * Beijing date (YYYY-MM-DD, `…On`): a period is a range of dates, and a month's bucket is a
 * date's first seven characters, with no time-zone arithmetic when the figures are read.
 */

/** The item's fields the facts are taken from. */
export type StatItem = Pick<
  WorkItemState,
  'id' | 'kind' | 'category' | 'channel' | 'departmentId' | 'handlerId' | 'deadlines' | 'statutoryClock' | 'createdAt' | 'closedAt' | 'stageSeq' | 'clockPausedAt' | 'repeatOfId'
>;
export type StatEvent = Pick<DomainEvent, 'type' | 'at' | 'data'>;

/** The dimensions a figure can be broken down by: the item's current ones. */
export interface StatDimensions {
  kind: string;
  category: string;
  channel: string;
  departmentId: string | null;
  handlerId: string | null;
}

export interface ItemStatFacts extends StatDimensions {
  itemId: string;
  registeredOn: string;
  /** 交办: the day the item first reached a department (the dispatcher, or a routing rule). */
  assignedOn: string | null;
  /** 签收: the day a department first signed for it. */
  signedOn: string | null;
  /** That first 签收 came no later than the assign-stage deadline running then. */
  respondedOnTime: boolean;
  /** The day the deadline the item answers to for resolution (resolutionDeadline) falls due, and whether it was met by then. */
  resolutionDueOn: string | null;
  resolvedOnTime: boolean;
  closedOn: string | null;
  /** Working days (of office time) from registration to the last closure, two decimals; null while open. */
  handlingWorkingDays: number | null;
  /** The day the item first went overdue (a stage deadline or the statutory clock). */
  overdueOn: string | null;
  /** The day of its first approved extension (延期), and how many it had. */
  extendedOn: string | null;
  extensionCount: number;
  /** The day a department first sent it back (退回), and how many times. */
  returnedOn: string | null;
  returnCount: number;
  /**
   * The earliest due time among the deadlines running now (the current stage entry's and the
   * statutory clock); null when none runs or the clock stands still. "Overdue now" is
   * `runningDueAt < now`, decided when the figures are read, so it needs no timer to stay true.
   */
  runningDueAt: string | null;
  /** 重复件: the item was registered as a repeat of an earlier, closed one (it names it: repeatOfId). */
  repeated: boolean;
}

/** One rating (回访), or a feedback stage that timed out unrated (satisfaction null). */
export interface RatingFact extends StatDimensions {
  itemId: string;
  /** The rating event's instant (with the item, it names the rating) and its Beijing day. */
  ratedAt: string;
  ratedOn: string;
  satisfaction: Satisfaction | null;
}

const isFirstAssignment = (e: StatEvent) =>
  e.type === 'assigned' || (e.type === 'stage_job_processed' && (e.data as { result: string }).result === 'routed');

/** The deadline an item answers to for resolution: the statutory clock where the kind has one (petitions), else its last handle deadline. */
export function resolutionDeadline(item: Pick<StatItem, 'deadlines' | 'statutoryClock'>): Pick<StageDeadline, 'dueAt' | 'metAt'> | null {
  if (item.statutoryClock) return item.statutoryClock;
  return item.deadlines.filter((d) => d.stage === 'handle').at(-1) ?? null;
}

/**
 * The facts after an action: `previous` (null for a new item) with the action's new `events`
 * folded in, and the rest read from the item as it now stands. Folding a whole timeline at once
 * from null gives the same facts as folding it action by action (stat-facts.spec.ts).
 */
export function foldStatFacts(previous: ItemStatFacts | null, item: StatItem, events: readonly StatEvent[], calendar: WorkCalendar): ItemStatFacts {
  let { assignedOn, signedOn, respondedOnTime, overdueOn, extendedOn, returnedOn, extensionCount, returnCount } = previous ?? {
    assignedOn: null, signedOn: null, respondedOnTime: false, overdueOn: null,
    extendedOn: null, returnedOn: null, extensionCount: 0, returnCount: 0,
  };
  for (const e of events) {
    if (!assignedOn && isFirstAssignment(e)) assignedOn = dayOf(e.at);
    if (!signedOn && e.type === 'accepted') {
      signedOn = dayOf(e.at);
      const running = latestStarted(item.deadlines.filter((d) => d.stage === 'assign'), e.at);
      respondedOnTime = !!running && Date.parse(e.at) <= Date.parse(running.dueAt);
    }
    if (!overdueOn && e.type === 'overdue') overdueOn = dayOf(e.at);
    if (e.type === 'extension_approved') {
      extensionCount += 1;
      extendedOn ??= dayOf(e.at);
    }
    if (e.type === 'returned') {
      returnCount += 1;
      returnedOn ??= dayOf(e.at);
    }
  }
  const resolution = resolutionDeadline(item);
  return {
    itemId: item.id,
    ...statDimensions(item),
    registeredOn: dayOf(item.createdAt),
    assignedOn,
    signedOn,
    respondedOnTime,
    resolutionDueOn: resolution ? dayOf(resolution.dueAt) : null,
    resolvedOnTime: !!resolution?.metAt && Date.parse(resolution.metAt) <= Date.parse(resolution.dueAt),
    closedOn: item.closedAt ? dayOf(item.closedAt) : null,
    handlingWorkingDays: item.closedAt ? roundDays(elapsedAmount(calendar, new Date(item.createdAt), new Date(item.closedAt), 'working_days')) : null,
    overdueOn,
    extendedOn,
    extensionCount,
    returnedOn,
    returnCount,
    runningDueAt: runningDueAt(item),
    // Set at registration and never changed, so it is read from the item, not folded from events.
    repeated: !!item.repeatOfId,
  };
}

/** The ratings among an action's new events, each with the item's dimensions at that moment. */
export function ratingFacts(item: StatItem, events: readonly StatEvent[]): RatingFact[] {
  const ratings: RatingFact[] = [];
  for (const e of events) {
    if (e.type === 'feedback_recorded') ratings.push({ itemId: item.id, ratedAt: e.at, ratedOn: dayOf(e.at), satisfaction: (e.data as { satisfaction: Satisfaction }).satisfaction, ...statDimensions(item) });
    if (e.type === 'feedback_timed_out') ratings.push({ itemId: item.id, ratedAt: e.at, ratedOn: dayOf(e.at), satisfaction: null, ...statDimensions(item) });
  }
  return ratings;
}

/** A whole timeline at once (oldest event first): the reference the stored facts must match. */
export function statFactsOfTimeline(item: StatItem, events: readonly StatEvent[], calendar: WorkCalendar): { facts: ItemStatFacts; ratings: RatingFact[] } {
  return { facts: foldStatFacts(null, item, events, calendar), ratings: ratingFacts(item, events) };
}

function statDimensions(item: StatItem): StatDimensions {
  return { kind: item.kind, category: item.category, channel: item.channel, departmentId: item.departmentId, handlerId: item.handlerId };
}

function runningDueAt(item: StatItem): string | null {
  if (item.closedAt || item.clockPausedAt) return null;
  const running = item.deadlines.filter((d) => d.stageSeq === item.stageSeq && d.metAt === null).map((d) => d.dueAt);
  if (item.statutoryClock && item.statutoryClock.metAt === null) running.push(item.statutoryClock.dueAt);
  return running.length === 0 ? null : running.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

const dayOf = (at: string) => shanghaiDate(new Date(at));

/** Two decimals: what a report shows, and what the database column keeps. */
const roundDays = (days: number) => Math.round(days * 100) / 100;

function latestStarted(deadlines: readonly StageDeadline[], at: string): StageDeadline | null {
  let found: StageDeadline | null = null;
  for (const d of deadlines) if (Date.parse(d.startedAt) <= Date.parse(at) && (!found || d.startedAt >= found.startedAt)) found = d;
  return found;
}
