import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity.js';

/** A project's history, append-only: one row per change, written in the change's transaction. */
@Entity({ name: 'project_history' })
@Index('project_history_project_at_idx', ['projectId', 'at'])
export class ProjectHistoryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_history_project_id_fkey' })
  project?: ProjectEntity;

  @Column('timestamptz')
  at: Date;

  /** The user; null for the system (the demo seed). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  /** created | edited | replanned | baseline_frozen | node_completed | progress_reported | archived | problem_raised | node_overdue | node_escalated (the worker's node timers). */
  @Column('text')
  type: string;

  @Column('jsonb')
  summary: { zh: string; en: string };

  @Column('jsonb')
  data: Record<string, unknown>;
}
