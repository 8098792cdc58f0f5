import type { YearArrangement } from './arrangement.types.js';
import { addCalendarDays, dayOfWeek } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';

export type DayWorking = 'working' | 'rest';

export interface ArrangementChange {
  date: string;
  before: DayWorking;
  after: DayWorking;
  /** The arrangement's name for the day, or what the day was before (a festival no longer kept). */
  name: string | null;
}

const state = (working: boolean): DayWorking => (working ? 'working' : 'rest');

/**
 * The days of the arrangement's year whose working status changes if it is loaded into
 * `calendar`, in date order. Mirrors createWorkCalendar's precedence: an admin's single-day
 * override still wins, so its day never changes; any other day becomes the arrangement's day or
 * a plain Mon-Fri/Sat-Sun day.
 */
export function diffArrangement(calendar: WorkCalendar, arrangement: YearArrangement): ArrangementChange[] {
  const byDate = new Map(arrangement.days.map((d) => [d.date, d]));
  const changes: ArrangementChange[] = [];
  const last = `${arrangement.year}-12-31`;
  for (let date = `${arrangement.year}-01-01`; date <= last; date = addCalendarDays(date, 1)) {
    const before = calendar.dayInfo(date);
    if (before.source === 'override') continue;
    const day = byDate.get(date);
    const weekday = dayOfWeek(date);
    const after = day ? day.kind === 'workday' : weekday >= 1 && weekday <= 5;
    if (after !== before.working) changes.push({ date, before: state(before.working), after: state(after), name: day?.name ?? before.name });
  }
  return changes;
}
