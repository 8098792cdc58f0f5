import type { EntityManager } from 'typeorm';
import { DepartmentEntity } from '../entities/department.entity.js';
import { EnterpriseEntity } from '../entities/enterprise.entity.js';
import { UserEntity } from '../entities/user.entity.js';

/** Names of the ids an item carries, as every screen and export shows them. */
export interface NameLookup {
  department(id: string | null): string | null;
  enterprise(id: string | null): string | null;
  user(id: string): string;
}

/** Lookups over rows already read (the api keeps them for a few seconds). */
export function nameLookupOf(departments: readonly DepartmentEntity[], enterprises: readonly EnterpriseEntity[], users: ReadonlyMap<string, string>): NameLookup {
  const departmentNames = new Map(departments.map((d) => [d.id, d.name]));
  const enterpriseNames = new Map(enterprises.map((e) => [e.id, e.name]));
  return {
    department: (id) => (id ? (departmentNames.get(id) ?? null) : null),
    enterprise: (id) => (id ? (enterpriseNames.get(id) ?? null) : null),
    user: (id) => (id === 'system' ? '系统 System' : (users.get(id) ?? id)),
  };
}

/** Reads departments, enterprises and user names once (small tables) and looks names up in memory. */
export async function loadNameLookup(manager: EntityManager): Promise<NameLookup> {
  const [departments, enterprises, users] = await Promise.all([
    manager.getRepository(DepartmentEntity).find(),
    manager.getRepository(EnterpriseEntity).find(),
    manager.getRepository(UserEntity).find({ select: { id: true, displayName: true } }),
  ]);
  return nameLookupOf(departments, enterprises, new Map(users.map((u) => [u.id, u.displayName])));
}
