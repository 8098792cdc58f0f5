import type { Label } from '../catalog/label.js';

/*
 * 通知：主题代码加参数，由客户端按界面语言措辞。
 * Notifications: a topic code and its parameters, which the client words in its language (the
 * web's i18n catalogues). The domain writes no sentence: it knew only zh-CN, and a sentence
 * stored in one language cannot be shown in another. Parameters are what the sentence needs,
 * as they were when the notice was sent (an item's title may change later).
 */
/** A topic whose sentence needs nothing beyond the item. */
type NoParams = Record<never, never>;

export type NotificationParamsMap = {
  /** 已交办，请签收 */
  assigned: NoParams;
  /** 已签收，请办理 (to the handler a department head signed for) */
  accepted: NoParams;
  /** 被退回 */
  returned: { reason: string };
  /** 已转办至你部门 */
  transferred: { reason: string };
  /** 回访不满意，退回重办 */
  reopened: { comment: string | null };
  /** 请审批办结: after a rating, or after the feedback stage timed out unrated. */
  closure_requested: { feedbackTimedOut: boolean };
  /** 已办结 */
  closed: NoParams;
  /** 办结未获批准 */
  closure_rejected: { comment: string };
  /** 申请延期，请审批 */
  extension_requested: { days: number };
  /** 延期已批准 */
  extension_approved: { days: number };
  /** 延期申请未获批准 */
  extension_rejected: { comment: string | null };
  /** 申请上级协调 */
  coordination_requested: { reason: string };
  /** 暂停计时（等待当事人） */
  /** `reasonLabel`: the kind's words for a listed reason (an appeal's, a 复核's hearing); absent for free text. */
  clock_paused: { reason: string; reasonLabel?: Label };
  /** 恢复计时，办理期限顺延至 (an ISO instant; the client shows it in Beijing time) */
  clock_resumed: { dueAt: string };
  /** 已答复，请回访评价 */
  replied: NoParams;
  /** 督办 */
  supervised: { comment: string };
  /** 请您包案 */
  owner_set: NoParams;
  /** 临近办理期限 */
  warned: { dueAt: string };
  /** 已超期 */
  overdue: NoParams;
  /** 超期未办，升级提醒 */
  escalated: { level: number };
  /**
   * A kind's own step (generic.handlers.ts). The action's label travels with the notice: the
   * kind is data the client may not have, and it may change after the notice was sent.
   */
  advanced: { action: string; label: Label };
  /** A kind's own choice; `outcome` is the outcome's name as the kind defines it. */
  outcome_recorded: { action: string; label: Label; outcome: string; outcomeLabel: Label | null };
  /**
   * 每日清零: a day's close-out ran (close-out/); how many items it listed for each reason. About
   * the day, not one item: the notice names no item, the ledger of `day` holds the list.
   */
  close_out: { day: string; unsigned: number; overdue: number };
  /**
   * A key project's node (projects/node-deadline.rule.ts): due within the amber window, overdue,
   * still overdue and escalated. `code` and `title` are the project's; the notice names no item.
   */
  project_node_due_soon: ProjectNodeNotice;
  project_node_overdue: ProjectNodeNotice;
  project_node_escalated: ProjectNodeNotice;
};

/** A node notice's own parameters: the project, the node and its dates (dueAt an ISO instant). */
export interface ProjectNodeNotice {
  projectId: string;
  nodeKey: string;
  node: Label;
  plannedFinish: string;
  dueAt: string;
}

export type NotifyTopic = keyof NotificationParamsMap;

/** Topics about a day rather than one item: sent by the worker itself, never by a decision. */
export type DayNotifyTopic = 'close_out';
/** Topics about a key project's node: sent by the worker's node timers, never by a decision. */
export type ProjectNotifyTopic = 'project_node_due_soon' | 'project_node_overdue' | 'project_node_escalated';
/** Topics about one item: what decisions send (NotifyEffect). */
export type ItemNotifyTopic = Exclude<NotifyTopic, DayNotifyTopic | ProjectNotifyTopic>;

/** Every notice of an item names it, by code and title as they were when it was sent. */
export type NotifiedItem = { code: string; title: string };

/** The parameters a notice of `T` carries: its item (for an item's topic) and the topic's own. */
export type NotificationParams<T extends NotifyTopic = NotifyTopic> = T extends DayNotifyTopic ? NotificationParamsMap[T] : NotifiedItem & NotificationParamsMap[T];

/** Every topic, checked against the map both ways like EVENT_TYPES. */
const NOTIFY_TOPIC_FLAGS = {
  assigned: true,
  accepted: true,
  returned: true,
  transferred: true,
  reopened: true,
  closure_requested: true,
  closed: true,
  closure_rejected: true,
  extension_requested: true,
  extension_approved: true,
  extension_rejected: true,
  coordination_requested: true,
  clock_paused: true,
  clock_resumed: true,
  replied: true,
  supervised: true,
  owner_set: true,
  warned: true,
  overdue: true,
  escalated: true,
  advanced: true,
  outcome_recorded: true,
  close_out: true,
  project_node_due_soon: true,
  project_node_overdue: true,
  project_node_escalated: true,
} as const satisfies Record<NotifyTopic, true>;

export const NOTIFY_TOPICS = Object.keys(NOTIFY_TOPIC_FLAGS) as readonly NotifyTopic[];

/** For readers of stored notifications (the topic column is text). */
export function isNotifyTopic(topic: string): topic is NotifyTopic {
  return Object.hasOwn(NOTIFY_TOPIC_FLAGS, topic);
}
