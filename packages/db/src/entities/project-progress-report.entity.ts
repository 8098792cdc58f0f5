import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity.js';

/** 形象进度: one progress report of a project (a whole percentage, a note, photos in project_photos). */
@Entity({ name: 'project_progress_reports' })
@Index('project_progress_reports_project_idx', ['projectId', 'reportedOn'])
@Check('project_progress_reports_percent_check', '"percent" BETWEEN 0 AND 100')
export class ProjectProgressReportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_progress_reports_project_id_fkey' })
  project?: ProjectEntity;

  /** The Shanghai day the report is for (YYYY-MM-DD). */
  @Column('date', { name: 'reported_on' })
  reportedOn: string;

  @Column('integer')
  percent: number;

  @Column('text')
  note: string;

  /** Why the figure fell below the last report's (required then, domain checkProgressReport). */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'reported_by_id' })
  reportedById: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
