/*
 * Lunar dates and the 清明 solar term, from chinese-days, without the host time zone.
 *
 * chinese-days' date functions (getSolarDateFromLunar, getSolarTermDate, …) parse
 * 'YYYY-MM-DD' as UTC midnight and format with local-time getters, so west of UTC they
 * answer a day early (see official-holidays.data.ts). So:
 * - lunar → solar uses only its integer tables (monthDays, getYearLeapMonth: lengths of
 *   lunar months and of the leap month, read from a bit table) and counts days from the
 *   library's own anchor, lunar 1900-01-01 = 1900-01-31, with our UTC-only date arithmetic;
 * - 清明 takes the library's answer and undoes its one local-time read (see qingmingDate).
 */
import chineseDays from 'chinese-days';
import { addCalendarDays } from './shanghai-time.js';

/** The range chinese-days' lunar table and solar-term formula are defined for. */
export const LUNAR_YEARS = { min: 1901, max: 2099 } as const;

/** The solar date of lunar 1900-01-01, the epoch of chinese-days' table. */
const LUNAR_EPOCH = '1900-01-31';

const yearLengths = new Map<number, number>();

/** Days in lunar year `year`: twelve months plus the leap month, if any. */
function lunarYearDays(year: number): number {
  const known = yearLengths.get(year);
  if (known !== undefined) return known;
  let days = chineseDays.getYearLeapMonth(year).days;
  for (let month = 1; month <= 12; month++) days += chineseDays.monthDays(year, month);
  yearLengths.set(year, days);
  return days;
}

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.min || year > LUNAR_YEARS.max) {
    throw new RangeError(`No lunar data for ${year} (${LUNAR_YEARS.min}-${LUNAR_YEARS.max})`);
  }
}

/**
 * The 'YYYY-MM-DD' (Gregorian) of day `day` of the ordinary (non-leap) lunar month `month`
 * of lunar year `year`. The festivals of the statute are never in a leap month.
 */
export function solarDateOfLunar(year: number, month: number, day: number): string {
  assertLunarYear(year);
  let offset = 0;
  for (let y = 1900; y < year; y++) offset += lunarYearDays(y);
  const leapMonth = chineseDays.getYearLeapMonth(year).leapMonth ?? 0;
  for (let m = 1; m < month; m++) {
    offset += chineseDays.monthDays(year, m);
    // The leap month follows the ordinary month of the same number.
    if (m === leapMonth) offset += chineseDays.getYearLeapMonth(year).days;
  }
  return addCalendarDays(LUNAR_EPOCH, offset + day - 1);
}

/** Local calendar fields of an instant: exactly what chinese-days' format('YYYY-MM-DD') prints. */
function localIsoDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * The 清明 day of `year` (always 4-6 April in this range). chinese-days computes the day of
 * the month as an integer d, then prints Date.UTC(year, 3, d) with local getters. The only
 * local-time read here undoes that one: it picks the d whose local print is the library's
 * answer, so the result is d itself, whatever the host's zone (proved by a spec that runs
 * this under several TZ values in child processes).
 */
export function qingmingDate(year: number): string {
  assertLunarYear(year);
  const printed = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  for (let d = 1; d <= 10; d++) {
    if (localIsoDate(new Date(Date.UTC(year, 3, d))) === printed) return `${year}-04-${String(d).padStart(2, '0')}`;
  }
  throw new RangeError(`Unexpected 清明 date ${printed} for ${year}`);
}
