import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectProgressReportEntity } from './project-progress-report.entity.js';

/** A photo of a progress report: where its bytes and thumbnail are kept (PhotoStorage keys), and what it is. */
@Entity({ name: 'project_photos' })
@Index('project_photos_report_idx', ['reportId'])
export class ProjectPhotoEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'report_id' })
  reportId: string;

  @ManyToOne(() => ProjectProgressReportEntity)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'project_photos_report_id_fkey' })
  report?: ProjectProgressReportEntity;

  /** The project, for the photo's URL check without a join. */
  @Column('uuid', { name: 'project_id' })
  projectId: string;

  /** As the user named it, shown and offered on download; never a path. */
  @Column('text', { name: 'file_name' })
  fileName: string;

  /** Read from the bytes (image/jpeg, image/png, image/webp). */
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('integer')
  bytes: number;

  @Column('integer')
  width: number;

  @Column('integer')
  height: number;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('text', { name: 'thumbnail_key' })
  thumbnailKey: string;

  @Column('integer')
  position: number;
}
