import { CalendarInputError } from './calendar-input.error.js';
import type { ArrangementDay, YearArrangement } from './arrangement.types.js';
import { assertOfficeHours, DEFAULT_OFFICE_HOURS, type OfficeHours } from './office-hours.js';
import { OFFICIAL_YEARS, officialDay } from './official-holidays.data.js';
import { assertDate, dayOfWeek, yearOf } from './shanghai-time.js';
import { statuteApplies, statutoryHoliday } from './statutory-holidays.rule.js';

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

export type DaySource = 'override' | 'arrangement' | 'official' | 'statutory' | 'weekday' | 'uncovered';

export interface DayInfo {
  date: string;
  working: boolean;
  /**
   * override: an admin entry; arrangement: a day of a year's arrangement an admin loaded
   * (arrangement.types.ts), which replaces the library's and the statute's days of that year; official: a published holiday or make-up day; statutory: a
   * fixed holiday of the 放假办法 in a year whose arrangement is not published (a
   * provisional year); weekday: a plain Mon-Fri/Sat-Sun day of a covered year; uncovered:
   * any other day of a year without the arrangement (Mon-Fri; deadlines there may move).
   */
  source: DaySource;
  name: string | null;
}

export interface WorkCalendar {
  /**
   * Overrides win over a loaded arrangement, which replaces the official (chinese-days) data of
   * its year; then the statute for provisional years, then Mon-Fri.
   */
  isWorkingDay(date: string): boolean;
  dayInfo(date: string): DayInfo;
  /**
   * True when the official arrangement for `year` is known: chinese-days has it, or an admin
   * loaded it. Single-day admin overrides do not count:
   * a park's sports day says nothing about next year's 调休.
   */
  covers(year: number): boolean;
  /**
   * True for an uncovered year the statute gives fixed holidays for (2025-2099): its days
   * follow the statute and weekends until the arrangement is published, then may move.
   */
  isProvisional(year: number): boolean;
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

function indexArrangements(arrangements: readonly YearArrangement[]): ReadonlyMap<number, ReadonlyMap<string, ArrangementDay>> {
  const byYear = new Map<number, Map<string, ArrangementDay>>();
  for (const a of arrangements) {
    if (!Number.isInteger(a.year)) throw new CalendarInputError(`Arrangement year must be an integer, got ${a.year}`);
    if (byYear.has(a.year)) throw new CalendarInputError(`Two arrangements for ${a.year}`);
    const days = new Map<string, ArrangementDay>();
    for (const d of a.days) {
      assertDate(d.date);
      if (yearOf(d.date) !== a.year) throw new CalendarInputError(`${d.date} is not in the arrangement's year ${a.year}`);
      if (!DAY_OVERRIDE_KINDS.includes(d.kind)) throw new CalendarInputError(`Unknown arrangement kind ${JSON.stringify(d.kind)} for ${d.date}`);
      days.set(d.date, d);
    }
    byYear.set(a.year, days);
  }
  return byYear;
}

/**
 * The working calendar. `arrangements`: years whose official arrangement an admin loaded (one
 * per year); they make the year covered and replace chinese-days' days of it, since a loaded
 * notice is the newer word (a correction, or a year the library does not know yet).
 */
export function createWorkCalendar(
  overrides: readonly CalendarDayOverride[] = [],
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
  arrangements: readonly YearArrangement[] = [],
): WorkCalendar {
  assertOfficeHours(officeHours);
  const byDate = indexOverrides(overrides);
  const arranged = indexArrangements(arrangements);

  const covers = (year: number): boolean => {
    if (!Number.isInteger(year)) throw new CalendarInputError(`Year must be an integer, got ${year}`);
    return OFFICIAL_YEARS.has(year) || arranged.has(year);
  };
  const isProvisional = (year: number): boolean => !covers(year) && statuteApplies(year);

  const dayInfo = (date: string): DayInfo => {
    assertDate(date);
    const override = byDate.get(date);
    if (override !== undefined) {
      return { date, working: override.kind === 'workday', source: 'override', name: override.name ?? null };
    }
    const year = yearOf(date);
    const loaded = arranged.get(year);
    if (loaded !== undefined) {
      const day = loaded.get(date);
      if (day !== undefined) return { date, working: day.kind === 'workday', source: 'arrangement', name: day.name };
    } else {
      const official = officialDay(date);
      if (official !== null) return { date, working: official.working, source: 'official', name: official.name };
    }
    if (isProvisional(year)) {
      const statutory = statutoryHoliday(date);
      if (statutory !== null) return { date, working: false, source: 'statutory', name: statutory };
    }
    const weekday = dayOfWeek(date);
    const working = weekday >= 1 && weekday <= 5;
    return { date, working, source: covers(year) ? 'weekday' : 'uncovered', name: null };
  };

  return Object.freeze({
    isWorkingDay: (date: string) => dayInfo(date).working,
    dayInfo,
    covers,
    isProvisional,
    officeHours,
  });
}
