import { hasRole, type Actor } from '../roles/role.js';

/*
 * Who may do what with key projects (重点项目). Projects are not secret inside the
 * administration: every staff role reads all of them. A liaison cadre (包保干部 / 首席服务官)
 * reads the projects they serve — as chief service officer or in the push team (专班) — and no
 * others; an enterprise contact reads none. Writing is for the dispatchers (the command centre
 * keeps the list), administrators and the project's chief service officer; the push team also
 * records what it did on site (a node finished, progress). Node templates are read by whoever
 * reads projects and edited by administrators only.
 */

/** What of a project the rules look at: who serves it. */
export interface ProjectParties {
  chiefOfficerId: string;
  pushTeamIds: readonly string[];
}

export type ProjectOperation = 'read' | 'edit' | 'complete_node' | 'report_progress' | 'archive' | 'freeze_baseline';

/** Roles that read every project. */
const STAFF_READERS = ['dispatcher', 'admin', 'leader', 'department_head', 'handler'] as const;
/** Roles that write every project. */
const KEEPERS = ['dispatcher', 'admin'] as const;

/** Whether the actor may list projects at all (a liaison sees only theirs: listScope). */
export function mayListProjects(actor: Actor): boolean {
  return hasRole(actor, ...STAFF_READERS, 'liaison');
}

/** Which projects the list holds for the actor: every one, the ones they serve, or none. */
export function projectListScope(actor: Actor): 'all' | 'served' | 'none' {
  if (hasRole(actor, ...STAFF_READERS)) return 'all';
  if (hasRole(actor, 'liaison')) return 'served';
  return 'none';
}

export function servesProject(actor: Pick<Actor, 'id'>, project: ProjectParties): boolean {
  return project.chiefOfficerId === actor.id || project.pushTeamIds.includes(actor.id);
}

export function mayCreateProject(actor: Actor): boolean {
  return hasRole(actor, ...KEEPERS);
}

export function mayEditTemplates(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

/** Whether the actor may do `operation` to `project` (read first: what one may not read, one may not write). */
export function mayOnProject(actor: Actor, project: ProjectParties, operation: ProjectOperation): boolean {
  const scope = projectListScope(actor);
  const reads = scope === 'all' || (scope === 'served' && servesProject(actor, project));
  if (operation === 'read') return reads;
  if (!reads && !hasRole(actor, ...KEEPERS)) return false;
  if (hasRole(actor, ...KEEPERS) || project.chiefOfficerId === actor.id) return true;
  return (operation === 'complete_node' || operation === 'report_progress') && project.pushTeamIds.includes(actor.id);
}

/** Every operation the actor may do to the project, for a client to show its buttons. */
export function projectOperations(actor: Actor, project: ProjectParties): ProjectOperation[] {
  const all: ProjectOperation[] = ['read', 'edit', 'complete_node', 'report_progress', 'archive', 'freeze_baseline'];
  return all.filter((op) => mayOnProject(actor, project, op));
}
