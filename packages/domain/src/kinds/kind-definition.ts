import type { DurationUnit } from '../calendar/duration-unit.js';
import { addDuration } from '../calendar/deadline.js';
import { workingDaysUntil } from '../calendar/working-days-until.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { Label } from '../catalog/label.js';
import type { Role } from '../roles/role.js';
import type { ActionDefinition, ActionName } from '../workflow/action-definition.types.js';
import type { KindId, Stage, Status, WorkItemState } from '../work-item/work-item.types.js';

/** A time limit of one stage: `amount` in `unit`, with a shorter limit for urgent items where the kind has one. */
export interface DeadlineRule {
  amount: number;
  unit: DurationUnit;
  urgentAmount?: number;
  /**
   * The name of a date the item carries from a linked record (WorkItemState.linkedDates, e.g.
   * `project_node` for a project task whose handling must finish by its node's planned date).
   * When the item has that date, the stage's limit is the working days from the stage's start to
   * it; without it, `amount` applies.
   */
  fromDate?: string;
  /**
   * `received`: the item's first stage entry (its registration) counts from the day the matter was
   * received (WorkItemState.receivedOn, 收到之日), which may precede registration. The 15 days to
   * decide on a petition run from receipt, whoever registered it when; later entries of the stage
   * (after 受理, a transfer) count from their own start.
   */
  startsFrom?: 'received';
}

/**
 * A statutory limit over the whole matter (信访工作条例: answer within 60 days of 受理), kept apart
 * from the stage deadlines: it starts once, is never restarted by a reopening or a refused
 * closure, is moved only by approved extensions (and by pauses, for kinds that may pause), and
 * is met at 办结. Its timers warn, mark overdue and escalate like a stage deadline's.
 */
export interface StatutoryClockRule {
  label: Label;
  amount: number;
  unit: DurationUnit;
  /** `acceptance`: from the 受理 decision. `received`: from the day the request was received (复查 and 复核 answer within 30 days of it). */
  startsOn: 'acceptance' | 'received';
}

/** What an item of a review kind (复查, 复核) reviews, and the window to ask for it. */
export interface ReviewRule {
  /** The kind of the reviewed item. */
  of: KindId;
  /** The window from the day the reviewed item's 处理意见书 (opinion notice) was sent: 30 days. */
  window: { amount: number; unit: DurationUnit };
}

/**
 * 重复件: a kind whose items count repeats. A closed item is closed for good (案结事了); a later
 * complaint on the same matter is registered as a new item linked to the earlier one
 * (WorkItemState.repeatOfId), and counts as a repeat in the statistics.
 */
export interface RepeatRule {
  /** The kinds of the earlier item a repeat may name (closed items of these kinds). */
  of: readonly KindId[];
}

export interface StageDefinition {
  /** The statuses of this stage, in the kind's own words; the first of the assign stage is where a new item starts. */
  statuses: readonly Status[];
  deadline: DeadlineRule;
  /**
   * What happens when the stage's deadline passes. Absent: the deadline goes overdue and
   * escalates (mark_overdue, escalate). `{ timeout }`: the worker takes that system action of the
   * kind, which moves the item on (the feedback stage, where the missing party is the
   * petitioner, not a handler who can be chased).
   */
  onDue?: { timeout: ActionName };
}

/** Whether an item of the kind must, may or may not carry a link (a petitioner, an enterprise). */
export type LinkRule = 'required' | 'optional' | 'none';

/**
 * One step of escalation while a deadline stays overdue, `after` measured from the deadline.
 * Level = position + 1. `department_head` alerts the head of the item's department (the
 * dispatchers when it has none); `leader` the owner leader, else the department's leaders.
 */
export interface EscalationStep {
  after: { amount: number; unit: DurationUnit };
  audience: 'department_head' | 'leader';
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
  /** The four stages are the universal skeleton; what happens inside each is the kind's. */
  stages: Readonly<Record<Stage, StageDefinition>>;
  /** A label for every status the stages declare (the definition check insists). */
  statusLabels: Readonly<Record<Status, Label>>;
  /** Share of the allowed time after which the item turns amber (warning). */
  warnShare: number;
  /** Total extension days allowed over the item's life. */
  extensionCapDays: number;
  /**
   * What the enterprise an item names is to it. `raised_by`: the company raised it (an appeal),
   * so its contacts and liaison cadres see the item and take part. `concerns`: the company is
   * what the item complains about (a petition naming it), so under the 信访工作条例's
   * confidentiality rule neither its contacts nor its liaison cadres (who speak for it) may see
   * the item, the complainant or any of its materials.
   */
  enterpriseLink: 'raised_by' | 'concerns';
  /**
   * The links an item of the kind carries: a petitioner (name, phone, ID number) and an
   * enterprise. Registration refuses an item without a required link and drops one the kind
   * does not have.
   */
  links: {
    petitioner: LinkRule;
    enterprise: LinkRule;
    /**
     * A key project (重点项目) the item belongs to (project tasks, 问题清单): `projectId` at
     * registration, optionally with the node it concerns. Absent: none.
     */
    project?: LinkRule;
  };
  /** The actions of this kind, by name: who, when, with what input, which transition and where it leads. */
  actions: Readonly<Record<ActionName, ActionDefinition>>;
  /** Escalation steps after an overdue deadline, in order. */
  escalation: readonly EscalationStep[];
  /*
   * Rules of the statute (信访工作条例), each absent for kinds it does not bind.
   */
  /** The one statutory clock of an item (see StatutoryClockRule). */
  statutoryClock?: StatutoryClockRule;
  /** How many extensions may be approved over the item's life (besides the day cap). Absent: one (parks usually allow a single extension). */
  extensionLimit?: number;
  /**
   * 异议期: a department sent a matter outside its remit may send it back (退回) only within this
   * time of its routing (5 working days for petitions). Absent: the assign deadline bounds it.
   */
  objectionWindow?: { amount: number; unit: DurationUnit };
  /**
   * `next_working_day`: a period of calendar days whose last day is not a working day ends at the
   * end of the first working day after it (民法典 第二百零三条, 法定休假日 being the rest days of
   * the official calendar, weekends included). Applies to the kind's calendar-day deadlines, its
   * statutory clock and its review window.
   */
  periodEnd?: 'next_working_day';
  /** For a review kind: what it reviews and the window to ask (see ReviewRule). */
  review?: ReviewRule;
  /** For a kind that counts repeats (重复件): which earlier items one may repeat (see RepeatRule). Absent: no repeats. */
  repeats?: RepeatRule;
}

/** When a department routed at `from` may no longer send the item back (异议期), or null for kinds without the window. */
export function objectionWindowEnd(kind: Pick<KindDefinition, 'objectionWindow'>, from: Date, calendar: WorkCalendar): string | null {
  const window = kind.objectionWindow;
  return window ? addDuration(calendar, from, window.amount, window.unit).due.toISOString() : null;
}

/** How many extensions the kind allows over an item's life. */
export function extensionLimitOf(kind: Pick<KindDefinition, 'extensionLimit'>): number {
  return kind.extensionLimit ?? 1;
}

/** The status a new item of the kind starts in: the first of its assign stage. */
export function initialStatus(kind: KindDefinition): Status {
  const first = kind.stages.assign.statuses[0];
  if (first === undefined) throw new Error(`${kind.id} has no assign status`);
  return first;
}

export function stageHasStatus(kind: KindDefinition, stage: Stage, status: Status): boolean {
  return kind.stages[stage].statuses.includes(status);
}

/** The action of the kind by name (own properties only: `toString` is not an action). */
export function kindAction(kind: KindDefinition, name: string): ActionDefinition | undefined {
  return Object.hasOwn(kind.actions, name) ? kind.actions[name] : undefined;
}

/** The kind's name for one value of a choice input (an outcome's 复查通过 / Passed), or null when it gives none. */
export function choiceLabel(def: ActionDefinition, field: string, value: string): Label | null {
  const spec = Object.hasOwn(def.inputs, field) ? def.inputs[field] : undefined;
  return spec?.type === 'enum' && spec.labels && Object.hasOwn(spec.labels, value) ? spec.labels[value]! : null;
}

/** Whether a person may take the action at all (system actions are the worker's). */
export function isHumanAction(def: ActionDefinition): boolean {
  return !def.parties.includes('system');
}

/**
 * Extension days the item may still ask for: the kind's cap (as the park configured it) less the
 * days already approved. Exported so a client's hint and the request_extension check agree.
 */
export function remainingExtensionDays(item: { extensionDaysUsed: number }, kind: Pick<KindDefinition, 'extensionCapDays'>): number {
  return Math.max(0, kind.extensionCapDays - item.extensionDaysUsed);
}

/** The limit of a stage entry starting at `start`: the linked date where the rule names one the item has, else the amount (urgent or not). */
export function stageDeadlineRule(
  kind: KindDefinition,
  stage: Stage,
  item: Pick<WorkItemState, 'urgency' | 'linkedDates'>,
  start: Date,
  calendar: WorkCalendar,
): { amount: number; unit: DurationUnit } {
  const rule = kind.stages[stage].deadline;
  const linked = rule.fromDate !== undefined ? item.linkedDates?.[rule.fromDate] : undefined;
  if (linked !== undefined) return { amount: workingDaysUntil(calendar, start, linked), unit: 'working_days' };
  const amount = item.urgency === 'urgent' && rule.urgentAmount !== undefined ? rule.urgentAmount : rule.amount;
  return { amount, unit: rule.unit };
}
