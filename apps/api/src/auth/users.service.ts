import { Inject, Injectable } from '@nestjs/common';
import { loadActiveUserWithActor, loadActor, UserEntity, verifyPassword } from '@parkflow/db';
import type { Actor } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import type { SignedInUser } from './current-user.js';

@Injectable()
export class UsersService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The user when the password is right; `accountId` names the account tried (if it exists) either way, for the audit log. */
  async authenticate(username: string, password: string): Promise<{ user: UserEntity | null; accountId: string | null }> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username, active: true });
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    return { user: user && ok ? user : null, accountId: user?.id ?? null };
  }

  async load(userId: string, issuedAt: number): Promise<SignedInUser | null> {
    const current = await loadActiveUserWithActor(this.dataSource.manager, userId);
    if (!current) return null;
    if (current.user.tokensValidAfter && issuedAt < current.user.tokensValidAfter.getTime()) return null;
    return current;
  }

  /** Signing out: every token of the account issued until now stops working, on every replica. */
  async signOutEverywhere(userId: string, at = new Date()): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { tokensValidAfter: at });
  }

  toActor(user: UserEntity): Promise<Actor> {
    return loadActor(this.dataSource.manager, user);
  }
}
