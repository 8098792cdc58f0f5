import { randomUUID } from 'node:crypto';
import { NotificationEntity } from '@parkflow/db';
import type { NotificationParams } from '@parkflow/domain';
import { NOTIFICATION_CHANNEL } from '@parkflow/queues';
import type { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';

/** One notice to write for several users: what NotificationEntity holds but the user. */
export interface NotificationRows {
  /** The job (or the day's close-out) that sends it: with the user, unique. */
  sourceId: string;
  itemId: string | null;
  topic: string;
  /** The topic's parameters (null only on jobs queued before codes, which carry a message). */
  params: NotificationParams | null;
  message: string | null;
}

/**
 * Inserts one row per user, skipping users who already have this source's row (a retried job
 * writes nothing twice); returns the users who got a new one.
 */
export async function insertNotifications(manager: EntityManager, rows: NotificationRows, userIds: readonly string[], now: Date): Promise<string[]> {
  if (userIds.length === 0) return [];
  // TypeORM's deep-partial type refuses a null inside a jsonb record (a comment that is null); the row is whole.
  const values = userIds.map((userId) => ({ id: randomUUID(), userId, ...rows, createdAt: now, readAt: null })) as QueryDeepPartialEntity<NotificationEntity>[];
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values(values)
    .orIgnore()
    .returning(['userId'])
    .execute();
  return (result.raw as { user_id: string }[]).map((r) => r.user_id);
}

/** After the commit: every api replica relays it to these users' open streams. */
export async function announceNotifications(dataSource: DataSource, userIds: readonly string[]): Promise<void> {
  if (userIds.length > 0) await dataSource.query('SELECT pg_notify($1, $2)', [NOTIFICATION_CHANNEL, JSON.stringify({ userIds })]);
}
