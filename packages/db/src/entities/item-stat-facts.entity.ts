import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The statistics facts of one item (domain ItemStatFacts), written in the transaction of every
 * action on it (stats/stat-facts.store.ts). Narrow on purpose: a year's figures scan these rows,
 * not work_items. Days are Beijing dates. The indexes carry INCLUDE columns, which TypeORM cannot
 * declare: the migration StatFacts1764400000000 owns them (synchronize: false).
 */
@Entity({ name: 'item_stat_facts' })
@Index('item_stat_facts_assigned_idx', { synchronize: false })
@Index('item_stat_facts_due_idx', { synchronize: false })
@Index('item_stat_facts_registered_idx', { synchronize: false })
@Index('item_stat_facts_closed_idx', { synchronize: false })
@Index('item_stat_facts_overdue_on_idx', { synchronize: false })
@Index('item_stat_facts_extended_on_idx', { synchronize: false })
@Index('item_stat_facts_returned_on_idx', { synchronize: false })
// Open items by their running due time ("overdue now"), from migration 1764440000000.
@Index('item_stat_facts_running_due_idx', { synchronize: false })
export class ItemStatFactsEntity {
  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId: string;

  @Column('text')
  kind: string;

  @Column('text')
  category: string;

  @Column('text')
  channel: string;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column('uuid', { name: 'handler_id', nullable: true })
  handlerId: string | null;

  @Column('date', { name: 'registered_on' })
  registeredOn: string;

  @Column('date', { name: 'assigned_on', nullable: true })
  assignedOn: string | null;

  @Column('date', { name: 'signed_on', nullable: true })
  signedOn: string | null;

  @Column('boolean', { name: 'responded_on_time' })
  respondedOnTime: boolean;

  @Column('date', { name: 'resolution_due_on', nullable: true })
  resolutionDueOn: string | null;

  @Column('boolean', { name: 'resolved_on_time' })
  resolvedOnTime: boolean;

  @Column('date', { name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Column('double precision', { name: 'handling_working_days', nullable: true })
  handlingWorkingDays: number | null;

  @Column('date', { name: 'overdue_on', nullable: true })
  overdueOn: string | null;

  @Column('date', { name: 'extended_on', nullable: true })
  extendedOn: string | null;

  @Column('integer', { name: 'extension_count' })
  extensionCount: number;

  @Column('date', { name: 'returned_on', nullable: true })
  returnedOn: string | null;

  @Column('integer', { name: 'return_count' })
  returnCount: number;

  @Column('timestamptz', { name: 'running_due_at', nullable: true })
  runningDueAt: Date | null;

  /** 重复件: registered as a repeat of an earlier, closed item (RepeatOf1764430000000). */
  @Column('boolean', { default: false })
  repeated: boolean;
}
