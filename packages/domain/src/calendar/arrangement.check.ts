import { ARRANGEMENT_YEARS, issue, type ArrangementDayKind, type ArrangementIssue, type ArrangementParseResult } from './arrangement.types.js';
import { addCalendarDays, assertDate, dayOfWeek } from './shanghai-time.js';

/** A day as a parser read it, before the checks every format shares. `text` is how the input wrote it. */
export interface RawArrangementDay {
  date: string;
  kind: ArrangementDayKind;
  name: string;
  text: string;
  line?: number;
}

/** 'YYYY-MM-DD' from numbers, or null for a day no calendar has (2月30日). */
export function civilDate(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    assertDate(date);
    return date;
  } catch {
    return null;
  }
}

export function isRealDate(date: string): boolean {
  try {
    assertDate(date);
    return true;
  } catch {
    return false;
  }
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesFromTo(from: string, to: string): string[] {
  const dates: string[] = [];
  // Bounded: a year has at most 366 days and both ends are checked to lie in it before.
  for (let d = from; d <= to && dates.length <= 400; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
}

export function yearIssue(year: number): ArrangementIssue | null {
  if (Number.isInteger(year) && year >= ARRANGEMENT_YEARS.min && year <= ARRANGEMENT_YEARS.max) return null;
  return issue('year_out_of_range', { year, ...ARRANGEMENT_YEARS }, `The year must be ${ARRANGEMENT_YEARS.min} to ${ARRANGEMENT_YEARS.max}, got ${year}`);
}

/**
 * The checks every format shares, after parsing: each day real, inside `year`, listed once.
 * A weekday made a working day or a weekend made a holiday changes nothing: a warning, since
 * it is harmless but usually a typo for another date.
 */
export function checkArrangement(year: number, raw: readonly RawArrangementDay[], errors: ArrangementIssue[], warnings: ArrangementIssue[]): ArrangementParseResult {
  const bad = yearIssue(year);
  if (bad) errors.push(bad);
  const seen = new Map<string, RawArrangementDay>();
  const holidaysByName = new Map<string, number>();
  for (const d of raw) if (d.kind === 'holiday') holidaysByName.set(d.name, (holidaysByName.get(d.name) ?? 0) + 1);
  for (const day of raw) {
    if (!isRealDate(day.date)) {
      errors.push(issue('impossible_date', { text: day.text }, `No such date: ${day.text}`, day.line));
      continue;
    }
    if (Number(day.date.slice(0, 4)) !== year) {
      errors.push(issue('outside_year', { date: day.date, year }, `${day.date} is not in ${year}`, day.line));
      continue;
    }
    if (seen.has(day.date)) {
      errors.push(issue('duplicate_day', { date: day.date }, `${day.date} is listed more than once`, day.line));
      continue;
    }
    seen.set(day.date, day);
    const weekday = dayOfWeek(day.date);
    const weekend = weekday === 0 || weekday === 6;
    if (day.kind === 'workday' && !weekend) {
      warnings.push(issue('pointless_workday', { date: day.date }, `${day.date} is a weekday; marking it a working day changes nothing`, day.line));
    }
    if (day.kind === 'holiday' && weekend && holidaysByName.get(day.name) === 1) {
      // A weekend inside a festival's range is normal (清明 4月4日至6日); alone it is suspicious.
      warnings.push(issue('pointless_holiday', { date: day.date }, `${day.date} is a weekend day; marking it a holiday changes nothing`, day.line));
    }
  }
  const byLine = (a: ArrangementIssue, b: ArrangementIssue) => (a.line ?? 0) - (b.line ?? 0);
  if (errors.length === 0 && seen.size === 0) errors.push(issue('no_days', {}, 'The input lists no days'));
  // In the order of the text, so the dialog lists them as the admin reads it (a stable sort).
  if (errors.length > 0) return { ok: false, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
  const days = [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ date, kind, name }) => ({ date, kind, name }));
  return { ok: true, arrangement: { year, days }, warnings: warnings.sort(byLine) };
}
