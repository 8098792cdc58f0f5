import { Inject, Injectable } from '@nestjs/common';
import { loadWorkCalendar } from '@parkflow/db';
import type { WorkCalendar } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

/** The official calendar with the admins' overrides, re-read at most every few seconds. */
@Injectable()
export class CalendarService {
  private cached: { at: number; calendar: WorkCalendar } | null = null;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async current(): Promise<WorkCalendar> {
    if (this.cached && Date.now() - this.cached.at < 5_000) return this.cached.calendar;
    const calendar = await loadWorkCalendar(this.dataSource);
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  /** After an admin changed a day. */
  invalidate(): void {
    this.cached = null;
  }
}
