import { addDuration, elapsedShare, type DurationUnit, type WorkCalendar } from '@parkflow/domain';

const MS_HOUR = 3_600_000;
const MS_MINUTE = 60_000;
const MS_DAY = 24 * MS_HOUR;

/**
 * Office time in [from, to), in ms, measured by the domain's own calendar arithmetic (the office
 * hours, holidays and make-up days of `calendar`): `elapsedShare` gives the share of [from, to)
 * that one office hour after `from` covers, so the span is one hour divided by that share.
 */
export function officeTimeBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  // Where counting starts: `from` inside office hours, else the next opening. Past `to`: no office time.
  const start = addDuration(calendar, from, 0, 'working_hours').due;
  if (start.getTime() >= to.getTime()) return 0;
  const oneHourLater = addDuration(calendar, from, 1, 'working_hours').due;
  const share = elapsedShare(calendar, from, to, 'working_hours', oneHourLater);
  return Math.round(MS_HOUR / share);
}

/** Length of one working day's office time, from the calendar's office hours (7 h by default). */
export function officeDayMs(calendar: WorkCalendar): number {
  return calendar.officeHours.periods.reduce((sum, p) => sum + (p.end - p.start) * MS_MINUTE, 0);
}

/** Whether a rule's time runs on the working calendar (office hours on working days). */
export function runsOnWorkingTime(unit: DurationUnit): boolean {
  return unit === 'working_days' || unit === 'working_hours';
}

export interface TimeParts {
  /** Working days (of `officeDayMs`) on the working clock, calendar days otherwise. */
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a span into whole days of `dayMs`, hours, minutes and seconds (rounded down). */
export function splitSpan(ms: number, dayMs: number): TimeParts {
  const span = Math.max(0, Math.floor(ms / 1000) * 1000);
  const days = Math.floor(span / dayMs);
  const rest = span - days * dayMs;
  return {
    days,
    hours: Math.floor(rest / MS_HOUR),
    minutes: Math.floor((rest % MS_HOUR) / MS_MINUTE),
    seconds: Math.floor((rest % MS_MINUTE) / 1000),
  };
}

export type CountdownTone = 'normal' | 'warning' | 'overdue';

export interface Countdown {
  state: 'remaining' | 'overdue';
  /** `working`: office time on working days; `calendar`: the wall clock. */
  clock: 'working' | 'calendar' | 'seconds';
  parts: TimeParts;
  tone: CountdownTone;
  /** The clock stands still (waiting on the petitioner): the countdown is frozen at the pause. */
  paused: boolean;
}

export interface CountdownDeadline {
  dueAt: string;
  warnAt: string;
  unit: DurationUnit;
}

/**
 * How much time is left before `deadline` at `now` (or how long it is overdue), on the rule's own
 * clock: office time for working-day and working-hour rules, the wall clock for calendar days.
 * While the clock is paused (`pausedAt`), time stands still at the pause.
 */
export function deadlineCountdown(deadline: CountdownDeadline, current: Date, calendar: WorkCalendar, pausedAt?: string | null): Countdown {
  const paused = Boolean(pausedAt) && !Number.isNaN(Date.parse(pausedAt ?? ''));
  const now = paused ? new Date(pausedAt as string) : current;
  const due = new Date(deadline.dueAt);
  const overdue = now.getTime() > due.getTime();
  const tone: CountdownTone = overdue ? 'overdue' : now.getTime() >= Date.parse(deadline.warnAt) ? 'warning' : 'normal';
  const [from, to] = overdue ? [due, now] : [now, due];
  const state = overdue ? 'overdue' : 'remaining';
  if (runsOnWorkingTime(deadline.unit)) {
    return { state, clock: 'working', parts: splitSpan(officeTimeBetween(calendar, from, to), officeDayMs(calendar)), tone, paused };
  }
  const clock = deadline.unit === 'seconds' ? 'seconds' : 'calendar';
  return { state, clock, parts: splitSpan(to.getTime() - from.getTime(), MS_DAY), tone, paused };
}

/** The translation function's shape as far as this module needs it (i18next's `t`). */
export type CountdownT = (key: `countdown.${string}`, options?: Record<string, unknown>) => string;

/**
 * Words for a countdown: "剩余 2 个工作日 3 小时", "已超期 1 天 4 小时", "剩余 45 分钟".
 * Two units at most: days and hours, else hours and minutes, else minutes (seconds for test rules).
 */
export function formatCountdown(t: CountdownT, countdown: Countdown): string {
  const { days, hours, minutes, seconds } = countdown.parts;
  const words: string[] = [];
  if (days > 0) words.push(t(countdown.clock === 'working' ? 'countdown.workingDays' : 'countdown.days', { count: days }));
  if (hours > 0) words.push(t('countdown.hours', { count: hours }));
  if (days === 0 && minutes > 0) words.push(t('countdown.minutes', { count: minutes }));
  if (countdown.clock === 'seconds' && days === 0 && hours === 0 && seconds > 0) words.push(t('countdown.seconds', { count: seconds }));
  let text: string;
  if (countdown.state === 'overdue') {
    text = words.length === 0 ? t('countdown.overdueJust') : t('countdown.overdue', { time: words.join(' ') });
  } else {
    text = t('countdown.remaining', { time: words.length === 0 ? t('countdown.lessThanMinute') : words.join(' ') });
  }
  return countdown.paused ? t('countdown.paused', { text }) : text;
}
