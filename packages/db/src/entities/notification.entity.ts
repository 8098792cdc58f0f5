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

  /** What happened, as a code (e.g. `escalated`) the client words in its language with `params`. */
  @Column('text')
  topic: string;

  /** The topic's parameters (the domain's NotificationParamsMap); null on rows written before codes. */
  @Column('jsonb', { nullable: true })
  params: Record<string, unknown> | null;

  /** The zh-CN sentence of rows written before codes, kept for them; null on newer rows. */
  @Column('text', { nullable: true })
  message: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
