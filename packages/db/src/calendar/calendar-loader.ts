import { createWorkCalendar, type DayOverrideKind, type WorkCalendar, type YearArrangement } from '@parkflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarArrangementEntity } from '../entities/calendar-arrangement.entity.js';
import { CalendarDayEntity } from '../entities/calendar-day.entity.js';

/** The loaded years' arrangements, as the domain takes them. */
export async function loadArrangements(db: DataSource | EntityManager): Promise<YearArrangement[]> {
  const rows = await db.getRepository(CalendarArrangementEntity).find({ order: { year: 'ASC' } });
  return rows.map((r) => ({ year: r.year, days: r.days }));
}

/**
 * The official calendar with the loaded years' arrangements and the admins' single-day
 * overrides from the database (api and worker read it the same way). `arrangements` replaces the
 * stored ones (a preview: the calendar as it would be with one year loaded).
 */
export async function loadWorkCalendar(db: DataSource | EntityManager, arrangements?: readonly YearArrangement[]): Promise<WorkCalendar> {
  const days = await db.getRepository(CalendarDayEntity).find();
  return createWorkCalendar(
    days.map((d) => ({ date: d.date, kind: d.kind as DayOverrideKind, name: d.name })),
    undefined,
    arrangements ?? (await loadArrangements(db)),
  );
}
