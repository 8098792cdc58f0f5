import { CalendarInputError } from './calendar-input.error.js';
import { DURATION_UNITS, type DurationUnit } from './duration-unit.js';
import { MS_PER_DAY, MS_PER_MINUTE } from './shanghai-time.js';
import { addOfficeMs, officeMsBetween } from './working-time.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * "How much of the allowed time has passed" must be measured in the rule's own unit: for a
 * working-day or working-hour rule only office time counts (a weekend is not 2/7 of a
 * week's allowance used up), for calendar days and test seconds the wall clock counts.
 */

export function assertUnit(unit: DurationUnit): void {
  if (!DURATION_UNITS.includes(unit)) {
    throw new CalendarInputError(`Unknown duration unit ${JSON.stringify(unit)}; expected one of ${DURATION_UNITS.join(', ')}`);
  }
}

/** Whether the unit depends on which days are working days (and so on calendar coverage). */
export function usesWorkingCalendar(unit: DurationUnit): boolean {
  return unit === 'working_days' || unit === 'working_hours';
}

/** Time elapsed in [fromMs, toMs) on the unit's clock, in ms; 0 if toMs <= fromMs. */
export function clockMsBetween(calendar: WorkCalendar, unit: DurationUnit, fromMs: number, toMs: number): number {
  if (usesWorkingCalendar(unit)) return officeMsBetween(calendar, fromMs, toMs);
  return Math.max(0, toMs - fromMs);
}

/** The instant at which `amountMs` has run on the unit's clock since `fromMs`. */
export function clockAdvance(calendar: WorkCalendar, unit: DurationUnit, fromMs: number, amountMs: number): number {
  if (usesWorkingCalendar(unit)) return addOfficeMs(calendar, fromMs, amountMs);
  return fromMs + amountMs;
}

/**
 * Milliseconds of the unit's clock that make one unit: a wall-clock day for calendar_days, an
 * office hour for working_hours, a whole working day's office time for working_days (7 hours
 * with the default office hours), a second for seconds. The scale for fractional amounts of
 * clock time, such as the time a deadline's clock stood still.
 */
export function clockUnitMs(calendar: WorkCalendar, unit: DurationUnit): number {
  switch (unit) {
    case 'calendar_days':
      return MS_PER_DAY;
    case 'working_days':
      return calendar.officeHours.periods.reduce((sum, p) => sum + (p.end - p.start), 0) * MS_PER_MINUTE;
    case 'working_hours':
      return 60 * MS_PER_MINUTE;
    case 'seconds':
      return 1000;
  }
}
