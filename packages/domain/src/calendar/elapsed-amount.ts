import type { DurationUnit } from './duration-unit.js';
import { assertOfficeHours } from './office-hours.js';
import { assertInstant } from './shanghai-time.js';
import { assertUnit, clockMsBetween, clockUnitMs, usesWorkingCalendar } from './unit-clock.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * The time that passed on the unit's own clock between two instants, in that unit, as a
 * fraction where it is not whole: wall-clock days for calendar_days, seconds for seconds, and
 * working time for the working units — office hours for working_hours, working days of office
 * time (one day = the office hours of one working day, 7 h by default) for working_days.
 * Nights, weekends, public holidays and the lunch break do not count; make-up working days do.
 * 0 when `to` is not after `from`.
 *
 * E.g. Friday 16:00 → Monday 10:00 with the default office hours (09:00-12:00, 13:30-17:30):
 * 1.5 office hours on Friday plus 1 on Monday = 2.5 working_hours, 2.5/7 working_days, and
 * 66/24 = 2.75 calendar_days.
 */
export function elapsedAmount(calendar: WorkCalendar, from: Date, to: Date, unit: DurationUnit): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  assertUnit(unit);
  if (usesWorkingCalendar(unit)) assertOfficeHours(calendar.officeHours);
  return clockMsBetween(calendar, unit, from.getTime(), to.getTime()) / clockUnitMs(calendar, unit);
}
