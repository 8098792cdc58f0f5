import type { Label } from '../catalog/label.js';
import { assertDate } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { topologicalOrder } from './node-graph.rule.js';
import { checkNodeTemplate, type NodeTemplateProblem } from './node-template.check.js';
import type { SchedulableNode } from './node-template.types.js';
import { createWorkingDayLine, type WorkingDayLine } from './working-day-line.js';

/*
 * 倒排工期: the plan is built backwards from the target date. Conventions (all days Asia/Shanghai
 * 'YYYY-MM-DD', working days by the official calendar with its 调休 Saturdays):
 *
 * - A node of duration d occupies d working days, its start and finish included: a 1-day node
 *   starts and finishes on the same day; a 3-day node starting on a Friday before a plain
 *   weekend finishes on Tuesday.
 * - The target is the day the last nodes must be finished on. A target on a day off means the
 *   working day before it (nothing is handed over on a holiday).
 * - Latest finish: for a node no unfinished node waits for, the target's working day; for any
 *   other, the working day just before the earliest latest start of the unfinished nodes that
 *   wait for it (finish-to-start: a successor begins the working day after). Latest start: the
 *   first of the node's d working days ending on its latest finish.
 * - Earliest start, forwards from `start` (the project's start, or today when re-planning): the
 *   first working day on or after `start`, and after the earliest finish of every unfinished
 *   predecessor and the actual finish of every finished one. A node already started (actual
 *   start, no finish) has begun: its earliest start is its actual start's working day.
 * - Slack: working days from the earliest to the latest start. Critical nodes are those with the
 *   least slack; it is 0 when `start` is the project's latest start (the tightest start).
 * - A finished node (actual finish set) is fixed: it is not scheduled and does not hold the
 *   others back, except that its successors begin after its actual finish.
 * - When some node's latest start is before its earliest start, the target cannot be met: the
 *   error names the node short by the most working days (the first in work order among them,
 *   which on the critical chain is the one nearest the start) and by how many.
 */

export interface ScheduleOptions {
  /** The first day work can be done: the project's start, or today when re-planning. */
  start: string;
}

export interface OpenNodeSchedule {
  key: string;
  state: 'open';
  earliestStart: string;
  earliestFinish: string;
  latestStart: string;
  latestFinish: string;
  /** Working days the node can slip and the target still be met. */
  slack: number;
  critical: boolean;
}

export interface FinishedNodeSchedule {
  key: string;
  state: 'finished';
  actualFinish: string;
}

export type NodeSchedule = OpenNodeSchedule | FinishedNodeSchedule;

export interface ProjectSchedule {
  /** In the template's order. */
  nodes: NodeSchedule[];
  /** The unfinished keys in work order (every node after its predecessors). */
  order: string[];
  /** The latest day the unfinished work can begin and still meet the target; null when all is finished. */
  latestStart: string | null;
  /** The earliest day the unfinished work can all be finished from `start`; null when all is finished. */
  earliestFinish: string | null;
  /** The least slack of any unfinished node (null when all is finished). */
  slack: number | null;
}

export type ScheduleProblem =
  | { code: 'invalid_template'; params: { problems: NodeTemplateProblem[] }; message: Label }
  | {
      code: 'does_not_fit';
      params: {
        /** The node that cannot fit between `start` and the target. */
        node: string;
        /** Working days the target is too early (or the start too late). */
        shortBy: number;
        earliestStart: string;
        latestStart: string;
        /** The earliest target that fits. */
        earliestTarget: string;
      };
      message: Label;
    };

export type ScheduleResult = { ok: true; schedule: ProjectSchedule } | { ok: false; problem: ScheduleProblem };

interface Slot {
  es: number;
  ef: number;
  ls: number;
  lf: number;
}

function isFinished(node: SchedulableNode): node is SchedulableNode & { actualFinish: string } {
  return typeof node.actualFinish === 'string';
}

function assertProgressDates(nodes: readonly SchedulableNode[]): void {
  for (const n of nodes) {
    if (n.actualStart != null) assertDate(n.actualStart);
    if (n.actualFinish != null) assertDate(n.actualFinish);
  }
}

/** Earliest slots forwards from `startOrdinal`, for the unfinished nodes in work order. */
function forwardPass(order: readonly string[], byKey: ReadonlyMap<string, SchedulableNode>, line: WorkingDayLine, startOrdinal: number): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const key of order) {
    const node = byKey.get(key)!;
    let es = startOrdinal;
    if (node.actualStart != null) {
      es = line.onOrAfter(node.actualStart);
    } else {
      for (const p of node.predecessors) {
        const pred = byKey.get(p)!;
        const after = isFinished(pred) ? line.onOrBefore(pred.actualFinish) + 1 : slots.get(p)!.ef + 1;
        es = Math.max(es, after);
      }
    }
    slots.set(key, { es, ef: es + node.durationDays - 1, ls: 0, lf: 0 });
  }
  return slots;
}

/** Latest slots backwards from the target's working day. */
function backwardPass(order: readonly string[], byKey: ReadonlyMap<string, SchedulableNode>, successors: ReadonlyMap<string, string[]>, slots: Map<string, Slot>, targetOrdinal: number): void {
  for (const key of [...order].reverse()) {
    const slot = slots.get(key)!;
    const waiting = (successors.get(key) ?? []).filter((s) => slots.has(s));
    slot.lf = waiting.length === 0 ? targetOrdinal : Math.min(...waiting.map((s) => slots.get(s)!.ls)) - 1;
    slot.ls = slot.lf - byKey.get(key)!.durationDays + 1;
  }
}

function doesNotFit(node: SchedulableNode, slot: Slot, shortBy: number, earliestTarget: string, line: WorkingDayLine): ScheduleProblem {
  const earliestStart = line.dateOf(slot.es);
  const latestStart = line.dateOf(slot.ls);
  return {
    code: 'does_not_fit',
    params: { node: node.key, shortBy, earliestStart, latestStart, earliestTarget },
    message: {
      zh: `目标日期过早：节点“${node.name.zh}”最晚须于 ${latestStart} 开始，但最早只能在 ${earliestStart} 开始，差 ${shortBy} 个工作日；目标日期最早可定为 ${earliestTarget}`,
      en: `The target is too early: node "${node.name.en}" would have to start by ${latestStart} but cannot start before ${earliestStart}, ${shortBy} working day(s) short; the earliest target that fits is ${earliestTarget}`,
    },
  };
}

/**
 * The backward schedule of `nodes` towards `target`, with earliest dates and slack from
 * `options.start`. Nodes carrying an actual finish are fixed (see the conventions above).
 * Throws CalendarInputError for a malformed date; every other problem is returned.
 */
export function scheduleBackward(nodes: readonly SchedulableNode[], target: string, calendar: WorkCalendar, options: ScheduleOptions): ScheduleResult {
  assertDate(target);
  assertDate(options.start);
  assertProgressDates(nodes);
  const problems = checkNodeTemplate(nodes);
  if (problems.length > 0) {
    return {
      ok: false,
      problem: { code: 'invalid_template', params: { problems }, message: { zh: `节点模板有 ${problems.length} 处问题`, en: `The node template has ${problems.length} problem(s)` } },
    };
  }
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const open = nodes.filter((n) => !isFinished(n));
  // The check above refused cycles, so the order exists; finished nodes drop out of it.
  const order = topologicalOrder(nodes)!.filter((k) => !isFinished(byKey.get(k)!));
  const successors = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  for (const n of open) for (const p of new Set(n.predecessors)) successors.get(p)!.push(n.key);

  const line = createWorkingDayLine(calendar, options.start);
  const slots = forwardPass(order, byKey, line, line.onOrAfter(options.start));
  backwardPass(order, byKey, successors, slots, line.onOrBefore(target));

  const all = order.map((k) => slots.get(k)!);
  const minSlack = all.length === 0 ? null : Math.min(...all.map((s) => s.ls - s.es));
  const maxEf = all.length === 0 ? null : Math.max(...all.map((s) => s.ef));
  if (minSlack !== null && maxEf !== null && minSlack < 0) {
    const key = order.find((k) => slots.get(k)!.ls - slots.get(k)!.es === minSlack)!;
    return { ok: false, problem: doesNotFit(byKey.get(key)!, slots.get(key)!, -minSlack, line.dateOf(maxEf), line) };
  }

  const scheduled: NodeSchedule[] = nodes.map((n) => {
    if (isFinished(n)) return { key: n.key, state: 'finished', actualFinish: n.actualFinish };
    const s = slots.get(n.key)!;
    return {
      key: n.key,
      state: 'open',
      earliestStart: line.dateOf(s.es),
      earliestFinish: line.dateOf(s.ef),
      latestStart: line.dateOf(s.ls),
      latestFinish: line.dateOf(s.lf),
      slack: s.ls - s.es,
      critical: s.ls - s.es === minSlack,
    };
  });
  return {
    ok: true,
    schedule: {
      nodes: scheduled,
      order,
      latestStart: all.length === 0 ? null : line.dateOf(Math.min(...all.map((s) => s.ls))),
      earliestFinish: maxEf === null ? null : line.dateOf(maxEf),
      slack: minSlack,
    },
  };
}
