import type { WorkCalendar } from '../calendar/index.js';
import { stageDeadlineRule, type KindDefinition } from '../kinds/kind-definition.js';
import { cancelTimers, resumeDeadline, startDeadline, timersFor } from '../workflow/deadline-timer.policy.js';
import { runningDeadline } from '../workflow/sla-state.policy.js';
import { receivedStart, resumeStatutoryClock } from '../workflow/statutory-clock.policy.js';
import { withWorkflowDefaults, type WorkflowItem } from '../workflow/workflow-state.defaults.js';
import type { DecisionWarning } from './decision-warning.types.js';
import type { Effect, Stage, Status, WorkItemState } from './work-item.types.js';

export interface StageEntry {
  next: WorkItemState;
  effects: Effect[];
  warnings: DecisionWarning[];
}

/**
 * Moves an item into a stage: closes the running deadline, starts the new stage's deadline per
 * the kind's policy, bumps `stageSeq` (so timers and jobs of the previous entry go stale), asks
 * for the stage's job to run, and schedules the new deadline's timers (cancelling the old
 * ones). Registration goes through here too, so a new item gets its timers the same way.
 * A paused clock belongs to the stage entry being left: the pause ends here, and the left
 * deadline is credited with it (as resume_clock would), so it is not recorded as missed for
 * time spent waiting on the petitioner.
 */
export function enterStage(
  item: WorkItemState,
  kind: KindDefinition,
  stage: Stage,
  status: Status,
  now: Date,
  calendar: WorkCalendar,
): StageEntry & { next: WorkflowItem } {
  const at = now.toISOString();
  const stageSeq = item.stageSeq + 1;
  // A period counted from receipt (收到之日) starts then, even when the item was registered later:
  // the first entry only (registration), the one that must end in the decision. Later entries
  // (after 受理, a transfer) give the department its own time from now.
  const fromReceipt = kind.stages[stage].deadline.startsFrom === 'received' && item.stageSeq === 0 && item.receivedOn;
  const start = fromReceipt ? receivedStart(item) : now;
  const rule = stageDeadlineRule(kind, stage, item, start, calendar);
  const { deadline, uncoveredYears } = startDeadline(calendar, kind, { stage, stageSeq, start }, rule);
  const previous = runningDeadline(item);
  const base = withWorkflowDefaults(item);
  const left = previous && base.clockPausedAt ? resumeDeadline(previous, base.clockPausedAt, now, kind.warnShare, calendar).deadline : previous;
  const deadlines = item.deadlines.map((d) => (d === previous && left ? { ...left, metAt: at } : d.metAt === null ? { ...d, metAt: at } : d));
  const effects: Effect[] = [];
  if (previous) effects.push(cancelTimers(item.id, previous, kind));
  effects.push({ type: 'stage_job', stage, itemId: item.id, stageSeq }, ...timersFor(item.id, deadline, kind, calendar));
  // The statutory clock runs on across stages; a pause ending here ends for it too.
  const statutory = base.clockPausedAt ? resumeStatutoryClock(base, kind, base.clockPausedAt, now, calendar) : null;
  if (statutory) effects.push(...statutory.effects);
  const statutoryClock = statutory ? statutory.clock : base.statutoryClock;
  return {
    next: {
      ...base,
      stage,
      status,
      stageSeq,
      deadlines: [...deadlines, deadline],
      // Supervision (督办) stays on the item across stages until it is closed, and so does a
      // warned or overdue statutory clock: a new stage entry does not give the statute new time.
      sla: base.supervisedAt ? 'supervised' : statutoryClock?.overdueAt ? 'overdue' : statutoryClock?.warnedAt ? 'warning' : 'normal',
      statutoryClock,
      // An extension request was for the deadline being left; it lapses with it.
      pendingExtension: null,
      clockPausedAt: null,
      updatedAt: at,
    },
    effects,
    warnings: [...uncoveredYears.map((year) => ({ code: 'stage_deadline_uncovered' as const, params: { stage, year } })), ...(statutory?.warnings ?? [])],
  };
}
