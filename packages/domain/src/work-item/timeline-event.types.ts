import type { EscalationStep } from '../kinds/kind-definition.js';
import type { EventAudience } from '../roles/event-audience.js';
import type { DurationUnit } from '../calendar/duration-unit.js';
import type { KindId, NoticeChannel, NoticeType, Satisfaction, Stage, Status } from './work-item.types.js';

/*
 * 时间线事件：每种事件类型及其数据形状，一处定义。
 * Timeline events: every event type the domain writes and the shape of its data, in one place.
 * Handlers build events through `eventOf`, which is typed by this map, so a handler writing a
 * field the map lacks, or missing one, does not compile; readers (the api's contract, the web's
 * summaries) switch over the same union and are told by the compiler when a type is added.
 * Data shapes are type aliases, not interfaces: they must stay assignable to the jsonb column's
 * `Record<string, unknown>`. Instants are ISO-8601 strings; ids are user/department ids.
 */
export type TimelineEventData = {
  /** 登记. `departmentId` when the dispatcher routed it at once; `windowOverride` when an administrator took a review after its window (the reason, and the window's last day). */
  registered: { kind: KindId; channel: string; category: string; departmentId: string | null; windowOverride?: { reason: string; lastDay: string } };
  /** The assign stage's automatic routing (route-by-rule.ts): routed by a category rule, or no rule matched. */
  stage_job_processed: { result: 'routed'; departmentId: string; rule: string } | { result: 'no_rule'; category: string };
  /** 交办 */
  assigned: { departmentId: string; handlerId: string | null; previousDepartmentId: string | null };
  /** 签收 */
  accepted: { departmentId: string | null; handlerId: string };
  /** 退回 */
  returned: { departmentId: string | null; reason: string };
  /** 转办 */
  transferred: { fromDepartmentId: string | null; toDepartmentId: string; reason: string };
  /** 申请延期 */
  extension_requested: { days: number; reason: string };
  /** 批准延期: the running deadline moved from `previousDueAt` to `dueAt`. */
  extension_approved: {
    days: number;
    comment: string | null;
    previousDueAt: string;
    dueAt: string;
    /** The handler's reason (events before the 延期告知书 lack it). */
    reason?: string;
    /** The statutory clock moved too (kinds that have one). */
    previousStatutoryDueAt?: string;
    statutoryDueAt?: string;
  };
  /** 驳回延期 */
  extension_rejected: { days: number; comment: string | null };
  /** 申请上级协调 */
  coordination_requested: { reason: string };
  /** 暂停计时 (waiting on the petitioner) of the handle deadline of stage entry `stageSeq`. */
  clock_paused: { reason: string; stageSeq: number; dueAt: string; note?: string };
  /** 恢复计时: this pause and all pauses so far, in the deadline's `unit`; the deadline moved by the pause. */
  clock_resumed: {
    comment: string | null;
    stageSeq: number;
    pausedAt: string;
    pausedAmount: number;
    totalPausedAmount: number;
    unit: DurationUnit;
    previousDueAt: string;
    dueAt: string;
  };
  /** 答复 */
  replied: { content: string };
  /** 回访: an unsatisfied rating reopens the item. */
  feedback_recorded: { satisfaction: Satisfaction; comment: string | null; reopened: boolean };
  /** 批准办结 */
  closure_approved: { comment: string | null };
  /** 驳回办结 */
  closure_rejected: { comment: string };
  /** 督办: `first` when the item was not supervised before. */
  supervised: { comment: string; first: boolean };
  /** 设置包案领导 */
  owner_set: { leaderUserId: string; previousOwnerLeaderId: string | null };
  /** 备注: its audience is its author's choice (roles/event-audience.ts). */
  commented: { text: string };
  /** Deadline timers (system.handlers.ts), each for one stage entry's deadline, or with `clock` for the statutory clock. */
  warned: { stageSeq: number; dueAt: string; clock?: 'statutory' };
  overdue: { stageSeq: number; dueAt: string; clock?: 'statutory' };
  escalated: { stageSeq: number; level: number; audience: EscalationStep['audience']; dueAt: string; clock?: 'statutory' };
  feedback_timed_out: { stageSeq: number; dueAt: string };
  /** 受理: the statutory clock started with it (null for kinds without one). */
  matter_accepted: { note: string | null; statutoryDueAt: string | null };
  /** 不予受理 / 不再受理, with the kind's reason code. */
  matter_declined: { reason: string; note: string | null };
  /** A written notice (告知书) reached the petitioner. */
  notice_sent: { notice: NoticeType; channel: NoticeChannel; sentOn: string };
  /**
   * 期限重算: a loaded year's holiday arrangement (calendar/arrangement.types.ts) moved the running
   * deadline of stage entry `stageSeq` (workflow/retime.policy.ts); `year` is the arrangement's.
   */
  deadline_retimed: { stageSeq: number; fromDueAt: string; toDueAt: string; year: number; clock?: 'statutory'; linkedDate?: string };
  /** A kind's own step bound to `advance` (generic.handlers.ts), by the kind's action name. */
  advanced: { action: string; fromStatus: Status; toStatus: Status; comment: string | null };
  /** A kind's own choice bound to `choose_outcome`: the outcome the actor picked. */
  outcome_recorded: { action: string; outcome: string; fromStatus: Status; toStatus: Status; comment: string | null };
};

export type EventType = keyof TimelineEventData;

/**
 * Every event type, as a value. The object is checked against the map both ways (a type missing
 * here, or one here the map lacks, fails to compile), so the list cannot drift from the map.
 */
const EVENT_TYPE_FLAGS = {
  registered: true,
  stage_job_processed: true,
  assigned: true,
  accepted: true,
  returned: true,
  transferred: true,
  extension_requested: true,
  extension_approved: true,
  extension_rejected: true,
  coordination_requested: true,
  clock_paused: true,
  clock_resumed: true,
  replied: true,
  feedback_recorded: true,
  closure_approved: true,
  closure_rejected: true,
  supervised: true,
  owner_set: true,
  commented: true,
  warned: true,
  overdue: true,
  escalated: true,
  feedback_timed_out: true,
  matter_accepted: true,
  matter_declined: true,
  notice_sent: true,
  deadline_retimed: true,
  advanced: true,
  outcome_recorded: true,
} as const satisfies Record<EventType, true>;

export const EVENT_TYPES = Object.keys(EVENT_TYPE_FLAGS) as readonly EventType[];

/** For readers of stored events (the type column is text): whether the domain knows this type. */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_TYPE_FLAGS, type);
}

/** One timeline entry of type `T`. */
export type TimelineEventOf<T extends EventType> = {
  type: T;
  actorId: string;
  at: string;
  stage: Stage;
  data: TimelineEventData[T];
  /** Who the event is for (roles/event-audience.ts): the company contact reads only `public` ones. */
  audience: EventAudience;
};

/** One entry of the append-only timeline: the union over every type, so `type` narrows `data`. */
export type DomainEvent = { [T in EventType]: TimelineEventOf<T> }[EventType];

/** Just what an event says (type and data), for readers that do not need who and when. */
export type TimelineEventBody = { [T in EventType]: { type: T; data: TimelineEventData[T] } }[EventType];
