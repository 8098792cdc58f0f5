import { shanghaiDate } from './shanghai-time.js';
import { addCalendarDays } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';

/** Far enough for any real date (a project's completion target), short enough to stop on a typo. */
const MAX_DAYS = 20 * 366;

/**
 * The working-day time limit that ends on `date` (YYYY-MM-DD, Asia/Shanghai) for a clock started
 * at `from`: the number of working days after from's day up to and including `date`. A limit of
 * that many working days falls due at the close of the last working day on or before `date`;
 * a date on or before from's day gives 0 (due at today's close, or the next working day's).
 * This turns a date taken from a linked record (a project node's planned finish) into an
 * ordinary deadline, which extensions, pauses and escalation then treat like any other.
 */
export function workingDaysUntil(calendar: WorkCalendar, from: Date, date: string): number {
  let current = shanghaiDate(from);
  let count = 0;
  for (let i = 0; i < MAX_DAYS && current < date; i++) {
    current = addCalendarDays(current, 1);
    if (calendar.isWorkingDay(current)) count += 1;
  }
  return count;
}
