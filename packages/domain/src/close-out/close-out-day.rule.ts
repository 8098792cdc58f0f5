import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { closingMinute } from '../calendar/office-hours.js';
import { addCalendarDays, assertDate, assertInstant, shanghaiDate, shanghaiMinuteMs } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';

/*
 * 每日清零（问题不过夜）: at the end of every working day the command centre lists what is still
 * open. "The end of the day" is the office's closing time (17:30 with DEFAULT_OFFICE_HOURS), the
 * same instant a 0-working-day deadline falls due, and "working day" is the official calendar the
 * deadlines use — 调休 Saturdays run, holidays and ordinary weekends do not. Times are Asia/Shanghai
 * by fixed offset (shanghai-time.ts), never the host's zone.
 */

/** The close-out of one Beijing day. */
export interface CloseOutSlot {
  /** The Beijing day, YYYY-MM-DD. */
  day: string;
  /** When its close-out runs: the office's closing time that day. */
  at: Date;
}

/** A calendar that marked every day of ten years a rest day is broken; stop looking instead of looping on. */
const MAX_DAYS_AHEAD = 3660;

/** The instant `day`'s close-out runs, or null when `day` is not a working day (no close-out). */
export function closeOutAt(day: string, calendar: WorkCalendar): Date | null {
  assertDate(day);
  if (!calendar.isWorkingDay(day)) return null;
  return new Date(shanghaiMinuteMs(day, closingMinute(calendar.officeHours)));
}

/** Whether `instant`'s Beijing day has a close-out, and that day. */
export function closeOutDayOf(instant: Date, calendar: WorkCalendar): { day: string; working: boolean } {
  const day = shanghaiDate(instant);
  return { day, working: calendar.isWorkingDay(day) };
}

/**
 * Whether a close-out job for `day` runs at `now`: not on a rest day (the calendar may have changed
 * since the job was scheduled — an admin's holiday wins), and never for a day still to come (its
 * items are not registered yet). A past day runs late, as of `now`: a worker that was down at 17:30
 * still keeps that day's ledger.
 */
export type CloseOutCheck = 'run' | 'rest_day' | 'future_day';

export function closeOutCheck(day: string, now: Date, calendar: WorkCalendar): CloseOutCheck {
  assertDate(day);
  if (day > shanghaiDate(now)) return 'future_day';
  return calendar.isWorkingDay(day) ? 'run' : 'rest_day';
}

/**
 * The first close-out strictly after `after`: today's if today is a working day and the office
 * has not closed yet, else the next working day's. Strictly after, so the run at 17:30 itself
 * schedules tomorrow's, not itself again.
 */
export function nextCloseOutAt(after: Date, calendar: WorkCalendar): CloseOutSlot {
  assertInstant(after, 'after');
  const start = shanghaiDate(after);
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const day = addCalendarDays(start, offset);
    const at = closeOutAt(day, calendar);
    if (at !== null && at.getTime() > after.getTime()) return { day, at };
  }
  throw new CalendarInputError(`No working day within ${MAX_DAYS_AHEAD} days after ${start}: the calendar marks them all as rest days`);
}
