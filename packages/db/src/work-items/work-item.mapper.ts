import type { KindId, SlaState, Stage, Status, Urgency, WorkItemState } from '@parkflow/domain';
import { WorkItemEntity } from '../entities/work-item.entity.js';

/** Row → the state the rules read. */
export function toWorkItemState(row: WorkItemEntity): WorkItemState {
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
  };
}

/** State → row (every column; `version` as given). */
export function toWorkItemRow(state: WorkItemState): WorkItemEntity {
  const row = new WorkItemEntity();
  Object.assign(row, {
    ...state,
    createdAt: new Date(state.createdAt),
    updatedAt: new Date(state.updatedAt),
    closedAt: state.closedAt ? new Date(state.closedAt) : null,
  });
  return row;
}
