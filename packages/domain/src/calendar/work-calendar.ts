import { CalendarInputError } from './calendar-input.error.js';
import { assertOfficeHours, DEFAULT_OFFICE_HOURS, type OfficeHours } from './office-hours.js';
import { OFFICIAL_YEARS, officialDay } from './official-holidays.data.js';
import { assertDate, dayOfWeek, yearOf } from './shanghai-time.js';

export type DayOverrideKind = 'holiday' | 'workday';

/**
 * An administrator's correction to the official calendar: a local holiday, an extra
 * working day, or next year's arrangement entered before chinese-days ships it.
 */
export interface CalendarDayOverride {
  date: string;
  kind: DayOverrideKind;
  name?: string | null;
}

export type DaySource = 'override' | 'official' | 'weekday' | 'uncovered';

export interface DayInfo {
  date: string;
  working: boolean;
  /**
   * override: an admin entry; official: a published holiday or make-up day; weekday: a
   * plain Mon-Fri/Sat-Sun day of a covered year; uncovered: Mon-Fri guess for a year
   * whose arrangement nobody has entered yet (deadlines there may move).
   */
  source: DaySource;
  name: string | null;
}

export interface WorkCalendar {
  /** Overrides win over the official arrangement, which wins over Mon-Fri. */
  isWorkingDay(date: string): boolean;
  dayInfo(date: string): DayInfo;
  /** True when official data or at least one admin override exists for `year`. */
  covers(year: number): boolean;
  readonly officeHours: OfficeHours;
}

const DAY_OVERRIDE_KINDS: readonly DayOverrideKind[] = ['holiday', 'workday'];

function indexOverrides(overrides: readonly CalendarDayOverride[]): ReadonlyMap<string, CalendarDayOverride> {
  const byDate = new Map<string, CalendarDayOverride>();
  for (const o of overrides) {
    assertDate(o.date);
    if (!DAY_OVERRIDE_KINDS.includes(o.kind)) {
      throw new CalendarInputError(`Unknown override kind ${JSON.stringify(o.kind)} for ${o.date}`);
    }
    const previous = byDate.get(o.date);
    // Two contradicting rows for one day is a data error an admin must fix; guessing which
    // one is meant would silently move deadlines.
    if (previous !== undefined && previous.kind !== o.kind) {
      throw new CalendarInputError(`Conflicting overrides for ${o.date}: ${previous.kind} and ${o.kind}`);
    }
    byDate.set(o.date, o);
  }
  return byDate;
}

export function createWorkCalendar(
  overrides: readonly CalendarDayOverride[] = [],
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): WorkCalendar {
  assertOfficeHours(officeHours);
  const byDate = indexOverrides(overrides);
  const overrideYears = new Set([...byDate.keys()].map(yearOf));

  const covers = (year: number): boolean => {
    if (!Number.isInteger(year)) throw new CalendarInputError(`Year must be an integer, got ${year}`);
    return OFFICIAL_YEARS.has(year) || overrideYears.has(year);
  };

  const dayInfo = (date: string): DayInfo => {
    assertDate(date);
    const override = byDate.get(date);
    if (override !== undefined) {
      return { date, working: override.kind === 'workday', source: 'override', name: override.name ?? null };
    }
    const official = officialDay(date);
    if (official !== null) return { date, working: official.working, source: 'official', name: official.name };
    const weekday = dayOfWeek(date);
    const working = weekday >= 1 && weekday <= 5;
    return { date, working, source: covers(yearOf(date)) ? 'weekday' : 'uncovered', name: null };
  };

  return Object.freeze({
    isWorkingDay: (date: string) => dayInfo(date).working,
    dayInfo,
    covers,
    officeHours,
  });
}
