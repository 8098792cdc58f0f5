import { withWorkflowDefaults, type KindId, type Satisfaction, type SlaState, type Stage, type Status, type Urgency, type WorkflowItem, type WorkItemState } from '@parkflow/domain';
import { WorkItemEntity } from '../entities/work-item.entity.js';

/** Row → the state the rules read, every workflow field present. */
export function toWorkItemState(row: WorkItemEntity): WorkflowItem {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as KindId,
    title: row.title,
    description: row.description,
    channel: row.channel,
    category: row.category,
    urgency: row.urgency as Urgency,
    enterpriseId: row.enterpriseId,
    petitioner: row.petitioner,
    stage: row.stage as Stage,
    status: row.status as Status,
    departmentId: row.departmentId,
    handlerId: row.handlerId,
    ownerLeaderId: row.ownerLeaderId,
    createdById: row.createdById,
    stageSeq: row.stageSeq,
    deadlines: row.deadlines,
    sla: row.sla as SlaState,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    supervisedAt: row.supervisedAt ? row.supervisedAt.toISOString() : null,
    extensionDaysUsed: row.extensionDaysUsed,
    pendingExtension: row.pendingExtension,
    reopenCount: row.reopenCount,
    satisfaction: row.satisfaction as Satisfaction | null,
    feedbackTimedOut: row.feedbackTimedOut,
    clockPausedAt: row.clockPausedAt ? row.clockPausedAt.toISOString() : null,
    returnedAt: row.returnedAt ? row.returnedAt.toISOString() : null,
    linkedDates: row.linkedDates ?? {},
  };
}

/** State → row: exactly the entity's columns (`version` as given). */
export function toWorkItemRow(input: WorkItemState): WorkItemEntity {
  const state = withWorkflowDefaults(input);
  const row = new WorkItemEntity();
  Object.assign(row, {
    id: state.id,
    code: state.code,
    kind: state.kind,
    title: state.title,
    description: state.description,
    channel: state.channel,
    category: state.category,
    urgency: state.urgency,
    enterpriseId: state.enterpriseId,
    petitioner: state.petitioner,
    stage: state.stage,
    status: state.status,
    departmentId: state.departmentId,
    handlerId: state.handlerId,
    ownerLeaderId: state.ownerLeaderId,
    createdById: state.createdById,
    stageSeq: state.stageSeq,
    deadlines: state.deadlines,
    sla: state.sla,
    version: state.version,
    createdAt: new Date(state.createdAt),
    updatedAt: new Date(state.updatedAt),
    closedAt: state.closedAt ? new Date(state.closedAt) : null,
    supervisedAt: state.supervisedAt ? new Date(state.supervisedAt) : null,
    extensionDaysUsed: state.extensionDaysUsed,
    pendingExtension: state.pendingExtension,
    reopenCount: state.reopenCount,
    satisfaction: state.satisfaction,
    feedbackTimedOut: state.feedbackTimedOut,
    clockPausedAt: state.clockPausedAt ? new Date(state.clockPausedAt) : null,
    returnedAt: state.returnedAt ? new Date(state.returnedAt) : null,
    linkedDates: { ...state.linkedDates },
  });
  return row;
}
