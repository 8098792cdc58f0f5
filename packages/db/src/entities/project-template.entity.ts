import type { NodeTemplate } from '@parkflow/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A park's own node template of a project type; no row: the domain's DEFAULT_NODE_TEMPLATES apply. */
@Entity({ name: 'project_templates' })
export class ProjectTemplateEntity {
  /** new | continuing | signed. */
  @PrimaryColumn('text')
  type: string;

  @Column('jsonb')
  nodes: NodeTemplate[];

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
