import { knownRoles, type Actor } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../entities/user.entity.js';

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
