import { createWorkCalendar, type DayOverrideKind, type WorkCalendar } from '@parkflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarDayEntity } from '../entities/calendar-day.entity.js';

/** The official calendar with the admins' overrides from the database (api and worker read it the same way). */
export async function loadWorkCalendar(db: DataSource | EntityManager): Promise<WorkCalendar> {
  const days = await db.getRepository(CalendarDayEntity).find();
  return createWorkCalendar(days.map((d) => ({ date: d.date, kind: d.kind as DayOverrideKind, name: d.name })));
}
