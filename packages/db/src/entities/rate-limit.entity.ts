import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in throttling counters when there is no Redis (embedded mode, or PostgreSQL queues): one
 * row per throttled key (an account or a client address), shared by every api replica.
 */
@Entity({ name: 'rate_limits' })
export class RateLimitEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('int')
  hits: number;

  @Column('timestamptz', { name: 'window_ends_at' })
  windowEndsAt: Date;

  @Column('timestamptz', { name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;
}
