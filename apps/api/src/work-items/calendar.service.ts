import { Inject, Injectable } from '@nestjs/common';
import { CalendarDayEntity } from '@parkflow/db';
import { createWorkCalendar, type DayOverrideKind, type WorkCalendar } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

/** The official calendar with the admins' overrides from the database, re-read at most every few seconds. */
@Injectable()
export class CalendarService {
  private cached: { at: number; calendar: WorkCalendar } | null = null;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async current(): Promise<WorkCalendar> {
    if (this.cached && Date.now() - this.cached.at < 5_000) return this.cached.calendar;
    const days = await this.dataSource.getRepository(CalendarDayEntity).find();
    const calendar = createWorkCalendar(days.map((d) => ({ date: d.date, kind: d.kind as DayOverrideKind, name: d.name })));
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }
}
