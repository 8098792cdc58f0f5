import type { DurationUnit } from '../calendar/duration-unit.js';
import type { Label } from '../catalog/label.js';
import type { Role } from '../roles/role.js';
import type { ActionDefinition, ActionName } from '../workflow/action-definition.types.js';
import type { KindId, Stage, Status, Urgency } from '../work-item/work-item.types.js';

/** A time limit of one stage: `amount` in `unit`, with a shorter limit for urgent items where the kind has one. */
export interface DeadlineRule {
  amount: number;
  unit: DurationUnit;
  urgentAmount?: number;
}

export interface StageDefinition {
  statuses: readonly Status[];
  deadline: DeadlineRule;
  /**
   * What happens when the stage's deadline passes: `overdue` (default) marks it overdue and
   * escalates; `feedback_timeout` moves the item on (used by the feedback stage, where the
   * missing party is the petitioner, not a handler who can be chased).
   */
  dueCheck?: 'overdue' | 'feedback_timeout';
}

/**
 * One step of escalation while a deadline stays overdue, `after` measured from the deadline.
 * Level = position + 1. `department_head` alerts the head of the item's department (the
 * dispatchers when it has none); `leader` the owner leader, else the department's leaders.
 */
export interface EscalationStep {
  after: { amount: number; unit: DurationUnit };
  audience: 'department_head' | 'leader';
}

/**
 * A kind of work item is data: its stages with their statuses and time limits, who may register
 * it, and its caps. The engine reads these definitions; adding a kind edits no engine code.
 */
export interface KindDefinition {
  id: KindId;
  label: Label;
  /** Prefix of the human-readable code, e.g. XF-20261122-0007 for a petition (信访). */
  codePrefix: string;
  registerRoles: readonly Role[];
  stages: Readonly<Record<Stage, StageDefinition>>;
  /** Share of the allowed time after which the item turns amber (warning). */
  warnShare: number;
  /** Total extension days allowed over the item's life. */
  extensionCapDays: number;
  /**
   * What the enterprise an item names is to it. `raised_by`: the company raised it (an appeal),
   * so its contacts and liaison cadres see the item and take part. `concerns`: the company is
   * what the item complains about (a petition naming it), so under the 信访工作条例's
   * confidentiality rule neither its contacts nor its liaison cadres (who speak for it) may see
   * the item, the complainant or any of its materials.
   */
  enterpriseLink: 'raised_by' | 'concerns';
  /** Whether the item carries a petitioner (name, phone, ID number). */
  hasPetitioner: boolean;
  /** The actions of this kind: who, when, with what input, and which transition (workflow/). */
  actions: Readonly<Partial<Record<ActionName, ActionDefinition>>>;
  /** Escalation steps after an overdue deadline, in order. */
  escalation: readonly EscalationStep[];
}

export function stageDeadlineRule(kind: KindDefinition, stage: Stage, urgency: Urgency): { amount: number; unit: DurationUnit } {
  const rule = kind.stages[stage].deadline;
  const amount = urgency === 'urgent' && rule.urgentAmount !== undefined ? rule.urgentAmount : rule.amount;
  return { amount, unit: rule.unit };
}
