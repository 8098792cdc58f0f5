import { addDuration, shanghaiDate, startOfShanghaiDay, type WorkCalendar } from '@parkflow/domain';
import type { DemoTime } from './demo-script.types.js';

/** A runaway guard for the day walk: about ten years of days. */
const MAX_DAYS_BACK = 3_660;

/**
 * The Shanghai midnight starting the `count`th working day before the one `now` falls on,
 * walking back one calendar day at a time on the official calendar (holidays and make-up days
 * included). Only the domain's Shanghai arithmetic is used, never the host's time zone.
 */
function workingDayBefore(calendar: WorkCalendar, now: Date, count: number): Date {
  let midnight = startOfShanghaiDay(now);
  let found = 0;
  for (let i = 0; i < MAX_DAYS_BACK; i++) {
    // The millisecond before a Shanghai midnight lies on the previous Shanghai date.
    midnight = startOfShanghaiDay(new Date(midnight.getTime() - 1));
    if (calendar.isWorkingDay(shanghaiDate(midnight)) && ++found === count) return midnight;
  }
  throw new Error(`No ${count} working days within ${MAX_DAYS_BACK} days before ${now.toISOString()}`);
}

/** The instant a script's time stands for when the seed runs at `now` (see DemoTime). */
export function demoInstant(time: DemoTime, now: Date, calendar: WorkCalendar): Date {
  if (time === 'now') return now;
  const { day, hour = 0 } = time;
  // Today is left out on purpose: whether 10:00 today has come depends on when the seed runs.
  if (!Number.isInteger(day) || day >= 0) throw new Error(`A demo day is a whole number of working days before today (-1 or less), got ${day}`);
  if (!(hour >= 0)) throw new Error(`A demo hour counts office hours from opening (0 or more), got ${hour}`);
  const midnight = workingDayBefore(calendar, now, -day);
  // Office time counted from midnight starts at the day's opening (addDuration's rule for working hours).
  const at = addDuration(calendar, midnight, hour, 'working_hours').due;
  if (shanghaiDate(at) !== shanghaiDate(midnight)) throw new Error(`${hour} office hours run past the end of the working day`);
  return at;
}
