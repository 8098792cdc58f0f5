import { computeDeadline, type WorkCalendar } from '../calendar/index.js';
import { stageDeadlineRule, type KindDefinition } from '../kinds/kind-definition.js';
import type { Effect, Stage, StageDeadline, Status, WorkItemState } from './work-item.types.js';

export interface StageEntry {
  next: WorkItemState;
  effects: Effect[];
  warnings: string[];
}

/**
 * Moves an item into a stage: closes the running deadline, starts the new stage's deadline per
 * the kind's policy, bumps `stageSeq` (so timers and jobs of the previous entry go stale) and
 * asks for the stage's job to run.
 */
export function enterStage(
  item: WorkItemState,
  kind: KindDefinition,
  stage: Stage,
  status: Status,
  now: Date,
  calendar: WorkCalendar,
): StageEntry {
  const at = now.toISOString();
  const stageSeq = item.stageSeq + 1;
  const rule = stageDeadlineRule(kind, stage, item.urgency);
  const { dueAt, warnAt, uncoveredYears } = computeDeadline(calendar, now, rule.amount, rule.unit, kind.warnShare);
  const deadline: StageDeadline = {
    stage,
    stageSeq,
    startedAt: at,
    dueAt: dueAt.toISOString(),
    warnAt: warnAt.toISOString(),
    amount: rule.amount,
    unit: rule.unit,
    metAt: null,
  };
  const deadlines = item.deadlines.map((d) => (d.metAt === null ? { ...d, metAt: at } : d));
  return {
    next: { ...item, stage, status, stageSeq, deadlines: [...deadlines, deadline], sla: 'normal', updatedAt: at },
    effects: [{ type: 'stage_job', stage, itemId: item.id, stageSeq }],
    warnings: uncoveredYears.map(
      (y) => `The ${stage} deadline falls in ${y}, which the official calendar does not cover yet; weekends only are assumed.`,
    ),
  };
}
