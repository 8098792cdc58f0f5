import { CalendarInputError } from './calendar-input.error.js';
import { DURATION_UNITS, type DurationUnit } from './duration-unit.js';
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
