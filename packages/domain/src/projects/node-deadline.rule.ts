import type { Label } from '../catalog/label.js';
import { addDuration } from '../calendar/deadline.js';
import { closingMinute } from '../calendar/office-hours.js';
import { assertDate, shanghaiMinuteMs } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { DEFAULT_DUE_SOON_WORKING_DAYS } from './node-status.rule.js';
import { createWorkingDayLine } from './working-day-line.js';
import type { NotificationParams, ProjectNotifyTopic } from '../work-item/notification-topic.types.js';
import { CalendarInputError } from '../calendar/calendar-input.error.js';

/*
 * 节点时限: a key project's unfinished node is timed like a work item's deadline, through the
 * deadline queue, with a warning, an overdue notice and an escalation. Pure: the api and the
 * worker's reconcile ask `nodeTimers` which timers should exist; the worker asks
 * `nodeTimerOutcome` what a firing one does.
 *
 * - due: the close of office hours (17:30) of the node's planned finish — the last working day
 *   on or before it — the instant a project task tied to the node falls due too (fromDate);
 * - warning: the opening of office hours of the working day `dueSoonWorkingDays` (3) working days
 *   before the planned finish: the very day `nodeStatus` turns the node amber (due_soon), so the
 *   notice and the colour agree;
 * - escalation: `escalateAfterWorkingDays` (2) working days after due, at that day's close.
 *
 * Who hears of it (the 首席服务官 and the 专班 push the project; the departments answer for it):
 * - warning: the chief service officer and the push team;
 * - overdue: those, and the heads (部门负责人) of the node's department and of the project's departments;
 * - escalation: those, and also the leaders in charge (分管领导) of the same departments.
 *
 * A timer's identity carries the node's planned finish (its revision): a re-plan that moves the
 * node gives its timers new ids, so they are scheduled anew and not swallowed by the queue's
 * de-duplication, while the old ones find the plan moved and do nothing.
 */

export type NodeTimerCheck = 'warn' | 'overdue' | 'escalate';
export const NODE_TIMER_CHECKS: readonly NodeTimerCheck[] = ['warn', 'overdue', 'escalate'];

export const DEFAULT_NODE_ESCALATION_WORKING_DAYS = 2;

/** What the rule reads of a project: a stored project row has it. */
export interface NodeDeadlineProject {
  id: string;
  code: string;
  name: string;
  archived: boolean;
  chiefOfficerId: string;
  pushTeamIds: readonly string[];
  departmentIds: readonly string[];
  nodes: readonly NodeDeadlineNode[];
}

export interface NodeDeadlineNode {
  key: string;
  name: Label;
  plannedFinish: string;
  actualFinish: string | null;
  departmentId: string | null;
}

export interface NodeDeadlineOptions {
  /** Warn this many working days before the planned finish (the amber window of nodeStatus); default 3. */
  dueSoonWorkingDays?: number;
  /** Escalate this many working days after due; default 2. */
  escalateAfterWorkingDays?: number;
}

/** One delayed check of one node at one planned finish. */
export interface NodeTimer {
  /** Deterministic, a valid BullMQ job id (no ':'). */
  timerId: string;
  projectId: string;
  nodeKey: string;
  /** The revision: the planned finish the timer was computed for. */
  plannedFinish: string;
  check: NodeTimerCheck;
  /** ISO instant. */
  at: string;
}

export interface NodeDeadline {
  warnAt: Date;
  dueAt: Date;
  escalateAt: Date;
}

export function nodeTimerId(projectId: string, nodeKey: string, plannedFinish: string, check: NodeTimerCheck): string {
  return `pn-${projectId}-${nodeKey}-${plannedFinish}-${check}`;
}

function wholeDays(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new CalendarInputError(`${name} must be a whole number ≥ 0, got ${n}`);
  return n;
}

/** The three instants of a node planned to finish on `plannedFinish`. */
export function nodeDeadline(plannedFinish: string, calendar: WorkCalendar, options: NodeDeadlineOptions = {}): NodeDeadline {
  assertDate(plannedFinish);
  const dueSoon = wholeDays(options.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS, 'dueSoonWorkingDays');
  const after = wholeDays(options.escalateAfterWorkingDays ?? DEFAULT_NODE_ESCALATION_WORKING_DAYS, 'escalateAfterWorkingDays');
  const line = createWorkingDayLine(calendar, plannedFinish);
  const dueDay = line.onOrBefore(plannedFinish);
  const dueAt = new Date(shanghaiMinuteMs(line.dateOf(dueDay), closingMinute(calendar.officeHours)));
  // nodeStatus is amber from the first day whose last working day is `dueSoon` before the finish's.
  const opening = calendar.officeHours.periods[0]!.start;
  const warnAt = new Date(shanghaiMinuteMs(line.dateOf(dueDay - dueSoon), opening));
  const escalateAt = addDuration(calendar, dueAt, after, 'working_days').due;
  return { warnAt, dueAt, escalateAt };
}

/**
 * The timers that should exist for the project now: for every unfinished node of a project not
 * archived, its overdue and escalation checks (past ones too: they fire at once and record the
 * lateness once), and its warning while the node is not yet due (a warning after the due instant
 * would only precede the overdue notice). `recorded` are timer ids whose check the history
 * already holds (node_overdue / node_escalated rows): they are not asked for again.
 */
export function nodeTimers(project: NodeDeadlineProject, now: Date, calendar: WorkCalendar, recorded: ReadonlySet<string> = new Set(), options: NodeDeadlineOptions = {}): NodeTimer[] {
  if (project.archived) return [];
  const timers: NodeTimer[] = [];
  for (const node of project.nodes) {
    if (node.actualFinish != null) continue;
    const d = nodeDeadline(node.plannedFinish, calendar, options);
    const at: Record<NodeTimerCheck, Date> = { warn: d.warnAt, overdue: d.dueAt, escalate: d.escalateAt };
    for (const check of NODE_TIMER_CHECKS) {
      if (check === 'warn' && (now.getTime() >= d.dueAt.getTime() || d.warnAt.getTime() >= d.dueAt.getTime())) continue;
      const timerId = nodeTimerId(project.id, node.key, node.plannedFinish, check);
      if (recorded.has(timerId)) continue;
      timers.push({ timerId, projectId: project.id, nodeKey: node.key, plannedFinish: node.plannedFinish, check, at: at[check].toISOString() });
    }
  }
  return timers;
}

/** Who is told: users by id, and the heads or leaders of departments the worker resolves. */
export interface NodeTimerAudience {
  userIds: string[];
  departmentHeadsOf: string[];
  departmentLeadersOf: string[];
}

export type NodeNotifyTopic = ProjectNotifyTopic;

/** The notice's parameters: the project (as code and title, like an item's), the node and its dates. */
export type NodeNoticeParams = NotificationParams<NodeNotifyTopic>;

export type NodeTimerSkip = 'project_missing' | 'project_archived' | 'node_missing' | 'node_finished' | 'plan_moved' | 'superseded';

export type NodeTimerOutcome =
  | { act: false; reason: NodeTimerSkip }
  | {
      act: true;
      check: NodeTimerCheck;
      topic: NodeNotifyTopic;
      params: NodeNoticeParams;
      audience: NodeTimerAudience;
      /** The project history row to write (none for a warning: the amber colour already says it). */
      history: { type: 'node_overdue' | 'node_escalated'; summary: Label; data: Record<string, unknown> } | null;
    };

const TOPICS: Record<NodeTimerCheck, NodeNotifyTopic> = { warn: 'project_node_due_soon', overdue: 'project_node_overdue', escalate: 'project_node_escalated' };

/**
 * What a firing timer does, on the project as it is now (null: it no longer exists). Nothing when
 * the project is gone or archived, the node is gone or finished, the node's planned finish is no
 * longer the timer's, or a warning fires once the node is already due.
 */
export function nodeTimerOutcome(project: NodeDeadlineProject | null, timer: Pick<NodeTimer, 'timerId' | 'nodeKey' | 'plannedFinish' | 'check'>, now: Date, calendar: WorkCalendar, options: NodeDeadlineOptions = {}): NodeTimerOutcome {
  if (!project) return { act: false, reason: 'project_missing' };
  if (project.archived) return { act: false, reason: 'project_archived' };
  const node = project.nodes.find((n) => n.key === timer.nodeKey);
  if (!node) return { act: false, reason: 'node_missing' };
  if (node.actualFinish != null) return { act: false, reason: 'node_finished' };
  if (node.plannedFinish !== timer.plannedFinish) return { act: false, reason: 'plan_moved' };
  const d = nodeDeadline(node.plannedFinish, calendar, options);
  if (timer.check === 'warn' && now.getTime() >= d.dueAt.getTime()) return { act: false, reason: 'superseded' };
  const departments = [...new Set([node.departmentId, ...project.departmentIds].filter((id): id is string => id != null))];
  const audience: NodeTimerAudience = {
    userIds: [...new Set([project.chiefOfficerId, ...project.pushTeamIds])],
    departmentHeadsOf: timer.check === 'warn' ? [] : departments,
    departmentLeadersOf: timer.check === 'escalate' ? departments : [],
  };
  const params: NodeNoticeParams = { code: project.code, title: project.name, projectId: project.id, nodeKey: node.key, node: node.name, plannedFinish: node.plannedFinish, dueAt: d.dueAt.toISOString() };
  const data = { node: node.key, plannedFinish: node.plannedFinish, dueAt: d.dueAt.toISOString(), timerId: timer.timerId };
  const history =
    timer.check === 'overdue'
      ? { type: 'node_overdue' as const, summary: { zh: `节点“${node.name.zh}”超期（计划完成 ${node.plannedFinish}）`, en: `Node "${node.name.en}" overdue (planned finish ${node.plannedFinish})` }, data }
      : timer.check === 'escalate'
        ? { type: 'node_escalated' as const, summary: { zh: `节点“${node.name.zh}”超期未完成，升级提醒分管领导`, en: `Node "${node.name.en}" still overdue: escalated to the leaders in charge` }, data }
        : null;
  return { act: true, check: timer.check, topic: TOPICS[timer.check], params, audience, history };
}
