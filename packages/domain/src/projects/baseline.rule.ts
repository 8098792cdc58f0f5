import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { PlanBaseline, ProjectPlan } from './project-plan.types.js';
import { createWorkingDayLine } from './working-day-line.js';

/*
 * 基线: the dates a plan had when it was approved, frozen, so that after re-plans the leaders can
 * see how far each node has moved. Drift is counted in working days, as the plan is: a finish
 * moved from the Friday before National Day to the first working day after it drifted 1, not 10.
 */

export function freezeBaseline(plan: ProjectPlan): PlanBaseline {
  return {
    target: plan.target,
    nodes: plan.nodes.map((n) => ({ key: n.key, plannedStart: n.plannedStart, plannedFinish: n.plannedFinish })),
  };
}

export interface NodeDrift {
  key: string;
  baselineFinish: string | null;
  plannedFinish: string;
  /** Working days the planned finish moved since the baseline: positive later, negative earlier; null for a node the baseline does not have. */
  drift: number | null;
}

/** Each node of `plan` (in its order) against `baseline`. */
export function driftAgainstBaseline(plan: ProjectPlan, baseline: PlanBaseline, calendar: WorkCalendar): NodeDrift[] {
  const frozen = new Map(baseline.nodes.map((n) => [n.key, n.plannedFinish]));
  const line = createWorkingDayLine(calendar, baseline.target);
  return plan.nodes.map((n) => {
    const baselineFinish = frozen.get(n.key) ?? null;
    return { key: n.key, baselineFinish, plannedFinish: n.plannedFinish, drift: baselineFinish === null ? null : line.between(baselineFinish, n.plannedFinish) };
  });
}
