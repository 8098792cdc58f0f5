import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { addCalendarDays, assertDate } from '../calendar/shanghai-time.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';

/*
 * The working days of a calendar numbered in a row (… -2, -1, 0, 1, 2 …, 0 being the first
 * working day on or after `anchor`), so that the scheduler can do its arithmetic on numbers:
 * "d working days" is "+ d", and moving a whole plan by n working days adds n to every number.
 * Days are read from the calendar lazily and once each, as far as a computation reaches.
 */

/** About a century of days: only a broken calendar (no working days at all) or a typo'd year gets here. */
const MAX_SCAN_DAYS = 36_600;

export interface WorkingDayLine {
  /** The number of the last working day on or before `date`. */
  onOrBefore(date: string): number;
  /** The number of the first working day on or after `date`. */
  onOrAfter(date: string): number;
  /** The date of working day number `ordinal`. */
  dateOf(ordinal: number): string;
  /**
   * Working days after `from` up to and including `to`, negative when `to` is before `from`
   * (working days after `to` up to and including `from`). For two working days it is the
   * difference of their numbers: Friday to the next Monday is 1.
   */
  between(from: string, to: string): number;
}

export function createWorkingDayLine(calendar: WorkCalendar, anchor: string): WorkingDayLine {
  assertDate(anchor);
  /** forward[i] is working day i; every working day of [anchor, forwardEnd] is in it. */
  const forward: string[] = [];
  let forwardEnd = addCalendarDays(anchor, -1);
  /** backward[i] is working day -(i + 1); every working day of [backwardEnd, anchor) is in it. */
  const backward: string[] = [];
  let backwardEnd = anchor;
  const ordinals = new Map<string, number>();
  let scanned = 0;

  const scan = (): void => {
    scanned += 1;
    if (scanned > MAX_SCAN_DAYS) throw new CalendarInputError(`No working days found within ${MAX_SCAN_DAYS} days of ${anchor}`);
  };
  const growForward = (): void => {
    scan();
    forwardEnd = addCalendarDays(forwardEnd, 1);
    if (calendar.isWorkingDay(forwardEnd)) {
      ordinals.set(forwardEnd, forward.length);
      forward.push(forwardEnd);
    }
  };
  const growBackward = (): void => {
    scan();
    backwardEnd = addCalendarDays(backwardEnd, -1);
    if (calendar.isWorkingDay(backwardEnd)) {
      ordinals.set(backwardEnd, -(backward.length + 1));
      backward.push(backwardEnd);
    }
  };
  const cover = (date: string): void => {
    while (date > forwardEnd) growForward();
    while (date < backwardEnd) growBackward();
  };
  const walk = (date: string, step: 1 | -1): number => {
    assertDate(date);
    let day = date;
    for (;;) {
      cover(day);
      const ordinal = ordinals.get(day);
      if (ordinal !== undefined) return ordinal;
      day = addCalendarDays(day, step);
    }
  };
  const onOrBefore = (date: string): number => walk(date, -1);

  return {
    onOrBefore,
    onOrAfter: (date) => walk(date, 1),
    dateOf(ordinal) {
      if (!Number.isInteger(ordinal)) throw new CalendarInputError(`A working-day number must be an integer, got ${ordinal}`);
      while (ordinal >= forward.length) growForward();
      while (-ordinal - 1 >= backward.length) growBackward();
      return ordinal >= 0 ? forward[ordinal]! : backward[-ordinal - 1]!;
    },
    between: (from, to) => onOrBefore(to) - onOrBefore(from),
  };
}
