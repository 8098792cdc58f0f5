import type { User } from '@parkflow/contracts';
import type { UserEntity } from '@parkflow/db';
import { ROLES, type Role } from '@parkflow/domain';

export function presentUser(user: UserEntity): User {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    departmentId: user.departmentId,
    enterpriseId: user.enterpriseId,
  };
}
