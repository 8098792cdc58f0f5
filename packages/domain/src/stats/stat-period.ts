import { shanghaiDate } from '../calendar/shanghai-time.js';
import { monthsOf, type DayPeriod } from './stat-figures.js';

/*
 * The periods figures are asked for: Beijing dates, both ends included. The longest is three
 * years (1,096 days, a leap day included): enough for a year against the year before and a
 * trend, small enough that no request scans the whole history by accident.
 */
export const STAT_PERIOD_MAX_DAYS = 1096;

export type StatPeriodProblem = 'reversed' | 'too_long';

const DAY_MS = 86_400_000;

/** Days in the period, both ends counted. */
export const periodDays = (p: DayPeriod): number => Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY_MS) + 1;

export function statPeriodProblem(p: DayPeriod): StatPeriodProblem | null {
  if (p.from > p.to) return 'reversed';
  if (periodDays(p) > STAT_PERIOD_MAX_DAYS) return 'too_long';
  return null;
}

/** The default period: this year so far, in Beijing. */
export function yearToDate(now: Date): DayPeriod {
  const today = shanghaiDate(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The period asked for: both ends as given; without `from`, the 1 January of `to`'s year; without either, this year so far. */
export function statPeriodOf(from: string | undefined, to: string | undefined, now: Date): DayPeriod {
  const fallback = yearToDate(now);
  return { from: from ?? (to ? `${to.slice(0, 4)}-01-01` : fallback.from), to: to ?? fallback.to };
}

/** YYYY-MM → its first and last day. */
export function monthPeriod(month: string): DayPeriod {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The same period one year earlier (29 February becomes 28 February). */
export function yearBefore(p: DayPeriod): DayPeriod {
  const back = (day: string) => {
    const y = Number(day.slice(0, 4)) - 1;
    const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * A period as the whole months (YYYY-MM) inside it and the days left at its ends: the histogram
 * of handling days is kept by month, so a period's 90th percentile reads the months from it and
 * only the edge days from the facts. 2026-01-15..2026-04-10 → months 02, 03; edges 01-15..01-31
 * and 04-01..04-10.
 */
export function wholeMonthsOf(p: DayPeriod): { months: string[]; edges: DayPeriod[] } {
  const months: string[] = [];
  const edges: DayPeriod[] = [];
  for (const month of monthsOf(p)) {
    const whole = monthPeriod(month);
    const part = { from: p.from > whole.from ? p.from : whole.from, to: p.to < whole.to ? p.to : whole.to };
    if (part.from === whole.from && part.to === whole.to) months.push(month);
    else edges.push(part);
  }
  return { months, edges };
}
