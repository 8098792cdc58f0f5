import { describe, expect, it } from 'vitest';
import { CalendarInputError } from './calendar-input.error.js';
import { elapsedShare } from './elapsed-share.js';
import { createWorkCalendar } from './work-calendar.js';

const official = createWorkCalendar();
const at = (iso: string) => new Date(iso);

describe('elapsedShare', () => {
  // Fri 2026-09-18 10:00 → Thu 2026-09-24 17:30 (5 working days) holds 41 office hours.
  const from = at('2026-09-18T10:00:00+08:00');
  const due = at('2026-09-24T17:30:00+08:00');
  const share = (now: string) => elapsedShare(official, from, due, 'working_days', at(now));

  it.each([
    ['2026-09-18T08:00:00+08:00', 0], // before the start
    ['2026-09-18T10:00:00+08:00', 0],
    ['2026-09-18T12:30:00+08:00', 2 / 41], // lunch does not count
    ['2026-09-19T12:00:00+08:00', 6 / 41], // Saturday off: nothing more used
    ['2026-09-20T12:00:00+08:00', 9 / 41], // make-up Sunday counts
    ['2026-09-24T17:30:00+08:00', 1],
    ['2026-09-24T21:00:00+08:00', 1], // overdue, but no office time has passed since
    ['2026-09-25T10:00:00+08:00', 1], // Mid-Autumn holiday
    ['2026-09-28T10:00:00+08:00', 42 / 41], // back at work, one hour over
  ])('working days at %s → %f', (now, expected) => {
    expect(share(now)).toBeCloseTo(expected, 12);
  });

  it('uses wall-clock time for calendar days and seconds', () => {
    const start = at('2026-10-01T00:00:00.000Z');
    const end = at('2026-10-01T00:01:40.000Z');
    expect(elapsedShare(official, start, end, 'seconds', at('2026-10-01T00:02:30.000Z'))).toBe(1.5);
    expect(elapsedShare(official, start, end, 'calendar_days', at('2026-10-01T00:00:25.000Z'))).toBe(0.25);
    expect(elapsedShare(official, start, end, 'seconds', at('2026-09-30T00:00:00.000Z'))).toBe(0);
  });

  it('treats a zero allowance as unused before the deadline and used from it on', () => {
    const instant = at('2026-09-15T10:00:00+08:00');
    expect(elapsedShare(official, instant, instant, 'working_hours', at('2026-09-15T09:00:00+08:00'))).toBe(0);
    expect(elapsedShare(official, instant, instant, 'working_hours', instant)).toBe(1);
  });

  it('refuses invalid instants and units', () => {
    expect(() => elapsedShare(official, from, due, 'working_days', new Date(Number.NaN))).toThrow(CalendarInputError);
    expect(() => elapsedShare(official, from, due, 'fortnights' as 'seconds', due)).toThrow(CalendarInputError);
  });
});
