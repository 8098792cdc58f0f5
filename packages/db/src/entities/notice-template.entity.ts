import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A park's own wording of one written notice (告知书) for one kind. No row: the domain's default
 * template (default-notice-templates.ts) applies, so a new kind or notice type needs no data.
 */
@Entity({ name: 'notice_template' })
export class NoticeTemplateEntity {
  @PrimaryColumn('text')
  kind: string;

  /** 'acceptance' | 'rejection' | 'extension' | 'opinion' (the domain's NOTICE_TYPE_IDS). */
  @PrimaryColumn('text')
  type: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  /** The admin who saved it (a user id). */
  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
