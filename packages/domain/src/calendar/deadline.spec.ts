import { describe, expect, it } from 'vitest';
import { CalendarInputError } from './calendar-input.error.js';
import { addDuration, computeDeadline } from './deadline.js';
import type { DurationUnit } from './duration-unit.js';
import { createWorkCalendar } from './work-calendar.js';

/*
 * Expected instants are written in UTC on purpose (Shanghai = UTC+8, no DST): the tests
 * then fail if the code leaned on the host time zone instead of fixed +08:00 arithmetic.
 * 17:30 Shanghai = 09:30Z, 23:59:59.999 Shanghai = 15:59:59.999Z.
 */
const official = createWorkCalendar();
const at = (iso: string) => new Date(iso);
const due = (from: string, amount: number, unit: DurationUnit, calendar = official) =>
  addDuration(calendar, at(from), amount, unit).due.toISOString();

describe('working_days', () => {
  it.each([
    // Friday + 5: Sunday 2026-09-20 is a make-up working day, so Thursday 2026-09-24.
    ['2026-09-18T10:00:00+08:00', 5, '2026-09-24T09:30:00.000Z'],
    // Arrival time on the start day does not matter: the start day never counts.
    ['2026-09-18T22:00:00+08:00', 5, '2026-09-24T09:30:00.000Z'],
    ['2026-09-18T00:30:00+08:00', 5, '2026-09-24T09:30:00.000Z'], // still 2026-09-17 in UTC
    // 15 days after 2026-09-30 skip 10-01..10-07 and count Saturday 10-10: Tuesday 10-27.
    ['2026-09-30T10:00:00+08:00', 15, '2026-10-27T09:30:00.000Z'],
    // Spring Festival 2026: 02-15..02-23 off, Saturday 02-14 worked: Fri 02-13 + 3 = Wed 02-25.
    ['2026-02-13T10:00:00+08:00', 3, '2026-02-25T09:30:00.000Z'],
    // Spring Festival 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked.
    ['2025-01-24T10:00:00+08:00', 2, '2025-01-27T09:30:00.000Z'],
    ['2025-01-27T10:00:00+08:00', 1, '2025-02-05T09:30:00.000Z'],
    ['2025-02-05T10:00:00+08:00', 3, '2025-02-08T09:30:00.000Z'], // Saturday 02-08 is worked
  ])('%s + %i working days → %s', (from, amount, expected) => {
    expect(due(from, amount, 'working_days')).toBe(expected);
  });

  it('applies admin overrides in a year chinese-days does not know', () => {
    const calendar = createWorkCalendar([
      { date: '2027-03-03', kind: 'holiday', name: '园区运动会' }, // Wednesday off
      { date: '2027-03-06', kind: 'workday' }, // Saturday worked
    ]);
    // Mon 2027-03-01 + 4: Tue 2, (Wed 3 off), Thu 4, Fri 5, Sat 6.
    const withOverrides = addDuration(calendar, at('2027-03-01T10:00:00+08:00'), 4, 'working_days');
    expect(withOverrides.due.toISOString()).toBe('2027-03-06T09:30:00.000Z');
    // Overrides do not publish the State Council's arrangement: 2027 is still uncovered.
    expect(withOverrides.uncoveredYears).toEqual([2027]);
    // Without them: Mon-Fri guess and a warning about 2027.
    const guessed = addDuration(official, at('2027-03-01T10:00:00+08:00'), 4, 'working_days');
    expect(guessed.due.toISOString()).toBe('2027-03-05T09:30:00.000Z');
    expect(guessed.uncoveredYears).toEqual([2027]);
  });

  it('lists every uncovered year the deadline runs through', () => {
    expect(addDuration(official, at('2026-12-30T10:00:00+08:00'), 5, 'working_days').uncoveredYears).toEqual([2027]);
    expect(addDuration(official, at('2026-12-01T10:00:00+08:00'), 500, 'working_days').uncoveredYears).toEqual([2027, 2028]);
    expect(addDuration(official, at('2026-09-01T10:00:00+08:00'), 20, 'working_days').uncoveredYears).toEqual([]);
    // Calendar days do not depend on holidays, so they never warn.
    expect(addDuration(official, at('2026-12-30T10:00:00+08:00'), 60, 'calendar_days').uncoveredYears).toEqual([]);
  });
});

describe('working_days 0: acknowledge the same working day (问题不过夜)', () => {
  it.each([
    ['2026-09-15T10:00:00+08:00', '2026-09-15T09:30:00.000Z'], // Tuesday, office open: today
    ['2026-09-15T07:00:00+08:00', '2026-09-15T09:30:00.000Z'], // before opening: today
    ['2026-09-15T17:29:59+08:00', '2026-09-15T09:30:00.000Z'],
    ['2026-09-15T17:30:00+08:00', '2026-09-16T09:30:00.000Z'], // office closed: next working day
    ['2026-09-15T20:00:00+08:00', '2026-09-16T09:30:00.000Z'],
    ['2026-09-12T10:00:00+08:00', '2026-09-14T09:30:00.000Z'], // Saturday: Monday
    ['2026-09-19T10:00:00+08:00', '2026-09-20T09:30:00.000Z'], // Saturday before a make-up Sunday
    ['2026-10-01T10:00:00+08:00', '2026-10-08T09:30:00.000Z'], // National Day: first day back
  ])('%s → %s', (from, expected) => {
    expect(due(from, 0, 'working_days')).toBe(expected);
  });
});

describe('working_hours (office hours 09:00-12:00, 13:30-17:30)', () => {
  it.each([
    ['2026-09-15T10:00:00+08:00', 2, '2026-09-15T04:00:00.000Z'], // lands on 12:00 closing
    ['2026-09-15T10:00:00+08:00', 2.5, '2026-09-15T06:00:00.000Z'], // lunch skipped: 14:00
    ['2026-09-15T12:30:00+08:00', 1, '2026-09-15T06:30:00.000Z'], // raised at lunch: 14:30
    ['2026-09-15T16:30:00+08:00', 3, '2026-09-16T03:00:00.000Z'], // evening skipped: Wed 11:00
    ['2026-09-15T20:00:00+08:00', 1, '2026-09-16T02:00:00.000Z'], // starts at next opening
    ['2026-09-15T09:00:00+08:00', 7, '2026-09-15T09:30:00.000Z'], // one full day: 17:30
    ['2026-09-12T10:00:00+08:00', 2, '2026-09-14T03:00:00.000Z'], // Saturday → Mon 11:00
    ['2026-09-19T10:00:00+08:00', 1, '2026-09-20T02:00:00.000Z'], // make-up Sunday counts
    ['2026-09-30T16:00:00+08:00', 4, '2026-10-08T03:30:00.000Z'], // 1.5h, Golden Week, 2.5h
    ['2026-09-15T10:00:00+08:00', 0, '2026-09-15T02:00:00.000Z'], // 0 inside hours: now
    ['2026-09-15T17:30:00+08:00', 0, '2026-09-16T01:00:00.000Z'], // 0 after closing: next opening
    ['2026-09-15T10:00:00+08:00', 0.25, '2026-09-15T02:15:00.000Z'],
  ])('%s + %s office hours → %s', (from, amount, expected) => {
    expect(due(from, amount, 'working_hours')).toBe(expected);
  });
});

describe('calendar_days and seconds', () => {
  it.each([
    ['2026-09-18T10:00:00+08:00', 15, '2026-10-03T15:59:59.999Z'], // holidays do not matter
    ['2026-09-18T00:30:00+08:00', 1, '2026-09-19T15:59:59.999Z'], // Shanghai date, not UTC date
    ['2026-09-18T23:30:00+08:00', 0, '2026-09-18T15:59:59.999Z'], // 0 = end of today
    ['2024-02-28T10:00:00+08:00', 2, '2024-03-01T15:59:59.999Z'], // leap year
    ['2026-12-20T10:00:00+08:00', 15, '2027-01-04T15:59:59.999Z'],
  ])('%s + %i calendar days → %s', (from, amount, expected) => {
    expect(due(from, amount, 'calendar_days')).toBe(expected);
  });

  it('adds plain seconds and ignores the calendar', () => {
    expect(due('2026-10-01T03:00:00.000Z', 90, 'seconds')).toBe('2026-10-01T03:01:30.000Z');
    expect(due('2026-10-01T03:00:00.000Z', 0.5, 'seconds')).toBe('2026-10-01T03:00:00.500Z');
  });
});

describe('computeDeadline warnAt', () => {
  it('warns at 80% of office time for working days', () => {
    // Fri 10:00 → Thu 17:30 is 6h + 5×7h = 41h of office time; 80% = 32.8h → Wed 16:18.
    const r = computeDeadline(official, at('2026-09-18T10:00:00+08:00'), 5, 'working_days');
    expect(r.dueAt.toISOString()).toBe('2026-09-24T09:30:00.000Z');
    expect(r.warnAt.toISOString()).toBe('2026-09-23T08:18:00.000Z');
    expect(r.uncoveredYears).toEqual([]);
  });

  it('warns at the requested share of office time for working hours', () => {
    // 4 office hours from Tue 16:30: half is 2h = 1h Tue + 1h Wed → Wed 10:00.
    const r = computeDeadline(official, at('2026-09-15T16:30:00+08:00'), 4, 'working_hours', 0.5);
    expect(r.dueAt.toISOString()).toBe('2026-09-16T04:00:00.000Z');
    expect(r.warnAt.toISOString()).toBe('2026-09-16T02:00:00.000Z');
  });

  it('warns on wall-clock time for calendar days and seconds', () => {
    const days = computeDeadline(official, at('2026-09-18T02:00:00.000Z'), 15, 'calendar_days');
    // span 1,346,399,999 ms × 0.8, floored.
    expect(days.warnAt.toISOString()).toBe('2026-09-30T13:11:59.999Z');
    const secs = computeDeadline(official, at('2026-10-01T03:00:00.000Z'), 100, 'seconds', 0.9);
    expect(secs.warnAt.toISOString()).toBe('2026-10-01T03:01:30.000Z');
  });

  it('warns at the deadline itself when warnShare is 1 or nothing is allowed', () => {
    const full = computeDeadline(official, at('2026-09-18T10:00:00+08:00'), 5, 'working_days', 1);
    expect(full.warnAt.toISOString()).toBe(full.dueAt.toISOString());
    const none = computeDeadline(official, at('2026-09-15T20:00:00+08:00'), 0, 'working_hours');
    expect(none.warnAt.toISOString()).toBe('2026-09-16T01:00:00.000Z');
    expect(none.dueAt.toISOString()).toBe('2026-09-16T01:00:00.000Z');
  });
});

describe('invalid input', () => {
  const from = at('2026-09-18T10:00:00+08:00');
  it.each([
    [-1, 'working_days', /finite number >= 0/],
    [Number.NaN, 'working_hours', /finite number >= 0/],
    [Number.POSITIVE_INFINITY, 'seconds', /finite number >= 0/],
    [1.5, 'working_days', /whole number/],
    [0.5, 'calendar_days', /whole number/],
    [1e9, 'working_days', /exceeds the maximum/],
    [3, 'weeks', /Unknown duration unit "weeks"/],
  ] as const)('amount %s %s is refused', (amount, unit, message) => {
    expect(() => addDuration(official, from, amount, unit as DurationUnit)).toThrow(CalendarInputError);
    expect(() => computeDeadline(official, from, amount, unit as DurationUnit)).toThrow(message);
  });

  it.each([0, -0.1, 1.01, Number.NaN])('warnShare %s is refused', (share) => {
    expect(() => computeDeadline(official, from, 5, 'working_days', share)).toThrow(/warnShare must be in \(0, 1\]/);
  });

  it('refuses an invalid start instant', () => {
    expect(() => addDuration(official, new Date('not a date'), 1, 'seconds')).toThrow(CalendarInputError);
  });
});
