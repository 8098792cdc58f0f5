import { CalendarInputError } from './calendar-input.error.js';
import type { DurationUnit } from './duration-unit.js';
import { closingMinute, assertOfficeHours } from './office-hours.js';
import { addCalendarDays, assertInstant, MS_PER_DAY, shanghaiDate, shanghaiDayStartMs, shanghaiMinuteMs, yearOf } from './shanghai-time.js';
import { assertUnit, clockAdvance, clockMsBetween, clockUnitMs, usesWorkingCalendar } from './unit-clock.js';
import { addOfficeMs, nthWorkingDayAfter } from './working-time.js';
import type { WorkCalendar } from './work-calendar.js';

/*
 * Deadline semantics (Asia/Shanghai throughout):
 * - calendar_days N: the end (23:59:59.999) of the Nth calendar day after the start date.
 *   Statutory "within 15 days" (期间开始之日不计算在内) means "by the end of day 15"; N = 0
 *   is the end of the start day.
 * - working_days N: the office closing time (end of the last office period, 17:30 by
 *   default) of the Nth working day after the start date; the start day never counts, so
 *   arriving at 08:00 or 22:00 gives the same deadline. N = 0 is 问题不过夜: closing time of
 *   the start day if it is a working day and the office has not closed yet, otherwise
 *   closing time of the next working day.
 * - working_hours N: N hours of office time; outside office hours counting starts at the
 *   next opening. N = 0 gives that starting point.
 * - seconds N: from + N seconds, wall clock, no calendar (test policies only).
 */

export interface DeadlineResult {
  dueAt: Date;
  /** When `warnShare` of the allowed time (in the rule's own unit) has passed. */
  warnAt: Date;
  /** Years the deadline depends on whose holiday arrangement is unpublished (statute + Mon-Fri assumed: it may move). */
  uncoveredYears: number[];
}

/** Upper bounds (about a century each) so a typo cannot spin the day loops for minutes. */
const MAX_AMOUNT: Readonly<Record<DurationUnit, number>> = {
  calendar_days: 36_500,
  working_days: 25_000,
  working_hours: 175_000,
  seconds: 3_153_600_000,
};

const WHOLE_DAY_UNITS: ReadonlySet<DurationUnit> = new Set(['calendar_days', 'working_days']);

function assertAmount(amount: number, unit: DurationUnit): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new CalendarInputError(`Duration amount must be a finite number >= 0, got ${String(amount)}`);
  }
  // Day rules are counted in whole days by law and practice; "2.5 working days" has no
  // agreed meaning, so it is refused rather than rounded silently.
  if (WHOLE_DAY_UNITS.has(unit) && !Number.isInteger(amount)) {
    throw new CalendarInputError(`${unit} amount must be a whole number, got ${amount}`);
  }
  if (amount > MAX_AMOUNT[unit]) {
    throw new CalendarInputError(`${unit} amount ${amount} exceeds the maximum of ${MAX_AMOUNT[unit]}`);
  }
}

/** Years touched by [from, due] that the calendar has no arrangement for. */
function uncoveredYearsBetween(calendar: WorkCalendar, fromMs: number, dueMs: number): number[] {
  const years: number[] = [];
  const last = yearOf(shanghaiDate(new Date(dueMs)));
  for (let y = yearOf(shanghaiDate(new Date(fromMs))); y <= last; y++) {
    if (!calendar.covers(y)) years.push(y);
  }
  return years;
}

function workingDaysDue(calendar: WorkCalendar, fromMs: number, amount: number): number {
  const close = closingMinute(calendar.officeHours);
  const startDate = shanghaiDate(new Date(fromMs));
  if (amount === 0) {
    const todayClose = shanghaiMinuteMs(startDate, close);
    if (calendar.isWorkingDay(startDate) && fromMs < todayClose) return todayClose;
    return shanghaiMinuteMs(nthWorkingDayAfter(calendar, startDate, 1), close);
  }
  return shanghaiMinuteMs(nthWorkingDayAfter(calendar, startDate, amount), close);
}

function dueMs(calendar: WorkCalendar, fromMs: number, amount: number, unit: DurationUnit): number {
  switch (unit) {
    case 'calendar_days': {
      const dueDate = addCalendarDays(shanghaiDate(new Date(fromMs)), amount);
      return shanghaiDayStartMs(dueDate) + MS_PER_DAY - 1;
    }
    case 'working_days':
      return workingDaysDue(calendar, fromMs, amount);
    case 'working_hours':
      return addOfficeMs(calendar, fromMs, Math.round(amount * 3_600_000));
    case 'seconds':
      return fromMs + Math.round(amount * 1000);
  }
}

function validate(calendar: WorkCalendar, from: Date, amount: number, unit: DurationUnit): void {
  assertInstant(from, 'from');
  assertUnit(unit);
  assertAmount(amount, unit);
  if (usesWorkingCalendar(unit)) assertOfficeHours(calendar.officeHours);
}

/**
 * The instant a rule of `amount` `unit` started at `from` falls due. `uncoveredYears` is
 * only filled for working units: calendar days and seconds do not depend on holidays.
 */
export function addDuration(
  calendar: WorkCalendar,
  from: Date,
  amount: number,
  unit: DurationUnit,
): { due: Date; uncoveredYears: number[] } {
  validate(calendar, from, amount, unit);
  const fromMs = from.getTime();
  const due = dueMs(calendar, fromMs, amount, unit);
  const uncoveredYears = usesWorkingCalendar(unit) ? uncoveredYearsBetween(calendar, fromMs, due) : [];
  return { due: new Date(due), uncoveredYears };
}

/**
 * The deadline plus the early-warning instant at `warnShare` (default 80%) of the time.
 *
 * `pausedAmount` is time the rule's clock stood still (e.g. while waiting on the petitioner),
 * in the rule's unit and possibly fractional (see `elapsedAmount`): both instants move later by
 * that much time on the unit's own clock — wall-clock time for calendar_days and seconds,
 * office time for the working units (so a working-day deadline at Friday 17:30 moved by 2.5
 * office hours falls due Monday 11:30). The warning keeps its place in the allowed time:
 * the pause counts as having happened before it.
 */
export function computeDeadline(
  calendar: WorkCalendar,
  from: Date,
  amount: number,
  unit: DurationUnit,
  warnShare = 0.8,
  pausedAmount = 0,
): DeadlineResult {
  if (typeof warnShare !== 'number' || !Number.isFinite(warnShare) || warnShare <= 0 || warnShare > 1) {
    throw new CalendarInputError(`warnShare must be in (0, 1], got ${String(warnShare)}`);
  }
  if (typeof pausedAmount !== 'number' || !Number.isFinite(pausedAmount) || pausedAmount < 0) {
    throw new CalendarInputError(`pausedAmount must be a finite number >= 0, got ${String(pausedAmount)}`);
  }
  const { due, uncoveredYears } = addDuration(calendar, from, amount, unit);
  const fromMs = from.getTime();
  const total = clockMsBetween(calendar, unit, fromMs, due.getTime());
  // Floor keeps warnAt <= dueAt; clockAdvance never goes back before `from`.
  const warnMs = Math.min(clockAdvance(calendar, unit, fromMs, Math.floor(total * warnShare)), due.getTime());
  // Rounded to whole ms: the amount was measured in ms and scaled, so this undoes float error.
  const pausedMs = Math.round(pausedAmount * clockUnitMs(calendar, unit));
  // No shift at all for no pause: advancing a closing time by 0 office ms would give the next opening.
  if (pausedMs === 0) return { dueAt: due, warnAt: new Date(warnMs), uncoveredYears };
  const movedDue = clockAdvance(calendar, unit, due.getTime(), pausedMs);
  const movedWarn = Math.min(clockAdvance(calendar, unit, warnMs, pausedMs), movedDue);
  return {
    dueAt: new Date(movedDue),
    warnAt: new Date(movedWarn),
    uncoveredYears: usesWorkingCalendar(unit) ? uncoveredYearsBetween(calendar, fromMs, movedDue) : [],
  };
}
