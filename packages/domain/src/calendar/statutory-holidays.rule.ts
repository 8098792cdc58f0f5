/*
 * 全国年节及纪念日放假办法, as amended by the State Council in 2024 (effective 2025): the
 * fixed public holidays every year has, whatever the yearly arrangement adds. Used for a
 * year whose arrangement (调休, bridged weekends) is not published yet, so that e.g.
 * 2027-01-01 is not counted as a working day. No make-up working days are invented: those
 * only exist in a published arrangement.
 */
import { LUNAR_YEARS, qingmingDate, solarDateOfLunar } from './lunar-calendar.adapter.js';
import { addCalendarDays } from './shanghai-time.js';

/** The amended statute applies from 2025; the lunar data ends in 2099. */
export const STATUTORY_YEARS = { min: 2025, max: LUNAR_YEARS.max } as const;

const byYear = new Map<number, ReadonlyMap<string, string>>();

function span(first: string, days: number, name: string, into: Map<string, string>): void {
  for (let i = 0; i < days; i++) into.set(addCalendarDays(first, i), name);
}

function compute(year: number): ReadonlyMap<string, string> {
  const days = new Map<string, string>();
  span(`${year}-01-01`, 1, '元旦', days);
  // 农历除夕 to 正月初三: the day before lunar new year, then three days.
  span(addCalendarDays(solarDateOfLunar(year, 1, 1), -1), 4, '春节', days);
  span(qingmingDate(year), 1, '清明节', days);
  span(`${year}-05-01`, 2, '劳动节', days);
  span(solarDateOfLunar(year, 5, 5), 1, '端午节', days);
  span(solarDateOfLunar(year, 8, 15), 1, '中秋节', days);
  span(`${year}-10-01`, 3, '国庆节', days);
  return days;
}

/** Whether the amended statute is the fallback for `year` (2025-2099). */
export function statuteApplies(year: number): boolean {
  return Number.isInteger(year) && year >= STATUTORY_YEARS.min && year <= STATUTORY_YEARS.max;
}

/**
 * The statutory holidays of `year`, date → Chinese name. Every one falls inside `year`
 * (lunar new year, hence 除夕 too, is always in late January or February). Empty outside
 * STATUTORY_YEARS.
 */
export function statutoryHolidays(year: number): ReadonlyMap<string, string> {
  if (!statuteApplies(year)) return new Map();
  let days = byYear.get(year);
  if (days === undefined) {
    days = compute(year);
    byYear.set(year, days);
  }
  return days;
}

/** The statutory holiday name of `date`, or null. */
export function statutoryHoliday(date: string): string | null {
  return statutoryHolidays(Number(date.slice(0, 4))).get(date) ?? null;
}
