import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A year's official holiday arrangement an admin loaded (calendar/arrangement.types.ts in the
 * domain): the year's holidays and make-up working days, which replace the library's and the
 * statute's for that year. One row per year; loading the year again replaces it.
 */
@Entity({ name: 'calendar_arrangements' })
export class CalendarArrangementEntity {
  @PrimaryColumn('int')
  year: number;

  /** [{date, kind: 'holiday' | 'workday', name}], sorted by date. */
  @Column('jsonb')
  days: { date: string; kind: 'holiday' | 'workday'; name: string }[];

  /** 'notice' | 'json' | 'ics': what the admin pasted or uploaded. */
  @Column('text', { name: 'source_format' })
  sourceFormat: string;

  /** The text as loaded, for whoever later asks where a day came from. */
  @Column('text', { name: 'source_text' })
  sourceText: string;

  @Column('uuid', { name: 'loaded_by', nullable: true })
  loadedBy: string | null;

  @Column('timestamptz', { name: 'loaded_at' })
  loadedAt: Date;
}
