import { DepartmentEntity, EnterpriseEntity, UserEntity } from '@parkflow/db';
import { COMMAND_CENTRE_DEPARTMENT_CODE } from '@parkflow/domain';
import type { NotifyPayload } from '@parkflow/queues';
import type { EntityManager } from 'typeorm';

/** Who a notification is for: users known by id, and a group to resolve. */
export type AudienceTarget = Pick<NotifyPayload, 'userIds' | 'audience' | 'departmentId' | 'enterpriseId' | 'excludeUserId'>;

/** Turns a notification's audience (a group the domain can name but not list) into user ids. */
export async function resolveAudience(manager: EntityManager, payload: AudienceTarget): Promise<string[]> {
  const ids = new Set(payload.userIds);
  const users = manager.getRepository(UserEntity).createQueryBuilder('u').select('u.id', 'id').where('u.active = true');
  const byRole = async (role: string, extra?: (qb: typeof users) => void) => {
    const qb = users.clone().andWhere(':role = ANY(u.roles)', { role });
    extra?.(qb);
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  };
  const departments = manager.getRepository(DepartmentEntity);
  const department = payload.departmentId ? await departments.findOneBy({ id: payload.departmentId }) : null;
  const enterprise = payload.enterpriseId ? await manager.getRepository(EnterpriseEntity).findOneBy({ id: payload.enterpriseId }) : null;
  let found: (string | null | undefined)[];
  switch (payload.audience) {
    case 'dispatchers':
      found = await byRole('dispatcher');
      break;
    case 'leaders':
      found = await byRole('leader');
      break;
    case 'department_handlers':
      found = department ? await byRole('handler', (qb) => qb.andWhere('u.department_id = :dep', { dep: department.id })) : [];
      break;
    case 'department_head':
      found = [department?.headUserId];
      break;
    case 'department_leaders':
      found = [department?.leaderUserId];
      break;
    case 'enterprise_contacts':
      found = enterprise ? await byRole('enterprise', (qb) => qb.andWhere('u.enterprise_id = :ent', { ent: enterprise.id })) : [];
      break;
    case 'liaisons':
      found = [enterprise?.liaisonUserId];
      break;
    case 'command_centre_leader':
      // A park without a command-centre department, or without its leader set, has nobody here.
      found = [(await departments.findOneBy({ code: COMMAND_CENTRE_DEPARTMENT_CODE }))?.leaderUserId];
      break;
    default:
      found = [];
  }
  for (const id of found) if (id) ids.add(id);
  if (payload.excludeUserId) ids.delete(payload.excludeUserId);
  return [...ids];
}
