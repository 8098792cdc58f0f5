import { randomUUID } from 'node:crypto';
import { knownRoles, type Actor } from '@parkflow/domain';
import { DepartmentEntity } from '../entities/department.entity.js';
import { EnterpriseEntity } from '../entities/enterprise.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { DEMO_DEPARTMENTS, DEMO_ENTERPRISES, DEMO_USERS } from './demo-data.js';
import type { DemoRef, DemoUsername } from './demo-script.types.js';

/** The demo park's rows before they are inserted, and the lookups the item scripts need. */
export interface DemoPark {
  departments: DepartmentEntity[];
  enterprises: EnterpriseEntity[];
  users: UserEntity[];
  /** The user as the rules see them, exactly as the api builds a signed-in actor. */
  actor(username: DemoUsername): Actor;
  /** A department's id by code; null for a code the park does not have. */
  departmentId(code: string): string | null;
  resolve(ref: DemoRef): string;
}

/** Departments the demo leader is in charge of (分管), and so approves closures and extensions for. */
const LEADER_DEPARTMENTS = ['UTIL', 'HR', 'ECON', 'OFFICE', 'PETITION'];

/**
 * Builds departments, enterprises and one user per role with fresh ids: the head leads UTIL, the
 * leader is in charge of LEADER_DEPARTMENTS, the liaison looks after every demo company.
 */
export function buildDemoPark(passwordHash: string): DemoPark {
  const departments = DEMO_DEPARTMENTS.map((d) => Object.assign(new DepartmentEntity(), { id: randomUUID(), ...d, headUserId: null as string | null, leaderUserId: null as string | null }));
  const departmentId = (code: string) => departments.find((d) => d.code === code)?.id ?? null;
  const enterprises = DEMO_ENTERPRISES.map((e) => Object.assign(new EnterpriseEntity(), { id: randomUUID(), ...e, liaisonUserId: null as string | null }));
  const users = DEMO_USERS.map((u) =>
    Object.assign(new UserEntity(), {
      id: randomUUID(),
      username: u.username,
      displayName: u.displayName,
      passwordHash,
      roles: u.roles,
      departmentId: u.department ? departmentId(u.department) : null,
      enterpriseId: u.enterprise === null ? null : (enterprises[u.enterprise]?.id ?? null),
      active: true,
    }),
  );
  const user = (username: string) => {
    const found = users.find((u) => u.username === username);
    if (!found) throw new Error(`No demo user "${username}"`);
    return found;
  };
  for (const d of departments) {
    if (d.code === 'UTIL') d.headUserId = user('head').id;
    if (LEADER_DEPARTMENTS.includes(d.code)) d.leaderUserId = user('leader').id;
  }
  for (const e of enterprises) e.liaisonUserId = user('liaison').id;

  // Mirrors the api's UsersService.toActor, so a step is decided with the powers the person has.
  const actor = (username: DemoUsername): Actor => {
    const u = user(username);
    return {
      id: u.id,
      roles: knownRoles(u.roles),
      departmentId: u.departmentId,
      leadsDepartmentIds: departments.filter((d) => d.headUserId === u.id || d.leaderUserId === u.id).map((d) => d.id),
      enterpriseId: u.enterpriseId,
      liaisonEnterpriseIds: enterprises.filter((e) => e.liaisonUserId === u.id).map((e) => e.id),
    };
  };
  const resolve = (ref: DemoRef): string => {
    if ('user' in ref) return user(ref.user).id;
    const id = departmentId(ref.department);
    if (!id) throw new Error(`No demo department "${ref.department}"`);
    return id;
  };
  return { departments, enterprises, users, actor, departmentId, resolve };
}
