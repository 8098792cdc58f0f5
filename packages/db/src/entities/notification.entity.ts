import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An in-app notification for one user. `sourceId` is the job that delivered it: with the user
 * it is unique, so a retried delivery inserts nothing twice.
 */
@Entity({ name: 'notifications' })
@Index('notifications_source_user_uq', ['sourceId', 'userId'], { unique: true })
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('uuid', { name: 'item_id', nullable: true })
  itemId: string | null;

  @Column('text', { name: 'source_id' })
  sourceId: string;

  /** Machine key (e.g. `escalated`) so a client can localise; the message is zh-CN text. */
  @Column('text')
  topic: string;

  @Column('text')
  message: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
