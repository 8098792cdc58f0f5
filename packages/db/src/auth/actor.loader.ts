import { knownRoles, type Actor } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { DepartmentEntity } from '../entities/department.entity.js';
import { EnterpriseEntity } from '../entities/enterprise.entity.js';
import type { UserEntity } from '../entities/user.entity.js';

/**
 * The domain's view of a user: roles, department, the departments they head or lead, their
 * company and the companies they look after. The api builds it per request; the worker builds it
 * for the owner of a ledger export, so the export sees what the owner's list shows.
 */
export async function loadActor(manager: EntityManager, user: UserEntity): Promise<Actor> {
  const led = await manager
    .getRepository(DepartmentEntity)
    .createQueryBuilder('d')
    .select('d.id', 'id')
    .where('d.head_user_id = :id OR d.leader_user_id = :id', { id: user.id })
    .getRawMany<{ id: string }>();
  const lookedAfter = await manager.getRepository(EnterpriseEntity).find({ select: { id: true }, where: { liaisonUserId: user.id } });
  return {
    id: user.id,
    roles: knownRoles(user.roles),
    departmentId: user.departmentId,
    leadsDepartmentIds: led.map((d) => d.id),
    enterpriseId: user.enterpriseId,
    liaisonEnterpriseIds: lookedAfter.map((e) => e.id),
  };
}
