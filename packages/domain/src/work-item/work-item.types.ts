import type { ItemNotifyTopic, NotificationParams } from './notification-topic.types.js';
import type { DurationUnit } from '../calendar/duration-unit.js';

/**
 * A kind of work item: the id of a definition in the kind registry (kinds/). Open: a team adds a
 * kind by writing a definition, not by editing this type.
 */
export type KindId = string;

/** Every item passes these four stages in order (domain.md, "The life of an item"). */
export const STAGES = ['assign', 'handle', 'feedback', 'close'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The statuses of the standard workflow (workflow/standard-statuses.catalog.ts labels them).
 * A kind declares its own statuses per stage and may add any; only `closed` is universal.
 */
export const STATUSES = [
  'pending_assignment',
  'pending_acceptance',
  'in_progress',
  'awaiting_feedback',
  'awaiting_approval',
  'closed',
] as const;
export type StandardStatus = (typeof STATUSES)[number];
/** A status of some kind: the standard ones or a kind's own (checked against the kind's stages). */
export type Status = string;
/** The one status every kind ends in, in its close stage: nothing leaves it. */
export const CLOSED_STATUS = 'closed';

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
  /*
   * The fields below live in the same jsonb array as the rest of the deadline (no DB columns).
   * They are optional because rows written before the workflow engine lack them; read them
   * through `deadlineRev` and friends in workflow/deadline-timers.ts, which default them.
   */
  /** Bumped each time an approved change moves this deadline; timers carry it, so a timer for the old deadline is refused. */
  rev?: number;
  /** Amount added by approved extensions, in `unit`; dueAt = start + amount + extendedAmount (+ pausedAmount). */
  extendedAmount?: number;
  /**
   * Total time the clock of this deadline stood still (pause_clock … resume_clock), in `unit`
   * and possibly fractional: working time for working units (a working day = one day's office
   * hours), wall-clock time otherwise. dueAt and warnAt are moved later by it on the unit's clock.
   * A pause still running is not in it yet (see WorkItemState.clockPausedAt).
   */
  pausedAmount?: number;
  /** When the worker warned for this deadline (revision); a second warning is refused. */
  warnedAt?: string | null;
  /** When the worker marked this deadline (revision) overdue. */
  overdueAt?: string | null;
  /** Highest escalation level reached for this deadline (revision): 0 none, 1 department head, 2 leader. */
  escalationLevel?: number;
  /**
   * `statutory` for the item's statutory clock (WorkItemState.statutoryClock), which runs beside
   * the stage deadlines; absent for a stage entry's deadline. Its timers have ids of their own.
   */
  clock?: 'statutory';
  /**
   * `next_working_day`: a period of calendar days whose last day is not a working day ends at the
   * end of the first working day after it (民法典 on periods; the kind's `periodEnd`). Kept on the
   * deadline so every recomputation (extension, pause, re-timing) applies the same rule.
   */
  endRule?: 'next_working_day';
}

/** 满意 / 基本满意 / 不满意. */
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** An extension (延期) the handler asked for and no leader has decided yet. */
export interface PendingExtension {
  days: number;
  reason: string;
  requestedById: string;
  requestedAt: string;
  /** The handle-stage entry it was asked for; a request lapses when the item enters another stage. */
  stageSeq: number;
}

/**
 * 受理 / 不予受理: the unit's written decision on a matter it received (信访工作条例). A matter not
 * accepted ends with its notice and never reaches handling.
 */
export interface AcceptanceDecision {
  decision: 'accepted' | 'not_accepted';
  decidedAt: string;
  decidedById: string;
  /** For a refusal: the kind's reason code (an enum value of its decline action). */
  reasonCode: string | null;
  note: string | null;
}

/** The written notices (告知书) an item can have; which one exists when is workflow/notice-availability.policy.ts. */
export const NOTICE_TYPES = ['acceptance', 'rejection', 'extension', 'opinion'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];
/** How a notice reached the petitioner: 邮寄, 当面送达, 短信, 网上. */
export const NOTICE_CHANNELS = ['mail', 'in_person', 'sms', 'online'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** The latest sending of one notice. `sentOn` (YYYY-MM-DD, Asia/Shanghai) starts the petitioner's windows (复查 within 30 days of the opinion). */
export interface NoticeSent {
  sentOn: string;
  channel: NoticeChannel;
  recordedAt: string;
  recordedById: string;
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
  /*
   * Workflow fields. Optional only so that states built before the engine existed (and
   * `registerWorkItem`'s blank item) still type-check; every state `decide` or `enterStage`
   * returns has them set. Defaults: null / 0 / false (workflow/workflow-state.defaults.ts).
   */
  /** When the item was first put under supervision (督办); non-null means supervised until closed. */
  supervisedAt?: string | null;
  /** Extension days approved over the item's life, capped by the kind's extensionCapDays. */
  extensionDaysUsed?: number;
  /** The one extension request awaiting a leader, if any. */
  pendingExtension?: PendingExtension | null;
  /** How many times an unsatisfied rating sent the item back to handling. */
  reopenCount?: number;
  /** The latest rating (null before any, and after a feedback timeout). */
  satisfaction?: Satisfaction | null;
  /** True when the feedback stage timed out without a rating and the item went to closure unrated. */
  feedbackTimedOut?: boolean;
  /**
   * When the handler paused the running handle deadline's clock while waiting on the petitioner
   * (ISO instant), null when the clock runs. While set, no deadline timer fires and the stored
   * `sla` stands; resume_clock, or leaving the stage entry, credits the paused time to the deadline.
   */
  clockPausedAt?: string | null;
  /**
   * When the department sent the item back (退回) for re-routing; null once it is routed again.
   * The dispatcher board's "returned" column reads it, so the column is a scope like the others.
   */
  returnedAt?: string | null;
  /**
   * Dates taken from records the item is linked to, by name (YYYY-MM-DD, Asia/Shanghai), set by
   * the shell that owns those records: e.g. `project_node`, a project node's planned finish. A
   * stage whose deadline rule names one (DeadlineRule.fromDate) is due on it.
   */
  linkedDates?: Readonly<Record<string, string>>;
  /*
   * The statute's fields (信访工作条例), used by kinds that declare the matching rules.
   */
  /** The day the matter was received (YYYY-MM-DD, Asia/Shanghai); may precede registration. Deadlines whose rule says `startsFrom: 'received'` count from it. */
  receivedOn?: string | null;
  /** The 受理 / 不予受理 decision, null until taken (and for kinds without one). */
  acceptance?: AcceptanceDecision | null;
  /**
   * The one statutory clock of the item (KindDefinition.statutoryClock): from 受理 (or from
   * receipt, for the review kinds) to 办结, running inside and beside the stage deadlines, so a
   * reopening or a refused closure never restarts it. Approved extensions move it.
   */
  statutoryClock?: StageDeadline | null;
  /** How many extensions were approved (a kind allows `extensionLimit`, one by default). */
  extensionCount?: number;
  /**
   * When the routed department's objection window closes (异议期: routing + KindDefinition.objectionWindow,
   * on the calendar), set by assign and transfer; null for kinds without a window. Stored, so the
   * return's check needs no calendar.
   */
  objectionUntil?: string | null;
  /** When the latest answer (答复) was given; the 处理意见书 exists from then on. */
  answeredAt?: string | null;
  /** Each notice's latest sending (channel and date). */
  notices?: Readonly<Partial<Record<NoticeType, NoticeSent>>>;
  /** The item this one reviews (复查 of a petition, 复核 of a 复查), null for others. */
  reviewOfId?: string | null;
  /** 重复件: the earlier, closed item this one repeats (same petitioner, same matter), null for others. */
  repeatOfId?: string | null;
  /** The key project the item belongs to (a project task, KindDefinition.links.project), null for others. */
  projectId?: string | null;
  /** The project's node the item concerns (its key in the plan), null for none. */
  projectNodeKey?: string | null;
}

// The timeline's events are a union typed by their data (timeline-event.types.ts).
export type { DomainEvent } from './timeline-event.types.js';

/**
 * Groups of people the shell resolves to user ids when the domain cannot name them (it reads no
 * user table). Department audiences use the effect's `departmentId`, company audiences its
 * `enterpriseId`; `leaders` means every user with the leader role; `command_centre_leader` the
 * leader in charge (分管) of the command centre's department (close-out/close-out-notice.ts).
 */
export const NOTIFY_AUDIENCES = [
  'dispatchers',
  'department_handlers',
  'department_head',
  'department_leaders',
  'leaders',
  'enterprise_contacts',
  'liaisons',
  'command_centre_leader',
] as const;
export type NotifyAudience = (typeof NOTIFY_AUDIENCES)[number];

/**
 * What a deadline timer checks when it fires; each maps to one system action (workflow/deadline-timer.policy.ts).
 * `timeout` is for stages whose deadline moves the item on instead of going overdue: the kind's
 * stage names the system action it takes (StageDefinition.onDue).
 */
export const TIMER_CHECKS = ['warn', 'overdue', 'escalate', 'timeout'] as const;
export type TimerCheck = (typeof TIMER_CHECKS)[number];

export interface NotifyEffect {
  type: 'notify';
  /** Users known by id (handler, owner leader, a named user); may be empty when `audience` names the target. */
  userIds: string[];
  itemId: string;
  /** What happened, as a code the client words in its language (notification-topic.types.ts). */
  topic: ItemNotifyTopic;
  /** What the client's sentence for the topic needs (notify() pairs each topic with its own). */
  params: NotificationParams<ItemNotifyTopic>;
  /** A group the shell resolves to users and adds to `userIds`. */
  audience?: NotifyAudience;
  departmentId?: string;
  enterpriseId?: string;
}

/**
 * A delayed check of one deadline revision. `timerId` is deterministic (use it as the job id):
 * re-emitting the same timer never doubles it, and an extension gives new ids (new `deadlineRev`).
 */
export interface ScheduleTimerEffect {
  type: 'schedule_timer';
  timerId: string;
  itemId: string;
  stage: Stage;
  stageSeq: number;
  deadlineRev: number;
  check: TimerCheck;
  /** Escalation level, for `escalate` only. */
  level?: number;
  /** ISO instant the check is due. */
  at: string;
  /** `statutory` for a timer of the item's statutory clock; absent for the stage entry's deadline. */
  clock?: 'statutory';
}

/** Timers that can no longer matter (the stage was left or its deadline moved); removing them is an optimisation, a stale timer is refused anyway. */
export interface CancelTimersEffect {
  type: 'cancel_timers';
  itemId: string;
  timerIds: string[];
}

/** What must happen after the change is committed; each becomes one outbox row. */
export type Effect =
  | { type: 'stage_job'; stage: Stage; itemId: string; stageSeq: number }
  | NotifyEffect
  | ScheduleTimerEffect
  | CancelTimersEffect;
