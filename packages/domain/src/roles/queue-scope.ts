import { withWorkflowDefaults } from '../workflow/workflow-state.defaults.js';
import type { SlaState, Stage, StageDeadline, Status, WorkItemState } from '../work-item/work-item.types.js';
import { runningDeadline } from '../workflow/sla-state.policy.js';
import { runningStatutoryClock } from '../workflow/deadline-timer.policy.js';
import type { KindId } from '../work-item/work-item.types.js';
import { hasRole, type Actor } from './role.js';

/**
 * One condition on an item: every field given must hold. The API turns clauses into SQL and
 * `matchesScope` applies them to one item, so each queue's rule is written once, here.
 */
export interface ScopeClause {
  /** In one of these stages (the universal skeleton: what a clause about any kind's statuses can say). */
  stageIn?: readonly Stage[];
  statusIn?: readonly Status[];
  statusNot?: Status;
  handlerId?: string;
  handlerIsNull?: boolean;
  /** A user id, or null for "no owner leader". */
  ownerLeaderId?: string | null;
  createdById?: string;
  departmentIdIn?: readonly string[];
  /** Routed to no department yet. */
  departmentIsNull?: boolean;
  /** Sent back by a department and not routed again (returnedAt set). */
  returned?: boolean;
  enterpriseIdIn?: readonly string[];
  kindIn?: readonly string[];
  hasPendingExtension?: boolean;
  /** 督办 under way (supervisedAt set). */
  supervised?: boolean;
  /** The handle clock is paused (waiting on the petitioner). */
  clockPaused?: boolean;
  /** The SLA state stored on the item (what a paused item keeps). */
  storedSlaIn?: readonly SlaState[];
  /** The running deadline (the last one, not met) is due before this instant (ISO). */
  dueBefore?: string;
  /** The running deadline is due at or after this instant. */
  dueAtOrAfter?: string;
  /** The running deadline's warning time is at or before this instant. */
  warnAtOrBefore?: string;
  /** The running deadline's warning time is after this instant. */
  warnAfter?: string;
  /** There is no running deadline. */
  noRunningDeadline?: boolean;
  /** The same four conditions and its absence, on the running statutory clock (WorkItemState.statutoryClock, not met, item open). */
  statutoryDueBefore?: string;
  statutoryDueAtOrAfter?: string;
  statutoryWarnAtOrBefore?: string;
  statutoryWarnAfter?: string;
  noRunningStatutoryClock?: boolean;
  /** Registered at or after this instant. */
  createdFrom?: string;
}

/** Any clause may hold; an empty scope matches nothing. */
export type QueueScope = readonly ScopeClause[];

const OPEN: Status = 'closed';

/** 我的待办: what waits on this user now. */
export function mineScope(actor: Actor, raisedByEnterprise: readonly KindId[]): QueueScope {
  const clauses: ScopeClause[] = [
    { handlerId: actor.id, statusNot: OPEN },
    { ownerLeaderId: actor.id, statusNot: OPEN },
  ];
  // Routing waits on the dispatchers, whatever the kind calls the status; so does the standard rating.
  if (hasRole(actor, 'dispatcher')) clauses.push({ stageIn: ['assign'], departmentIsNull: true, statusNot: OPEN }, { statusIn: ['awaiting_feedback'] });
  if (actor.departmentId && hasRole(actor, 'handler')) {
    clauses.push({ departmentIdIn: [actor.departmentId], statusIn: ['pending_acceptance'], handlerIsNull: true });
  }
  // Only items the company raised itself: a petition about the company is never its business.
  const raised = raisedByEnterprise;
  if (actor.enterpriseId && hasRole(actor, 'enterprise')) clauses.push({ enterpriseIdIn: [actor.enterpriseId], kindIn: raised, statusNot: OPEN });
  if (hasRole(actor, 'liaison')) {
    clauses.push({ createdById: actor.id, statusNot: OPEN });
    if (actor.liaisonEnterpriseIds.length > 0) clauses.push({ enterpriseIdIn: actor.liaisonEnterpriseIds, kindIn: raised, statusIn: ['awaiting_feedback'] });
  }
  return clauses;
}

/** 部门事项: the items of the departments the user works in or leads. */
export function departmentScope(actor: Actor): QueueScope {
  const departments = [...new Set([...(actor.departmentId ? [actor.departmentId] : []), ...actor.leadsDepartmentIds])];
  return departments.length > 0 ? [{ departmentIdIn: departments }] : [];
}

/** 我包案的: the cases this leader owns (领导包案, "一包到底"), open or closed. */
export function ownedScope(actor: Actor): QueueScope {
  return [{ ownerLeaderId: actor.id }];
}

/**
 * 待我审批: closures and extension requests this leader decides — as the owner leader, or as a
 * leader of the department when the item has no owner (closures) — the approving_leader,
 * owner_leader and department_leader parties of the workflow.
 */
export function approvalsScope(actor: Actor): QueueScope {
  if (!hasRole(actor, 'leader')) return [];
  const clauses: ScopeClause[] = [
    { statusIn: ['awaiting_approval'], ownerLeaderId: actor.id },
    { statusIn: ['in_progress'], hasPendingExtension: true, ownerLeaderId: actor.id },
  ];
  if (actor.leadsDepartmentIds.length > 0) {
    clauses.push(
      { statusIn: ['awaiting_approval'], ownerLeaderId: null, departmentIdIn: actor.leadsDepartmentIds },
      { statusIn: ['in_progress'], hasPendingExtension: true, departmentIdIn: actor.leadsDepartmentIds },
    );
  }
  return clauses;
}

function matchesClause(item: WorkItemState, c: ScopeClause): boolean {
  const state = withWorkflowDefaults(item);
  return (
    (c.stageIn === undefined || c.stageIn.includes(state.stage)) &&
    (c.statusIn === undefined || c.statusIn.includes(state.status)) &&
    (c.statusNot === undefined || state.status !== c.statusNot) &&
    (c.handlerId === undefined || state.handlerId === c.handlerId) &&
    (c.handlerIsNull === undefined || (state.handlerId === null) === c.handlerIsNull) &&
    (c.ownerLeaderId === undefined || state.ownerLeaderId === c.ownerLeaderId) &&
    (c.createdById === undefined || state.createdById === c.createdById) &&
    (c.departmentIdIn === undefined || (state.departmentId !== null && c.departmentIdIn.includes(state.departmentId))) &&
    (c.departmentIsNull === undefined || (state.departmentId === null) === c.departmentIsNull) &&
    (c.returned === undefined || (state.returnedAt !== null) === c.returned) &&
    (c.enterpriseIdIn === undefined || (state.enterpriseId !== null && c.enterpriseIdIn.includes(state.enterpriseId))) &&
    (c.kindIn === undefined || c.kindIn.includes(state.kind)) &&
    (c.hasPendingExtension === undefined || (state.pendingExtension !== null) === c.hasPendingExtension) &&
    (c.supervised === undefined || (state.supervisedAt !== null) === c.supervised) &&
    (c.clockPaused === undefined || (state.clockPausedAt !== null) === c.clockPaused) &&
    (c.storedSlaIn === undefined || c.storedSlaIn.includes(state.sla)) &&
    matchesRunningDeadline(state, c) &&
    matchesStatutoryClock(state, c) &&
    (c.createdFrom === undefined || Date.parse(state.createdAt) >= Date.parse(c.createdFrom))
  );
}

/** A clause's conditions on one clock: whether it runs, and where its due and warning times lie. */
interface ClockConditions {
  absent?: boolean;
  dueBefore?: string;
  dueAtOrAfter?: string;
  warnAtOrBefore?: string;
  warnAfter?: string;
}

function matchesClock(running: StageDeadline | undefined, c: ClockConditions): boolean {
  if (c.absent !== undefined && (running === undefined) !== c.absent) return false;
  const timed = c.dueBefore !== undefined || c.dueAtOrAfter !== undefined || c.warnAtOrBefore !== undefined || c.warnAfter !== undefined;
  if (!timed) return true;
  if (!running) return false;
  const due = Date.parse(running.dueAt);
  const warn = Date.parse(running.warnAt);
  return (
    (c.dueBefore === undefined || due < Date.parse(c.dueBefore)) &&
    (c.dueAtOrAfter === undefined || due >= Date.parse(c.dueAtOrAfter)) &&
    (c.warnAtOrBefore === undefined || warn <= Date.parse(c.warnAtOrBefore)) &&
    (c.warnAfter === undefined || warn > Date.parse(c.warnAfter))
  );
}

/** The deadline conditions of a clause, on the running deadline exactly as `runningDeadline` picks it. */
function matchesRunningDeadline(item: WorkItemState, c: ScopeClause): boolean {
  return matchesClock(runningDeadline(item), { absent: c.noRunningDeadline, dueBefore: c.dueBefore, dueAtOrAfter: c.dueAtOrAfter, warnAtOrBefore: c.warnAtOrBefore, warnAfter: c.warnAfter });
}

/** The statutory clock's conditions of a clause, on the clock exactly as `runningStatutoryClock` picks it. */
function matchesStatutoryClock(item: WorkItemState, c: ScopeClause): boolean {
  return matchesClock(runningStatutoryClock(item), {
    absent: c.noRunningStatutoryClock,
    dueBefore: c.statutoryDueBefore,
    dueAtOrAfter: c.statutoryDueAtOrAfter,
    warnAtOrBefore: c.statutoryWarnAtOrBefore,
    warnAfter: c.statutoryWarnAfter,
  });
}

export function matchesScope(item: WorkItemState, scope: QueueScope): boolean {
  return scope.some((c) => matchesClause(item, c));
}
