import type { WorkCalendar } from '../calendar/work-calendar.js';
import { scheduleBackward, type ProjectSchedule, type ScheduleProblem } from './backward-schedule.rule.js';
import type { NodeTemplate, SchedulableNode } from './node-template.types.js';
import type { PlannedNode, ProjectPlan } from './project-plan.types.js';
import type { ProjectType } from './project-type.catalog.js';

/*
 * A plan is a backward schedule written down: each unfinished node's planned start and finish
 * are its latest start and finish (the dates the push team is held to). Re-planning schedules
 * again from today towards a new target; finished nodes keep their dates, actual and planned,
 * since what happened does not move.
 */

export type PlanResult = { ok: true; plan: ProjectPlan; schedule: ProjectSchedule } | { ok: false; problem: ScheduleProblem };

function planFrom(type: ProjectType, target: string, nodes: readonly SchedulableNode[], schedule: ProjectSchedule, previous: ReadonlyMap<string, PlannedNode>): ProjectPlan {
  const planned = nodes.map((node, i): PlannedNode => {
    const s = schedule.nodes[i]!;
    const actual = { actualStart: node.actualStart ?? null, actualFinish: node.actualFinish ?? null };
    if (s.state === 'open') return { ...node, ...actual, plannedStart: s.latestStart, plannedFinish: s.latestFinish };
    const before = previous.get(node.key);
    // A node finished before it was ever planned (entered as done) gets its actual dates as planned ones.
    const plannedFinish = before?.plannedFinish ?? s.actualFinish;
    return { ...node, ...actual, plannedStart: before?.plannedStart ?? node.actualStart ?? plannedFinish, plannedFinish };
  });
  return { type, target, nodes: planned };
}

/** A project's first plan from its template (or the type's default nodes), working from `start` towards `target`. */
export function createPlan(type: ProjectType, nodes: readonly NodeTemplate[], target: string, calendar: WorkCalendar, options: { start: string }): PlanResult {
  const result = scheduleBackward(nodes, target, calendar, options);
  if (!result.ok) return result;
  return { ok: true, plan: planFrom(type, target, nodes, result.schedule, new Map()), schedule: result.schedule };
}

/**
 * The plan scheduled again towards `newTarget`, from `today`: finished nodes stay as they are,
 * unfinished ones get new planned dates; actual starts are kept. Fails like scheduleBackward when
 * the rest no longer fits.
 */
export function replan(plan: ProjectPlan, newTarget: string, calendar: WorkCalendar, options: { today: string }): PlanResult {
  const result = scheduleBackward(plan.nodes, newTarget, calendar, { start: options.today });
  if (!result.ok) return result;
  const previous = new Map(plan.nodes.map((n) => [n.key, n]));
  return { ok: true, plan: planFrom(plan.type, newTarget, plan.nodes, result.schedule, previous), schedule: result.schedule };
}

