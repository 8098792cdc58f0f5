import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The append-only timeline: rows are inserted, never updated or deleted. */
@Entity({ name: 'work_item_events' })
@Index('work_item_events_item_idx', ['itemId', 'id'])
export class WorkItemEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'item_id' })
  itemId: string;

  @Column('text')
  type: string;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('timestamptz')
  at: Date;

  @Column('text')
  stage: string;

  @Column('int', { name: 'stage_seq' })
  stageSeq: number;

  @Column('jsonb')
  data: Record<string, unknown>;

  /** `internal` (staff only) or `public` (also the company contact of an appeal), fixed when written. */
  @Column('text', { default: 'internal' })
  audience: string;
}
