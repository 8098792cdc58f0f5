import { CalendarInputError } from './calendar-input.error.js';
import { addCalendarDays, shanghaiDate, shanghaiMinuteMs } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * Office time: the minutes inside office periods on working days. Working-hour deadlines
 * and the share-of-time-used of working-day deadlines are measured in it, so a night or a
 * Golden Week does not eat into a handler's allowance.
 */

/**
 * A runaway guard: 100 years of days. Every real calendar has working days (uncovered years
 * fall back to Mon-Fri), so only absurd inputs or a broken custom WorkCalendar get here.
 */
export const MAX_SCAN_DAYS = 36_600;

/** The office periods of `date` as epoch-ms intervals; none on a day off. */
export function officeIntervals(calendar: WorkCalendar, date: string): Array<readonly [number, number]> {
  if (!calendar.isWorkingDay(date)) return [];
  return calendar.officeHours.periods.map((p) => [shanghaiMinuteMs(date, p.start), shanghaiMinuteMs(date, p.end)] as const);
}

/** Office milliseconds inside [fromMs, toMs); 0 when toMs <= fromMs. */
export function officeMsBetween(calendar: WorkCalendar, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  const lastDate = shanghaiDate(new Date(toMs));
  let total = 0;
  let date = shanghaiDate(new Date(fromMs));
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    for (const [start, end] of officeIntervals(calendar, date)) {
      total += Math.max(0, Math.min(end, toMs) - Math.max(start, fromMs));
    }
    if (date === lastDate) return total;
    date = addCalendarDays(date, 1);
  }
  throw new CalendarInputError('Time span too long to measure in office time');
}

/**
 * The first instant at which `amountMs` of office time has run since `fromMs`. With 0 it is
 * where counting starts: `fromMs` itself inside office hours, else the next opening. Landing
 * exactly on a closing time returns that closing time, not the next opening.
 */
export function addOfficeMs(calendar: WorkCalendar, fromMs: number, amountMs: number): number {
  let remaining = amountMs;
  let date = shanghaiDate(new Date(fromMs));
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    for (const [start, end] of officeIntervals(calendar, date)) {
      if (end <= fromMs) continue;
      const countFrom = Math.max(start, fromMs);
      const available = end - countFrom;
      if (remaining <= available) return countFrom + remaining;
      remaining -= available;
    }
    date = addCalendarDays(date, 1);
  }
  throw new CalendarInputError('No office time found within 100 years; check the calendar');
}

/** The `n`th working day strictly after `date` (n >= 1). */
export function nthWorkingDayAfter(calendar: WorkCalendar, date: string, n: number): string {
  let current = date;
  let found = 0;
  for (let i = 0; i <= MAX_SCAN_DAYS + n; i++) {
    current = addCalendarDays(current, 1);
    if (calendar.isWorkingDay(current)) {
      found += 1;
      if (found === n) return current;
    }
  }
  throw new CalendarInputError('No working day found within 100 years; check the calendar');
}
