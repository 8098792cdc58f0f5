import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One effect to carry out after a commit. Written in the same transaction as the change; its id
 * becomes the BullMQ jobId, so sending it twice enqueues it once.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending_idx', ['createdAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'job_name' })
  jobName: string;

  /** A deterministic BullMQ job id (deadline timers); null means the row id is the job id. */
  @Column('text', { name: 'job_id', nullable: true })
  jobId: string | null;

  @Column('jsonb')
  payload: Record<string, unknown>;

  /** Delay before the job may run (deadline timers), in milliseconds from dispatch. */
  @Column('timestamptz', { name: 'run_at', nullable: true })
  runAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'dispatched_at', nullable: true })
  dispatchedAt: Date | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;
}
