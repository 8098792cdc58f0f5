import type { KindDefinition } from '../kinds/kind-definition.js';
import { hasRole, SYSTEM_ACTOR, type Actor } from '../roles/role.js';
import { canSee } from '../roles/visibility.js';
import type { WorkItemState } from '../work-item/work-item.types.js';
import type { Party } from './action-definition.types.js';

/*
 * The relationship rules behind `ActionDefinition.parties`. Roles alone are not enough: a
 * handler may accept only items routed to their own department, a leader approves only what
 * they own or lead. The system actor matches `system` and nothing else, and no person matches
 * `system`, so people cannot fire timers and the worker cannot act for people.
 */

function isSystem(actor: Actor): boolean {
  return actor.id === SYSTEM_ACTOR.id;
}

function inDepartment(item: WorkItemState, actor: Actor): boolean {
  return item.departmentId !== null && actor.departmentId === item.departmentId;
}

function leadsDepartment(item: WorkItemState, actor: Actor): boolean {
  return item.departmentId !== null && actor.leadsDepartmentIds.includes(item.departmentId);
}

function isDepartmentLeader(item: WorkItemState, actor: Actor): boolean {
  return hasRole(actor, 'leader') && leadsDepartment(item, actor);
}

/** The company speaks in an item only when it raised it (an appeal), never when the item concerns it (a petition). */
function raisedByEnterprise(kind: KindDefinition): boolean {
  return kind.enterpriseLink === 'raised_by';
}

type Rule = (item: WorkItemState, actor: Actor, kind: KindDefinition) => boolean;

const RULES: Readonly<Record<Party, Rule>> = {
  dispatcher: (_item, actor) => hasRole(actor, 'dispatcher'),
  leader: (_item, actor) => hasRole(actor, 'leader'),
  item_handler: (item, actor) => item.handlerId !== null && item.handlerId === actor.id,
  department_handler: (item, actor) => hasRole(actor, 'handler') && inDepartment(item, actor),
  department_head: (item, actor) => hasRole(actor, 'department_head') && (inDepartment(item, actor) || leadsDepartment(item, actor)),
  owner_leader: (item, actor) => item.ownerLeaderId !== null && item.ownerLeaderId === actor.id,
  department_leader: isDepartmentLeader,
  // 领导包案: the owner leader answers for the item to the end; only without one does the
  // department's leader in charge approve.
  approving_leader: (item, actor) => (item.ownerLeaderId !== null ? item.ownerLeaderId === actor.id : isDepartmentLeader(item, actor)),
  enterprise_contact: (item, actor, kind) =>
    raisedByEnterprise(kind) && hasRole(actor, 'enterprise') && item.enterpriseId !== null && actor.enterpriseId === item.enterpriseId,
  enterprise_liaison: (item, actor, kind) =>
    raisedByEnterprise(kind) && hasRole(actor, 'liaison') && item.enterpriseId !== null && actor.liaisonEnterpriseIds.includes(item.enterpriseId),
  viewer: (item, actor, kind) => canSee(item, actor, kind),
  system: (_item, actor) => isSystem(actor),
};

export function isParty(party: Party, item: WorkItemState, actor: Actor, kind: KindDefinition): boolean {
  if (isSystem(actor) !== (party === 'system')) return false;
  return RULES[party](item, actor, kind);
}

export function isAnyParty(parties: readonly Party[], item: WorkItemState, actor: Actor, kind: KindDefinition): boolean {
  return parties.some((p) => isParty(p, item, actor, kind));
}
