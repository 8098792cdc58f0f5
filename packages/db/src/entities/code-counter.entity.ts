import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-prefix, per-day counters behind human-readable codes such as XF-20261122-0007. */
@Entity({ name: 'code_counters' })
export class CodeCounterEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('int')
  last: number;
}
