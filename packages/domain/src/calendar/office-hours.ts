import { CalendarInputError } from './calendar-input.error.js';

/** One opening of the office, in minutes after Shanghai midnight, half-open [start, end). */
export interface OfficePeriod {
  readonly start: number;
  readonly end: number;
}

/**
 * When the administration's offices are staffed on a working day. Working-hour deadlines
 * only run inside these periods, and a working-day deadline falls due when the last period
 * closes (a handler's day ends when the office closes, not at midnight).
 */
export interface OfficeHours {
  /** Sorted, non-overlapping, non-empty; minutes 0..1440. */
  readonly periods: readonly OfficePeriod[];
}

/** The usual government schedule: 09:00-12:00 and 13:30-17:30 (7 office hours a day). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  periods: Object.freeze([Object.freeze({ start: 9 * 60, end: 12 * 60 }), Object.freeze({ start: 13 * 60 + 30, end: 17 * 60 + 30 })]),
});

/**
 * Rejects office hours the arithmetic cannot work with. Empty hours would make every
 * working-time deadline unreachable, overlaps would count minutes twice.
 */
export function assertOfficeHours(hours: OfficeHours): void {
  const periods = hours?.periods;
  if (!Array.isArray(periods) || periods.length === 0) {
    throw new CalendarInputError('Office hours need at least one period');
  }
  let previousEnd = 0;
  for (const p of periods as readonly OfficePeriod[]) {
    const valid =
      Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= previousEnd && p.start < p.end && p.end <= 24 * 60;
    if (!valid) {
      throw new CalendarInputError(
        `Office periods must be whole minutes within 0..1440, sorted and non-overlapping; got ${JSON.stringify(periods)}`,
      );
    }
    previousEnd = p.end;
  }
}

/** Minute of day at which the office closes for the day (end of the last period). */
export function closingMinute(hours: OfficeHours): number {
  const last = hours.periods[hours.periods.length - 1];
  if (last === undefined) throw new CalendarInputError('Office hours need at least one period');
  return last.end;
}
