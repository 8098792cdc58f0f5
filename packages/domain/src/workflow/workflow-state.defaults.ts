import type { WorkItemState } from '../work-item/work-item.types.js';

type WorkflowFields =
  | 'supervisedAt'
  | 'extensionDaysUsed'
  | 'pendingExtension'
  | 'reopenCount'
  | 'satisfaction'
  | 'feedbackTimedOut'
  | 'clockPausedAt'
  | 'returnedAt'
  | 'linkedDates'
  | 'receivedOn'
  | 'acceptance'
  | 'statutoryClock'
  | 'extensionCount'
  | 'objectionUntil'
  | 'answeredAt'
  | 'notices'
  | 'reviewOfId'
  | 'repeatOfId';

/** A state with every workflow field present: what the transition functions read and write. */
export type WorkflowItem = WorkItemState & { [K in WorkflowFields]-?: Exclude<WorkItemState[K], undefined> };

/**
 * Fills the workflow fields an older state lacks with their neutral values. Returns the same
 * object when nothing is missing, and never mutates its argument (`decide` is pure).
 */
export function withWorkflowDefaults(item: WorkItemState): WorkflowItem {
  if (
    item.supervisedAt !== undefined &&
    item.extensionDaysUsed !== undefined &&
    item.pendingExtension !== undefined &&
    item.reopenCount !== undefined &&
    item.satisfaction !== undefined &&
    item.feedbackTimedOut !== undefined &&
    item.clockPausedAt !== undefined &&
    item.returnedAt !== undefined &&
    item.linkedDates !== undefined &&
    item.receivedOn !== undefined &&
    item.acceptance !== undefined &&
    item.statutoryClock !== undefined &&
    item.extensionCount !== undefined &&
    item.objectionUntil !== undefined &&
    item.answeredAt !== undefined &&
    item.notices !== undefined &&
    item.reviewOfId !== undefined &&
    item.repeatOfId !== undefined
  ) {
    return item as WorkflowItem;
  }
  return {
    ...item,
    supervisedAt: item.supervisedAt ?? null,
    extensionDaysUsed: item.extensionDaysUsed ?? 0,
    pendingExtension: item.pendingExtension ?? null,
    reopenCount: item.reopenCount ?? 0,
    satisfaction: item.satisfaction ?? null,
    feedbackTimedOut: item.feedbackTimedOut ?? false,
    clockPausedAt: item.clockPausedAt ?? null,
    returnedAt: item.returnedAt ?? null,
    linkedDates: item.linkedDates ?? {},
    receivedOn: item.receivedOn ?? null,
    acceptance: item.acceptance ?? null,
    statutoryClock: item.statutoryClock ?? null,
    extensionCount: item.extensionCount ?? 0,
    objectionUntil: item.objectionUntil ?? null,
    answeredAt: item.answeredAt ?? null,
    notices: item.notices ?? {},
    reviewOfId: item.reviewOfId ?? null,
    repeatOfId: item.repeatOfId ?? null,
  };
}
