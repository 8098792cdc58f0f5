import type { CloseOutEntry } from '@parkflow/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 每日清零台账: one row per Beijing day whose close-out ran — the items it listed (the domain's
 * CloseOutEntry, as they stood then) and when it ran. Running a day again replaces the list in the
 * same row (close-out-ledger.store.ts), so a day never has two.
 */
@Entity({ name: 'close_out_ledgers' })
export class CloseOutLedgerEntity {
  @PrimaryColumn('date')
  day: string;

  /** The instant the (latest) run listed the items: "overdue" is as of then. */
  @Column('timestamptz', { name: 'ran_at' })
  ranAt: Date;

  /** How many times the day ran: more than 1 after a retry or a run by hand. */
  @Column('int')
  runs: number;

  @Column('int', { name: 'unsigned_count' })
  unsignedCount: number;

  @Column('int', { name: 'overdue_count' })
  overdueCount: number;

  /** The listed items, in the order of registration. */
  @Column('jsonb')
  entries: CloseOutEntry[];
}
