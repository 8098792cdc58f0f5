import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'enterprises' })
export class EnterpriseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** 统一社会信用代码 */
  @Column('text', { name: 'credit_code', unique: true })
  creditCode: string;

  /** 包保干部 looking after this company. */
  @Column('uuid', { name: 'liaison_user_id', nullable: true })
  liaisonUserId: string | null;
}
