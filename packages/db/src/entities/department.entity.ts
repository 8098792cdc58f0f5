import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stable code that routing rules name (e.g. UTIL for utilities). */
  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  /** 部门负责人: first responsible person. */
  @Column('uuid', { name: 'head_user_id', nullable: true })
  headUserId: string | null;

  /** 分管领导: the leader in charge, who approves closures when no case owner is set. */
  @Column('uuid', { name: 'leader_user_id', nullable: true })
  leaderUserId: string | null;
}
