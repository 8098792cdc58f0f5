import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hash.js';
import { UserEntity } from '../entities/user.entity.js';

export class WeakAdminPasswordError extends Error {}

/**
 * Production's first admin: created from a password the operator chose, never a default one.
 * Returns false when an admin exists already.
 */
export async function ensureAdmin(dataSource: DataSource, password: string, username = 'admin'): Promise<boolean> {
  if (password.length < 12) throw new WeakAdminPasswordError('PARKFLOW_ADMIN_PASSWORD must be at least 12 characters');
  const repo = dataSource.getRepository(UserEntity);
  const admins = await repo.createQueryBuilder('u').where(`'admin' = ANY(u.roles)`).getCount();
  if (admins > 0) return false;
  await repo.insert({
    id: randomUUID(),
    username,
    displayName: '系统管理员',
    passwordHash: await hashPassword(password),
    roles: ['admin'],
    departmentId: null,
    enterpriseId: null,
    active: true,
  });
  return true;
}
