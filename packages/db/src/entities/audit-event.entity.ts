import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The security audit log an administrator reads: sign-ins that succeeded, failed or were
 * throttled, with the account name tried and the client address. Append-only.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_at_idx', ['at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('timestamptz')
  at: Date;

  /** sign_in_succeeded | sign_in_failed | sign_in_throttled */
  @Column('text')
  kind: string;

  /** The user, when the name tried belongs to one. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  /** The account name as typed (trimmed, at most 64 characters). */
  @Column('text', { nullable: true })
  username: string | null;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('jsonb', { default: {} })
  detail: Record<string, unknown>;
}
