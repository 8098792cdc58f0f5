import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  username: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  /** scrypt$<salt>$<hash>, see password-hash.ts in the api. */
  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { array: true })
  roles: string[];

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  /** Signing out ends every session of the account: tokens issued before this instant are refused. */
  @Column('timestamptz', { name: 'tokens_valid_after', nullable: true })
  tokensValidAfter: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
