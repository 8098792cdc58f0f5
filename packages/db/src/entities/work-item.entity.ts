import type { AcceptanceDecision, NoticeSent, NoticeType, PendingExtension, Petitioner, StageDeadline } from '@parkflow/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity.js';

/** The current state of an item. Its history lives in work_item_events; `version` guards concurrent actions. */
@Entity({ name: 'work_items' })
@Index('work_items_department_status_idx', ['departmentId', 'status'])
@Index('work_items_handler_status_idx', ['handlerId', 'status'])
// One 复查 per answered petition, one 复核 per 复查 (PetitionStatute1764300000000).
@Index('work_items_review_of_id_key', ['reviewOfId'], { unique: true, where: '"review_of_id" IS NOT NULL' })
// The repeats (重复件) of an item, for its detail page (RepeatOf1764430000000).
@Index('work_items_repeat_of_id_idx', ['repeatOfId'], { where: '"repeat_of_id" IS NOT NULL' })
// The queue pages' indexes (QueuePageIndexes1764470000000): partial, DESC and INCLUDE, which only the migration declares.
@Index('work_items_open_handler_idx', { synchronize: false })
@Index('work_items_open_owner_idx', { synchronize: false })
@Index('work_items_department_created_idx', { synchronize: false })
@Index('work_items_project_idx', ['projectId', 'projectNodeKey'], { where: '"project_id" IS NOT NULL' })
export class WorkItemEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  kind: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('text')
  channel: string;

  @Column('text')
  category: string;

  @Column('text')
  urgency: string;

  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId: string | null;

  @Column('jsonb', { nullable: true })
  petitioner: Petitioner | null;

  @Column('text')
  stage: string;

  @Column('text')
  status: string;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column('uuid', { name: 'handler_id', nullable: true })
  handlerId: string | null;

  @Column('uuid', { name: 'owner_leader_id', nullable: true })
  ownerLeaderId: string | null;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @Column('int', { name: 'stage_seq' })
  stageSeq: number;

  @Column('jsonb')
  deadlines: StageDeadline[];

  @Column('text')
  sla: string;

  @Column('int')
  version: number;

  /** 督办: when the item was first put under supervision; shown as the 'supervised' SLA until closed. */
  @Column('timestamptz', { name: 'supervised_at', nullable: true })
  supervisedAt: Date | null;

  @Column('int', { name: 'extension_days_used', default: 0 })
  extensionDaysUsed: number;

  @Column('jsonb', { name: 'pending_extension', nullable: true })
  pendingExtension: PendingExtension | null;

  @Column('int', { name: 'reopen_count', default: 0 })
  reopenCount: number;

  @Column('text', { nullable: true })
  satisfaction: string | null;

  @Column('boolean', { name: 'feedback_timed_out', default: false })
  feedbackTimedOut: boolean;

  /** While the handler waits on the petitioner, the handle deadline's clock stands still. */
  @Column('timestamptz', { name: 'clock_paused_at', nullable: true })
  clockPausedAt: Date | null;

  /** Sent back by the department (退回) and not routed again yet: the board's "returned" column. */
  @Column('timestamptz', { name: 'returned_at', nullable: true })
  returnedAt: Date | null;

  /** Dates of linked records a stage's deadline may be taken from (WorkItemState.linkedDates). */
  @Column('jsonb', { name: 'linked_dates', default: () => `'{}'` })
  linkedDates: Record<string, string>;

  /* The petition statute's fields (WorkItemState): see migration PetitionStatute1764300000000. */
  @Column('date', { name: 'received_on', nullable: true })
  receivedOn: string | null;

  @Column('jsonb', { nullable: true })
  acceptance: AcceptanceDecision | null;

  @Column('jsonb', { name: 'statutory_clock', nullable: true })
  statutoryClock: StageDeadline | null;

  @Column('integer', { name: 'extension_count', default: 0 })
  extensionCount: number;

  @Column('timestamptz', { name: 'objection_until', nullable: true })
  objectionUntil: Date | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  @Column('jsonb', { default: () => `'{}'` })
  notices: Partial<Record<NoticeType, NoticeSent>>;

  @Column('uuid', { name: 'review_of_id', nullable: true })
  reviewOfId: string | null;

  /** 重复件: the earlier, closed item this one repeats (a foreign key to work_items). */
  @Column('uuid', { name: 'repeat_of_id', nullable: true })
  repeatOfId: string | null;

  /** The foreign key of repeatOfId, declared so the schema and the migration agree; never loaded (the id is what the code reads). */
  @ManyToOne(() => WorkItemEntity, { nullable: true })
  @JoinColumn({ name: 'repeat_of_id', foreignKeyConstraintName: 'work_items_repeat_of_id_fkey' })
  repeatOf?: WorkItemEntity | null;

  /** 重点项目: the project of a project task (a foreign key to projects). */
  @Column('uuid', { name: 'project_id', nullable: true })
  projectId: string | null;

  @ManyToOne(() => ProjectEntity, { nullable: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'work_items_project_id_fkey' })
  project?: ProjectEntity | null;

  /** The project's node the item concerns (its key in the plan). */
  @Column('text', { name: 'project_node_key', nullable: true })
  projectNodeKey: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;
}
