import type { DurationUnit } from '../calendar/duration-unit.js';
import type { Label } from '../catalog/label.js';
import type { Role } from '../roles/role.js';
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
  /** Whether the item carries a petitioner (name, phone, ID number). */
  hasPetitioner: boolean;
}

export function stageDeadlineRule(kind: KindDefinition, stage: Stage, urgency: Urgency): { amount: number; unit: DurationUnit } {
  const rule = kind.stages[stage].deadline;
  const amount = urgency === 'urgent' && rule.urgentAmount !== undefined ? rule.urgentAmount : rule.amount;
  return { amount, unit: rule.unit };
}
