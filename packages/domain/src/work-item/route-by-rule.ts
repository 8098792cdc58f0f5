import { routeDepartmentCode } from '../routing/category-routing.js';
import { SYSTEM_ACTOR } from '../roles/role.js';
import type { WorkCalendar } from '../calendar/index.js';
import { kindAction, objectionWindowEnd, type KindDefinition } from '../kinds/kind-definition.js';
import { refuse, type Decision } from './decision.types.js';
import { because } from './refusal-reason.types.js';
import type { WorkItemState } from './work-item.types.js';

/**
 * The assign stage's automatic work: an item nobody routed goes to the department its category
 * routes to. Runs in the worker; refuses (and changes nothing) when the item has moved on.
 */
export function routeByRule(
  item: WorkItemState,
  kind: KindDefinition,
  stageSeq: number,
  departmentIdForCode: (code: string) => string | null,
  now: Date,
  calendar: WorkCalendar,
): Decision {
  if (item.stageSeq !== stageSeq || item.stage !== 'assign') {
    return refuse('invalid_status', because('timer_stale', {}, 'The item has left this stage entry'));
  }
  const at = now.toISOString();
  // Routed already (by the dispatcher at registration, or an assign action): nothing to do, and
  // no write — a bookkeeping write would bump the version under a user who is acting on it.
  // Routing by rule is the kind's assign action taken by the system: only where a dispatcher
  // could assign (not before 受理), and it lands where that action leads.
  const assign = kindAction(kind, 'assign');
  if (!assign?.statuses.includes(item.status) || item.departmentId) {
    return refuse('invalid_status', because('timer_stale', {}, 'The item is routed already, or not to be routed yet'));
  }
  const routed = assign.to;
  if (routed?.stage !== 'assign') return refuse('invalid_status', because('timer_stale', {}, `A ${kind.id} is not routed by rule`));
  const code = routeDepartmentCode(item.category);
  const departmentId = code ? departmentIdForCode(code) : null;
  if (!code || !departmentId) {
    // No rule matches: the item waits for the dispatcher, which the event makes visible.
    return {
      ok: true,
      next: item,
      events: [{ type: 'stage_job_processed', actorId: SYSTEM_ACTOR.id, at, stage: 'assign', data: { result: 'no_rule', category: item.category }, audience: 'internal' }],
      effects: [],
      warnings: [],
    };
  }
  return {
    ok: true,
    next: { ...item, departmentId, status: routed.status, returnedAt: null, objectionUntil: objectionWindowEnd(kind, now, calendar), updatedAt: at },
    events: [{ type: 'stage_job_processed', actorId: SYSTEM_ACTOR.id, at, stage: 'assign', data: { result: 'routed', departmentId, rule: code }, audience: 'internal' }],
    effects: [],
    warnings: [],
  };
}
