import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An admin's override of the official calendar: a holiday or a make-up working day (调休). */
@Entity({ name: 'calendar_days' })
export class CalendarDayEntity {
  @PrimaryColumn('date')
  date: string;

  /** 'holiday' | 'workday' */
  @Column('text')
  kind: string;

  @Column('text', { nullable: true })
  name: string | null;
}
