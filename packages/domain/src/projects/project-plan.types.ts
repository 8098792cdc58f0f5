import type { NodeTemplate } from './node-template.types.js';
import type { ProjectType } from './project-type.catalog.js';

/**
 * A node of a project's plan. The plan carries its own copy of the template fields, so editing a
 * template later does not silently rewrite the plans made from it. Planned dates are the backward
 * schedule's latest dates (倒排工期: the plan is "finish by", not "could finish by").
 */
export interface PlannedNode extends NodeTemplate {
  plannedStart: string;
  plannedFinish: string;
  actualStart: string | null;
  actualFinish: string | null;
}

/** A key project's node plan (节点计划): the nodes towards `target`, the date the project must reach. */
export interface ProjectPlan {
  type: ProjectType;
  target: string;
  nodes: readonly PlannedNode[];
}

/** A frozen copy of a plan's dates (基线), to measure later re-plans against. */
export interface PlanBaseline {
  target: string;
  nodes: readonly { key: string; plannedStart: string; plannedFinish: string }[];
}
