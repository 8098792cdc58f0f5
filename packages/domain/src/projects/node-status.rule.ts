import type { Label } from '../catalog/label.js';
import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { assertDate } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { PlannedNode } from './project-plan.types.js';
import { createWorkingDayLine, type WorkingDayLine } from './working-day-line.js';

/*
 * Red / amber / green (红黄绿灯) on the battle map, for a node on `today` (a Shanghai day the
 * caller supplies; rules never read the clock). First match wins:
 *
 * - red, finished_late: finished after its planned finish (it stays red: the lateness happened);
 * - green, finished: finished on or before its planned finish;
 * - red, overdue: unfinished and today is after its planned finish;
 * - amber, start_missed: not started and today is after its planned start (the last day it
 *   could start was yesterday or earlier);
 * - amber, due_soon: unfinished and its planned finish is at most `dueSoonWorkingDays` working
 *   days away (working days after today up to and including the finish: with 3, a node due on
 *   Friday turns amber on Tuesday, and on the due day itself, 0 away, it is amber too);
 * - green, on_track otherwise.
 *
 * A project is the worst of its nodes (red over amber over green); its reason is that node's.
 */

export type Rag = 'red' | 'amber' | 'green';
export const RAGS: readonly Rag[] = ['green', 'amber', 'red'];

export const RAG_LABELS = {
  red: { zh: '红灯（滞后）', en: 'Red (late)' },
  amber: { zh: '黄灯（预警）', en: 'Amber (at risk)' },
  green: { zh: '绿灯（正常）', en: 'Green (on track)' },
} as const satisfies Record<Rag, Label>;

export type RagReason = 'finished_late' | 'finished' | 'overdue' | 'start_missed' | 'due_soon' | 'on_track';

export const RAG_REASON_LABELS = {
  finished_late: { zh: '逾期完成', en: 'Finished late' },
  finished: { zh: '按期完成', en: 'Finished on time' },
  overdue: { zh: '已超期', en: 'Overdue' },
  start_missed: { zh: '未按期开始', en: 'Start missed' },
  due_soon: { zh: '临近完成时限', en: 'Due soon' },
  on_track: { zh: '正常推进', en: 'On track' },
} as const satisfies Record<RagReason, Label>;

export interface RagOptions {
  /** Amber when the planned finish is this many working days away or fewer (default 3). */
  dueSoonWorkingDays?: number;
}

export const DEFAULT_DUE_SOON_WORKING_DAYS = 3;

export interface NodeRag {
  key: string;
  status: Rag;
  reason: RagReason;
  /** Working days after today up to and including the planned finish (negative once past); null when finished. */
  workingDaysLeft: number | null;
}

/** What the rating reads of a node: a PlannedNode has it. */
export type RagNode = Pick<PlannedNode, 'key' | 'plannedStart' | 'plannedFinish' | 'actualStart' | 'actualFinish'>;

function dueSoonDays(options: RagOptions): number {
  const n = options.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  if (!Number.isInteger(n) || n < 0) throw new CalendarInputError(`dueSoonWorkingDays must be a whole number ≥ 0, got ${n}`);
  return n;
}

function rate(node: RagNode, today: string, line: WorkingDayLine, dueSoon: number): NodeRag {
  const { key, plannedStart, plannedFinish, actualStart, actualFinish } = node;
  if (actualFinish != null) {
    return { key, status: actualFinish > plannedFinish ? 'red' : 'green', reason: actualFinish > plannedFinish ? 'finished_late' : 'finished', workingDaysLeft: null };
  }
  const workingDaysLeft = line.between(today, plannedFinish);
  if (today > plannedFinish) return { key, status: 'red', reason: 'overdue', workingDaysLeft };
  if (actualStart == null && today > plannedStart) return { key, status: 'amber', reason: 'start_missed', workingDaysLeft };
  if (workingDaysLeft <= dueSoon) return { key, status: 'amber', reason: 'due_soon', workingDaysLeft };
  return { key, status: 'green', reason: 'on_track', workingDaysLeft };
}

export function nodeStatus(node: RagNode, today: string, calendar: WorkCalendar, options: RagOptions = {}): NodeRag {
  assertDate(today);
  return rate(node, today, createWorkingDayLine(calendar, today), dueSoonDays(options));
}

export interface ProjectRag {
  status: Rag;
  /** The reason of the first node with the project's status (green on_track for a plan with no nodes). */
  reason: RagReason;
  nodes: NodeRag[];
}

export function projectStatus(plan: { nodes: readonly RagNode[] }, today: string, calendar: WorkCalendar, options: RagOptions = {}): ProjectRag {
  assertDate(today);
  const line = createWorkingDayLine(calendar, today);
  const dueSoon = dueSoonDays(options);
  const nodes = plan.nodes.map((n) => rate(n, today, line, dueSoon));
  let worst: NodeRag | null = null;
  for (const n of nodes) if (worst === null || RAGS.indexOf(n.status) > RAGS.indexOf(worst.status)) worst = n;
  return { status: worst?.status ?? 'green', reason: worst?.reason ?? 'on_track', nodes };
}
