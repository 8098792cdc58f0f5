import type { DeadlineResult } from './deadline.js';
import type { DurationUnit } from './duration-unit.js';
import { addCalendarDays, MS_PER_DAY, shanghaiDate, shanghaiDayStartMs } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * 期间届满日为法定休假日的顺延规则。
 * The 民法典's rule on periods (第二百零三条): when the last day of a period is a 法定休假日, the
 * period ends on the day after the rest ends. The courts read 法定休假日 as the rest days of the
 * official calendar, weekends included, so this follows the work calendar: a make-up Saturday
 * (调休上班) is a working day and a period may end on it. Only periods counted in calendar days
 * (the statute's 日) move; a working-day period already ends on a working day.
 */

/** The longest run of rest days the official calendar has ever had is 9 (春节 2026); this bounds the search. */
const MAX_REST_RUN_DAYS = 60;

/** The end of `due`'s day when it is a working day, else the end of the first working day after it. */
export function endOnWorkingDay(calendar: WorkCalendar, due: Date): Date {
  // A period of days ends with a day: a due instant inside a day (moved by a paused clock's
  // wall-clock time) counts that whole day, which keeps the rule monotone (a later raw due is
  // never an earlier end).
  let date = shanghaiDate(due);
  for (let i = 0; i < MAX_REST_RUN_DAYS && !calendar.isWorkingDay(date); i++) date = addCalendarDays(date, 1);
  return new Date(shanghaiDayStartMs(date) + MS_PER_DAY - 1);
}

/** A computed deadline under the period-end rule `endRule` (no rule: unchanged). The warning stays where the unmoved period put it. */
export function withPeriodEnd(
  calendar: WorkCalendar,
  result: DeadlineResult,
  unit: DurationUnit,
  endRule: 'next_working_day' | undefined,
): DeadlineResult {
  if (endRule !== 'next_working_day' || unit !== 'calendar_days') return result;
  const dueAt = endOnWorkingDay(calendar, result.dueAt);
  // The period now depends on the calendar: an unpublished year's rest days may still move.
  const year = Number(shanghaiDate(dueAt).slice(0, 4));
  const uncoveredYears = calendar.covers(year) || result.uncoveredYears.includes(year) ? result.uncoveredYears : [...result.uncoveredYears, year];
  return { ...result, dueAt, uncoveredYears };
}
