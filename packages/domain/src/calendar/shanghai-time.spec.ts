import { describe, expect, it } from 'vitest';
import { CalendarInputError } from './calendar-input.error.js';
import { addCalendarDays, dayOfWeek, shanghaiDate, shanghaiDayStartMs, shanghaiMinuteMs } from './shanghai-time.js';

describe('shanghaiDate', () => {
  it.each([
    ['2026-01-01T15:59:59.999Z', '2026-01-01'], // 23:59:59.999 in Shanghai
    ['2026-01-01T16:00:00.000Z', '2026-01-02'], // Shanghai midnight is 16:00 UTC the day before
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2024-02-28T16:30:00.000Z', '2024-02-29'],
    ['2026-07-01T00:00:00.000Z', '2026-07-01'], // no summer time: still +8 in July
    ['2026-07-01T15:59:59.999Z', '2026-07-01'],
  ])('%s is %s in Shanghai', (iso, expected) => {
    expect(shanghaiDate(new Date(iso))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow(CalendarInputError);
  });
});

describe('civil date arithmetic', () => {
  it('puts Shanghai midnight and office minutes at fixed UTC instants', () => {
    expect(new Date(shanghaiDayStartMs('2026-09-18')).toISOString()).toBe('2026-09-17T16:00:00.000Z');
    expect(new Date(shanghaiMinuteMs('2026-09-18', 17 * 60 + 30)).toISOString()).toBe('2026-09-18T09:30:00.000Z');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2026-09-18', 15)).toBe('2026-10-03');
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-09-18')).toBe(5); // Friday
    expect(dayOfWeek('2026-09-20')).toBe(0); // Sunday
    expect(dayOfWeek('2027-03-06')).toBe(6); // Saturday
  });

  it.each(['2026-02-30', '2026-13-01', '2026-9-18', '20260918', '', '2026-09-18T00:00'])('rejects %j', (bad) => {
    expect(() => addCalendarDays(bad, 1)).toThrow(CalendarInputError);
  });
});
