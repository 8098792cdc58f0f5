import type { WorkCalendar } from '@parkflow/domain';
import type { DataSource } from 'typeorm';
import { loadWorkCalendar } from './calendar-loader.js';

/**
 * The calendar with the admins' overrides, re-read at most every `ttlMs`: api requests and worker
 * jobs all need it, and building it from the official table on every one would be wasted work.
 */
export class CalendarCache {
  private cached: { at: number; calendar: WorkCalendar } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = 5_000,
  ) {}

  async current(): Promise<WorkCalendar> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.calendar;
    const calendar = await loadWorkCalendar(this.dataSource);
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  /** After an admin changed a day in this process. */
  invalidate(): void {
    this.cached = null;
  }
}
