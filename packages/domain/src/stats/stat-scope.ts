import { hasRole, type Actor } from '../roles/role.js';

/*
 * Who may read which figures (issue 12): the command centre (受理交办, dispatchers) and admins read
 * every department; a department head reads their own department; a leader reads the
 * departments they are in charge of (分管). Handlers, liaison cadres and companies read none: a
 * rate is a grade of a department, not of one's own work.
 */
export type StatScope = { all: true } | { all: false; departmentIds: string[] };

/** The departments whose figures `actor` may read; null: no statistics at all (403). */
export function statScope(actor: Actor): StatScope | null {
  if (hasRole(actor, 'dispatcher', 'admin')) return { all: true };
  if (!hasRole(actor, 'department_head', 'leader')) return null;
  const departmentIds = new Set<string>(actor.leadsDepartmentIds);
  if (hasRole(actor, 'department_head') && actor.departmentId) departmentIds.add(actor.departmentId);
  return { all: false, departmentIds: [...departmentIds].sort() };
}

/** A department asked for by name must be one the scope covers (a head asking for another department: 403). */
export function statScopeCovers(scope: StatScope, departmentId: string): boolean {
  return scope.all || scope.departmentIds.includes(departmentId);
}

/**
 * The scope narrowed to the one department asked for, if any. Items with no department (not yet
 * assigned) are only in an unscoped (all) reading.
 */
export function narrowStatScope(scope: StatScope, departmentId: string | undefined): StatScope {
  if (departmentId === undefined) return scope;
  return { all: false, departmentIds: statScopeCovers(scope, departmentId) ? [departmentId] : [] };
}
