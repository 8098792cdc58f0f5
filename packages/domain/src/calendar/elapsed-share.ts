import type { DurationUnit } from './duration-unit.js';
import { assertOfficeHours } from './office-hours.js';
import { assertInstant } from './shanghai-time.js';
import { assertUnit, clockMsBetween, usesWorkingCalendar } from './unit-clock.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * How much of the allowed time [from, due] has been used at `now`, on the rule's own clock
 * (office time for working units), for SLA colouring: 0 before/at `from`, 1 at `due`, above
 * 1 once office time runs past the deadline. A working-unit share stays exactly 1 overnight
 * after a missed 17:30 deadline, so "overdue" must be decided by `now > due`, not by the share.
 * A zero-length allowance counts as fully used from `due` on.
 */
export function elapsedShare(calendar: WorkCalendar, from: Date, due: Date, unit: DurationUnit, now: Date): number {
  assertInstant(from, 'from');
  assertInstant(due, 'due');
  assertInstant(now, 'now');
  assertUnit(unit);
  if (usesWorkingCalendar(unit)) assertOfficeHours(calendar.officeHours);
  const fromMs = from.getTime();
  const total = clockMsBetween(calendar, unit, fromMs, due.getTime());
  if (total === 0) return now.getTime() >= due.getTime() ? 1 : 0;
  return clockMsBetween(calendar, unit, fromMs, now.getTime()) / total;
}
