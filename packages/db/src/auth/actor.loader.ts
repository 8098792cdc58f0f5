import { knownRoles, type Actor } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity.js';

/**
 * The domain's view of a user: roles, department, the departments they head or lead, their
 * company and the companies they look after. The api builds it per request; the worker builds it
 * for the owner of a ledger export, so the export sees what the owner's list shows.
 */
export async function loadActor(manager: EntityManager, user: UserEntity): Promise<Actor> {
  // One round trip for both lists: this runs on every api request (the queue page bench counted it).
  const [row] = (await manager.query(
    `SELECT ARRAY(SELECT d.id::text FROM departments d WHERE d.head_user_id = $1 OR d.leader_user_id = $1 ORDER BY d.id) AS led,
            ARRAY(SELECT e.id::text FROM enterprises e WHERE e.liaison_user_id = $1 ORDER BY e.id) AS looked_after`,
    [user.id],
  )) as { led: string[]; looked_after: string[] }[];
  return {
    id: user.id,
    roles: knownRoles(user.roles),
    departmentId: user.departmentId,
    leadsDepartmentIds: row?.led ?? [],
    enterpriseId: user.enterpriseId,
    liaisonEnterpriseIds: row?.looked_after ?? [],
  };
}

/**
 * The signed-in user (active, by id) and their actor in ONE round trip: the api's guard runs this
 * on every request, and reading the user, then the departments they lead and the companies they
 * look after, was three of a queue page's five round trips (docs/benchmarks.md). Nothing is
 * cached, so a disabled account or a sign-out elsewhere is refused on the very next request.
 */
export async function loadActiveUserWithActor(manager: EntityManager, userId: string): Promise<{ user: UserEntity; actor: Actor } | null> {
  const [row] = (await manager.query(
    `SELECT u.id, u.username, u.display_name, u.password_hash, u.roles, u.department_id, u.enterprise_id, u.active, u.tokens_valid_after, u.created_at,
            ARRAY(SELECT d.id::text FROM departments d WHERE d.head_user_id = u.id OR d.leader_user_id = u.id ORDER BY d.id) AS led,
            ARRAY(SELECT e.id::text FROM enterprises e WHERE e.liaison_user_id = u.id ORDER BY e.id) AS looked_after
       FROM users u WHERE u.id = $1 AND u.active`,
    [userId],
  )) as UserRow[];
  if (!row) return null;
  const user = Object.assign(new UserEntity(), {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    roles: row.roles,
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    active: row.active,
    tokensValidAfter: row.tokens_valid_after,
    createdAt: row.created_at,
  });
  const actor: Actor = {
    id: user.id,
    roles: knownRoles(user.roles),
    departmentId: user.departmentId,
    leadsDepartmentIds: row.led,
    enterpriseId: user.enterpriseId,
    liaisonEnterpriseIds: row.looked_after,
  };
  return { user, actor };
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  department_id: string | null;
  enterprise_id: string | null;
  active: boolean;
  tokens_valid_after: Date | null;
  created_at: Date;
  led: string[];
  looked_after: string[];
}
