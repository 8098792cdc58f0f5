import type { User } from '@parkflow/contracts';
import type { UserEntity } from '@parkflow/db';
import { knownRoles } from '@parkflow/domain';

export function presentUser(user: UserEntity): User {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: knownRoles(user.roles),
    departmentId: user.departmentId,
    enterpriseId: user.enterpriseId,
  };
}
