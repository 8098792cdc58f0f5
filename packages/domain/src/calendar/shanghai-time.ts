import { CalendarInputError } from './calendar-input.error.js';

/**
 * Asia/Shanghai wall-clock arithmetic. China has used UTC+8 all year without DST since
 * 1991, so a fixed offset is exact for every date this system handles; using it directly
 * (instead of Intl or the host's local-time Date methods) keeps results identical on a
 * server in UTC, a laptop in Berlin and a browser anywhere.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MS_PER_MINUTE = 60 * 1000;
export const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** UTC midnight of a civil date; setUTCFullYear avoids Date.UTC's 0-99 → 1900s quirk. */
function civilToUtcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function formatCivil(utcMs: number): string {
  const d = new Date(utcMs);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function parseDate(date: string): DateParts {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (match === null) {
    throw new CalendarInputError(`Expected a date as 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  }
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Round-trip to reject dates such as 2026-02-30 that Date would silently roll over.
  if (formatCivil(civilToUtcMs(parts.year, parts.month, parts.day)) !== date) {
    throw new CalendarInputError(`No such calendar date: ${date}`);
  }
  return parts;
}

/** Throws CalendarInputError unless `date` is a real 'YYYY-MM-DD' date. */
export function assertDate(date: string): void {
  parseDate(date);
}

/** Throws CalendarInputError unless `instant` is a Date holding a real time value. */
export function assertInstant(instant: Date, label: string): void {
  if (!(instant instanceof Date) || !Number.isFinite(instant.getTime())) {
    throw new CalendarInputError(`${label} must be a valid Date`);
  }
}

/** The Shanghai calendar date ('YYYY-MM-DD') on which `instant` falls. */
export function shanghaiDate(instant: Date): string {
  assertInstant(instant, 'instant');
  return formatCivil(instant.getTime() + SHANGHAI_OFFSET_MS);
}

/** Epoch ms of 00:00 Shanghai time on `date`. */
export function shanghaiDayStartMs(date: string): number {
  const { year, month, day } = parseDate(date);
  return civilToUtcMs(year, month, day) - SHANGHAI_OFFSET_MS;
}

/** Epoch ms of `minuteOfDay` minutes after Shanghai midnight on `date` (1440 = next midnight). */
export function shanghaiMinuteMs(date: string, minuteOfDay: number): number {
  return shanghaiDayStartMs(date) + minuteOfDay * MS_PER_MINUTE;
}

/** `date` moved by `days` calendar days (negative allowed). */
export function addCalendarDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return formatCivil(civilToUtcMs(year, month, day + days));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(civilToUtcMs(year, month, day)).getUTCDay();
}

export function yearOf(date: string): number {
  return parseDate(date).year;
}
