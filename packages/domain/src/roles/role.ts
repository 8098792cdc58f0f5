/** The roles of the people who use ParkFlow (domain.md, "The people who use it"). A user may hold several. */
export const ROLES = ['dispatcher', 'handler', 'department_head', 'leader', 'liaison', 'enterprise', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a person, or the worker acting as the system. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  /** The department the user works in (handlers, department heads). */
  departmentId: string | null;
  /** Departments this user leads as head or as the leader in charge (分管领导). */
  leadsDepartmentIds: readonly string[];
  /** For enterprise contacts: the company they speak for. */
  enterpriseId: string | null;
  /** For liaison cadres (包保干部): the companies they look after. */
  liaisonEnterpriseIds: readonly string[];
}

/** The worker acts under this identity when it routes, warns, marks overdue or escalates. */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  id: 'system',
  roles: [],
  departmentId: null,
  leadsDepartmentIds: [],
  enterpriseId: null,
  liaisonEnterpriseIds: [],
});

/** The roles among stored strings that ParkFlow knows (a retired role name in the database is ignored). */
export function knownRoles(values: readonly string[]): Role[] {
  return values.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function hasRole(actor: Pick<Actor, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}
