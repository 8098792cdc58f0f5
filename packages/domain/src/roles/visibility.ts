import type { KindDefinition } from '../kinds/kind-definition.js';
import type { KindId, WorkItemState } from '../work-item/work-item.types.js';
import { matchesScope, type QueueScope } from './queue-scope.js';
import { hasRole, type Actor } from './role.js';

/**
 * Which items a user may see, as data the shell turns into a query: `all`, or the union of the
 * listed departments, companies and the items the user handles, owns or registered.
 */
export type VisibilityScope =
  | { all: true }
  | { all: false; departmentIds: string[]; enterpriseIds: string[]; userId: string };

export function visibilityScope(actor: Actor): VisibilityScope {
  // Dispatchers route everything and admins run the system: they see every item.
  if (hasRole(actor, 'dispatcher', 'admin')) return { all: true };
  const departmentIds = new Set<string>(actor.leadsDepartmentIds);
  if (actor.departmentId && hasRole(actor, 'handler', 'department_head')) departmentIds.add(actor.departmentId);
  const enterpriseIds = new Set<string>(actor.liaisonEnterpriseIds);
  if (actor.enterpriseId && hasRole(actor, 'enterprise')) enterpriseIds.add(actor.enterpriseId);
  return { all: false, departmentIds: [...departmentIds], enterpriseIds: [...enterpriseIds], userId: actor.id };
}

/**
 * The visibility rule as queue-scope clauses (what the api turns into SQL); null means every item.
 * `raisedByEnterprise`: the kinds a company raises itself (KindRegistry.raisedByEnterprise).
 */
export function visibleItemsScope(actor: Actor, raisedByEnterprise: readonly KindId[]): QueueScope | null {
  const scope = visibilityScope(actor);
  if (scope.all) return null;
  return [
    { handlerId: scope.userId },
    { ownerLeaderId: scope.userId },
    { createdById: scope.userId },
    ...(scope.departmentIds.length > 0 ? [{ departmentIdIn: scope.departmentIds }] : []),
    // A company's contacts and liaison cadres see what the company raised, never what concerns it.
    ...(scope.enterpriseIds.length > 0 ? [{ enterpriseIdIn: scope.enterpriseIds, kindIn: raisedByEnterprise }] : []),
  ];
}

/** The same rule for one item, of the given kind. */
export function canSee(item: WorkItemState, actor: Actor, kind: Pick<KindDefinition, 'id' | 'enterpriseLink'>): boolean {
  const scope = visibleItemsScope(actor, kind.enterpriseLink === 'raised_by' ? [kind.id] : []);
  return scope === null || matchesScope(item, scope);
}

/** Whoever works on the item sees the petitioner's phone and ID number; everyone else sees them masked. */
export function worksOn(item: WorkItemState, actor: Actor): boolean {
  if (hasRole(actor, 'dispatcher')) return true;
  if (item.handlerId === actor.id || item.ownerLeaderId === actor.id) return true;
  return item.departmentId !== null && actor.leadsDepartmentIds.includes(item.departmentId);
}

/** 138****5678 and 410102********1234: enough to recognise, not enough to misuse. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  return digits.length <= 7 ? '*'.repeat(digits.length) : `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export function maskIdNumber(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

export function petitionerFor(item: WorkItemState, actor: Actor): WorkItemState['petitioner'] {
  if (!item.petitioner || worksOn(item, actor)) return item.petitioner;
  return {
    name: item.petitioner.name,
    phone: item.petitioner.phone ? maskPhone(item.petitioner.phone) : null,
    idNumber: item.petitioner.idNumber ? maskIdNumber(item.petitioner.idNumber) : null,
  };
}
