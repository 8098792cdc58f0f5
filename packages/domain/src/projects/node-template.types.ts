import type { Label } from '../catalog/label.js';
import type { ProjectPhase } from './project-phase.catalog.js';
import type { ProjectType } from './project-type.catalog.js';

/**
 * One time node (时间节点) of a key project's plan, as a template writes it: what has to be done,
 * how many working days it takes, and what has to be finished before it can begin. A template is
 * a list of these; node-template.check.ts says what is wrong with one.
 */
export interface NodeTemplate {
  /** lower_snake_case, unique in its template; predecessors and plans refer to nodes by it. */
  key: string;
  name: Label;
  /** Whole working days the node occupies, ≥ 1 (a one-day milestone such as 开工 takes its day). */
  durationDays: number;
  /** Keys of the nodes that must be finished before this one begins (finish-to-start). */
  predecessors: readonly string[];
  phase: ProjectPhase;
  /** A permit node (手续: 立项, 用地, 规划, 施工许可, 环评 …): it belongs on the permit checklist. */
  permit: boolean;
  /** The department code responsible by default (责任清单), as in CATEGORIES' routeTo; null for none. */
  department: string | null;
  /**
   * The node whose finish means the project has started (开工). At most one per template; the
   * leaders' "share of projects started" counts it (started-share.rule.ts), so the word 开工 is
   * data, not a string the count looks for.
   */
  marksStart?: boolean;
}

/** What the facts say about a node so far. Dates are 'YYYY-MM-DD' Shanghai days. */
export interface NodeProgress {
  actualStart?: string | null;
  /** Set once the node is done: a finished node is fixed and never re-planned. */
  actualFinish?: string | null;
}

/** A node the scheduler can place: its template, and its progress when re-planning. */
export type SchedulableNode = NodeTemplate & NodeProgress;

/** The default nodes of each project type. */
export type NodeTemplatesByType = Readonly<Record<ProjectType, readonly NodeTemplate[]>>;
