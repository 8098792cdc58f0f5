import type { DurationUnit } from '../calendar/duration-unit.js';

/** The kinds of work item; each is a workflow definition in `kinds/`. */
export type KindId = 'petition' | 'appeal' | 'project_task' | 'hazard';

/** Every item passes these four stages in order (domain.md, "The life of an item"). */
export const STAGES = ['assign', 'handle', 'feedback', 'close'] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = [
  'pending_assignment',
  'pending_acceptance',
  'in_progress',
  'awaiting_feedback',
  'awaiting_approval',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How the item is doing against its current deadline, as shown in queues. */
export const SLA_STATES = ['normal', 'warning', 'overdue', 'supervised'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface Petitioner {
  name: string;
  phone: string | null;
  idNumber: string | null;
}

/** The deadline of one stage entry. Times are ISO-8601 instants (UTC); they are computed in Asia/Shanghai. */
export interface StageDeadline {
  stage: Stage;
  /** Which entry into the stage this deadline belongs to (see WorkItemState.stageSeq). */
  stageSeq: number;
  startedAt: string;
  dueAt: string;
  warnAt: string;
  amount: number;
  unit: DurationUnit;
  /** Set when the stage was left. */
  metAt: string | null;
}

/** The state of a work item as the rules see it: what `decide` reads and returns. */
export interface WorkItemState {
  id: string;
  code: string;
  kind: KindId;
  title: string;
  description: string;
  channel: string;
  category: string;
  urgency: Urgency;
  enterpriseId: string | null;
  petitioner: Petitioner | null;
  stage: Stage;
  status: Status;
  departmentId: string | null;
  handlerId: string | null;
  ownerLeaderId: string | null;
  createdById: string;
  /** Increments each time the item enters a stage; timers and stage jobs carry it so stale ones do nothing. */
  stageSeq: number;
  deadlines: StageDeadline[];
  sla: SlaState;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One entry of the append-only timeline. */
export interface DomainEvent {
  type: string;
  actorId: string;
  at: string;
  stage: Stage;
  data: Record<string, unknown>;
}

/** What must happen after the change is committed; each becomes one outbox row. */
export type Effect =
  | { type: 'stage_job'; stage: Stage; itemId: string; stageSeq: number }
  | { type: 'notify'; userIds: string[]; itemId: string; message: string };
