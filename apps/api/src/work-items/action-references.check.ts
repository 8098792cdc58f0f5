import { DepartmentEntity, UserEntity } from '@parkflow/db';
import type { WorkItemState } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/**
 * What the pure rules cannot know: that the ids an action names exist and fit (a handler of
 * that department, an active leader). Returns a message per bad field, or null.
 */
export async function checkActionReferences(manager: EntityManager, item: WorkItemState, input: Record<string, unknown>): Promise<Record<string, string> | null> {
  const fields: Record<string, string> = {};
  const users = manager.getRepository(UserEntity);
  const departmentId = typeof input.departmentId === 'string' ? input.departmentId : null;
  if (departmentId && !(await manager.getRepository(DepartmentEntity).existsBy({ id: departmentId }))) {
    fields.departmentId = 'no such department';
  }
  if (typeof input.handlerId === 'string') {
    const handler = await users.findOneBy({ id: input.handlerId, active: true });
    const targetDepartment = departmentId ?? item.departmentId;
    if (!handler || !handler.roles.includes('handler')) fields.handlerId = 'no such case handler';
    else if (targetDepartment && handler.departmentId !== targetDepartment) fields.handlerId = 'this handler works in another department';
  }
  if (typeof input.leaderUserId === 'string') {
    const leader = await users.findOneBy({ id: input.leaderUserId, active: true });
    if (!leader || !leader.roles.includes('leader')) fields.leaderUserId = 'no such leader';
  }
  return Object.keys(fields).length > 0 ? fields : null;
}
