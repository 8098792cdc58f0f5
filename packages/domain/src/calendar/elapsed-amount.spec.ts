import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChineseDays, loadChineseDaysInShanghai } from './chinese-days-oracle.fixture.js';
import { CalendarInputError } from './calendar-input.error.js';
import { addDuration, computeDeadline } from './deadline.js';
import type { DurationUnit } from './duration-unit.js';
import { elapsedAmount } from './elapsed-amount.js';
import { addCalendarDays, shanghaiDayStartMs } from './shanghai-time.js';
import { createWorkCalendar } from './work-calendar.js';

/*
 * Measuring time on a rule's own clock, and deadlines whose clock stood still for a while.
 * Expected instants in UTC (Shanghai = UTC+8): office hours are 09:00-12:00 and 13:30-17:30
 * Shanghai = 01:00-04:00Z and 05:30-09:30Z, 7 office hours a working day.
 * Qingming 2026: Saturday 04-04 to Monday 04-06 off. National Day 2026: 10-01 to 10-07 off,
 * Sunday 09-20 and Saturday 10-10 worked.
 */
const official = createWorkCalendar();
const at = (iso: string) => new Date(iso);
const amount = (from: string, to: string, unit: DurationUnit, calendar = official) => elapsedAmount(calendar, at(from), at(to), unit);

describe('elapsedAmount', () => {
  it.each<[string, string, string, DurationUnit, number]>([
    // Friday 16:00 → Monday 10:00: 1.5 office hours on Friday (to 17:30) + 1 on Monday (09:00-10:00).
    ['weekend, hours', '2026-03-06T16:00:00+08:00', '2026-03-09T10:00:00+08:00', 'working_hours', 2.5],
    ['weekend, working days', '2026-03-06T16:00:00+08:00', '2026-03-09T10:00:00+08:00', 'working_days', 2.5 / 7],
    ['weekend, calendar days', '2026-03-06T16:00:00+08:00', '2026-03-09T10:00:00+08:00', 'calendar_days', 66 / 24],
    ['weekend, seconds', '2026-03-06T16:00:00+08:00', '2026-03-09T10:00:00+08:00', 'seconds', 66 * 3600],
    // Friday 16:00 → Tuesday 10:00 over the weekend and Qingming Monday: still 2.5 office hours.
    ['weekend + holiday, hours', '2026-04-03T16:00:00+08:00', '2026-04-07T10:00:00+08:00', 'working_hours', 2.5],
    ['weekend + holiday, calendar days', '2026-04-03T16:00:00+08:00', '2026-04-07T10:00:00+08:00', 'calendar_days', 3.75],
    ['lunch break', '2026-03-02T11:00:00+08:00', '2026-03-02T14:00:00+08:00', 'working_hours', 1.5],
    ['a night', '2026-03-02T18:00:00+08:00', '2026-03-03T08:59:59+08:00', 'working_hours', 0],
    // Saturday noon → Monday 09:00: the make-up Sunday 09-20 is a whole office day.
    ['make-up Sunday', '2026-09-19T12:00:00+08:00', '2026-09-21T09:00:00+08:00', 'working_days', 1],
    // Golden Week: 30 min on Wednesday 09-30, nothing 10-01..10-07, 30 min on Thursday 10-08.
    ['Golden Week', '2026-09-30T17:00:00+08:00', '2026-10-08T09:30:00+08:00', 'working_hours', 1],
    ['backwards', '2026-03-09T10:00:00+08:00', '2026-03-06T16:00:00+08:00', 'working_hours', 0],
    ['backwards, wall clock', '2026-03-09T10:00:00+08:00', '2026-03-06T16:00:00+08:00', 'calendar_days', 0],
  ])('%s: %s → %s in %s = %f', (_name, from, to, unit, expected) => {
    expect(amount(from, to, unit)).toBeCloseTo(expected, 12);
  });

  it('scales working days by the configured office hours', () => {
    const eightToFour = createWorkCalendar([], { periods: [{ start: 8 * 60, end: 16 * 60 }] });
    // Friday 15:00-16:00 and Monday 08:00-09:00: 2 of 8 office hours.
    expect(amount('2026-03-06T15:00:00+08:00', '2026-03-09T09:00:00+08:00', 'working_days', eightToFour)).toBeCloseTo(0.25, 12);
    expect(amount('2026-03-06T15:00:00+08:00', '2026-03-09T09:00:00+08:00', 'working_hours', eightToFour)).toBeCloseTo(2, 12);
  });

  it('follows admin overrides', () => {
    const parkHoliday = createWorkCalendar([{ date: '2026-03-09', kind: 'holiday', name: '园区运动会' }]);
    expect(amount('2026-03-06T16:00:00+08:00', '2026-03-10T10:00:00+08:00', 'working_hours', parkHoliday)).toBeCloseTo(2.5, 12);
    expect(amount('2026-03-06T16:00:00+08:00', '2026-03-10T10:00:00+08:00', 'working_hours')).toBeCloseTo(9.5, 12);
  });

  it('refuses what it cannot measure', () => {
    expect(() => elapsedAmount(official, new Date(Number.NaN), at('2026-03-02T00:00:00Z'), 'working_hours')).toThrow(CalendarInputError);
    expect(() => elapsedAmount(official, at('2026-03-02T00:00:00Z'), new Date(Number.NaN), 'seconds')).toThrow(CalendarInputError);
    expect(() => elapsedAmount(official, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'), 'fortnights' as DurationUnit)).toThrow(
      CalendarInputError,
    );
  });

  const instant2025to2026 = fc
    .integer({ min: Date.parse('2024-12-31T16:00:00Z'), max: Date.parse('2026-12-31T15:59:59.999Z') })
    .map((ms) => new Date(ms));

  it('measures back exactly the office time addDuration counted forward', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.integer({ min: 0, max: 300 * 60 }), (from, minutes) => {
        const hours = minutes / 60;
        const { due } = addDuration(official, from, hours, 'working_hours');
        expect(elapsedAmount(official, from, due, 'working_hours')).toBeCloseTo(hours, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive over a split and never negative', () => {
    fc.assert(
      fc.property(instant2025to2026, instant2025to2026, instant2025to2026, fc.constantFrom<DurationUnit>('working_days', 'working_hours', 'calendar_days', 'seconds'), (a, b, c, unit) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = elapsedAmount(official, x, z, unit);
        expect(whole).toBeGreaterThanOrEqual(0);
        expect(elapsedAmount(official, x, y, unit) + elapsedAmount(official, y, z, unit)).toBeCloseTo(whole, 6);
        expect(elapsedAmount(official, z, x, unit)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

/* chinese-days as the oracle: see deadline.property.spec.ts for why it is loaded in Shanghai time. */
let chineseDays: ChineseDays;
const tzBeforeOracle = process.env.TZ;
beforeAll(() => {
  chineseDays = loadChineseDaysInShanghai();
});
afterAll(() => {
  if (tzBeforeOracle === undefined) delete process.env.TZ;
  else process.env.TZ = tzBeforeOracle;
});

describe('elapsedAmount against chinese-days', () => {
  it('counts one working day per official working day between two midnights', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addCalendarDays('2024-01-01', offset));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (start, length) => {
        const end = addCalendarDays(start, length);
        let expected = 0;
        for (let d = start; d < end; d = addCalendarDays(d, 1)) {
          const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
          if (chineseDays.isWorkday(new Date(y, m - 1, dd))) expected++;
        }
        if (end > '2026-12-31') return; // beyond the published arrangement
        const measured = elapsedAmount(official, new Date(shanghaiDayStartMs(start)), new Date(shanghaiDayStartMs(end)), 'working_days');
        expect(measured).toBeCloseTo(expected, 9);
      }),
      { numRuns: 200 },
    );
  });
});

/** One unit of each clock in ms, with the default office hours (7 h a working day). */
const UNIT_MS: Readonly<Record<DurationUnit, number>> = { calendar_days: 86_400_000, working_days: 7 * 3_600_000, working_hours: 3_600_000, seconds: 1000 };

describe('computeDeadline with a paused clock', () => {
  // The handle stage entered Thursday 2026-04-02 10:00, paused Friday 04-03 16:00 → Tuesday 04-07 10:00.
  const start = at('2026-04-02T10:00:00+08:00');
  const iso = (d: Date) => d.toISOString();

  it.each<[DurationUnit, number, number, string, string, string, string]>([
    // 60 calendar days: end of Monday 06-01; 90 h later. Warning at 80% of 60 d 13:59:59.999.
    ['calendar_days', 60, 3.75, '2026-06-01T15:59:59.999Z', '2026-06-05T09:59:59.999Z', '2026-05-20T13:11:59.999Z', '2026-05-24T07:11:59.999Z'],
    // 5 working days: Fri 04-03, Tue 04-07 … Fri 04-10 17:30 (41 office hours from the start);
    // 2.5 office hours later is Monday 04-13 11:30. Warning at 32.8 h: Thu 04-09 16:18 → Fri 10:18.
    ['working_days', 5, 2.5 / 7, '2026-04-10T09:30:00.000Z', '2026-04-13T03:30:00.000Z', '2026-04-09T08:18:00.000Z', '2026-04-10T02:18:00.000Z'],
    // 16 office hours: Thu 6 + Fri 7 + Tue 09:00-12:00 = Tue 12:00; + 2.5 across lunch = Tue 16:00.
    // Warning at 12.8 h: Fri 17:18 → 0.2 h on Friday + 2.3 h on Tuesday = Tue 11:18.
    ['working_hours', 16, 2.5, '2026-04-07T04:00:00.000Z', '2026-04-07T08:00:00.000Z', '2026-04-03T09:18:00.000Z', '2026-04-07T03:18:00.000Z'],
    // A test policy in seconds runs on the wall clock: 3600 s, then 90 h (3 d 18 h) later.
    ['seconds', 3600, 324_000, '2026-04-02T03:00:00.000Z', '2026-04-05T21:00:00.000Z', '2026-04-02T02:48:00.000Z', '2026-04-05T20:48:00.000Z'],
  ])('%s %d, paused %f: due %s → %s, warning %s → %s', (unit, n, paused, dueBefore, dueAfter, warnBefore, warnAfter) => {
    const plain = computeDeadline(official, start, n, unit, 0.8);
    expect([iso(plain.dueAt), iso(plain.warnAt)]).toEqual([dueBefore, warnBefore]);
    const moved = computeDeadline(official, start, n, unit, 0.8, paused);
    expect([iso(moved.dueAt), iso(moved.warnAt)]).toEqual([dueAfter, warnAfter]);
  });

  it('changes nothing for a pause of no time, even at a closing time', () => {
    const friday = at('2026-04-09T10:00:00+08:00');
    expect(computeDeadline(official, friday, 1, 'working_days', 0.8, 0)).toEqual(computeDeadline(official, friday, 1, 'working_days', 0.8));
  });

  it('warns when a pause carries the deadline into a year the calendar does not cover', () => {
    const lateDecember = at('2026-12-28T10:00:00+08:00');
    expect(computeDeadline(official, lateDecember, 2, 'working_days').uncoveredYears).toEqual([]);
    const moved = computeDeadline(official, lateDecember, 2, 'working_days', 0.8, 3);
    // Wed 12-30 17:30 + 3 office days: Thu 12-31, (Fri 2027-01-01 is 元旦 by statute), Mon, Tue.
    expect(moved.dueAt.toISOString()).toBe('2027-01-05T09:30:00.000Z');
    expect(moved.uncoveredYears).toEqual([2027]);
  });

  it('refuses a negative or non-finite paused amount', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => computeDeadline(official, start, 5, 'working_days', 0.8, bad)).toThrow(CalendarInputError);
    }
  });

  it('moves both instants later, never earlier, and keeps the warning before the deadline', () => {
    const unitAndAmount = fc.oneof(
      fc.tuple(fc.constant<DurationUnit>('calendar_days'), fc.integer({ min: 0, max: 120 })),
      fc.tuple(fc.constant<DurationUnit>('working_days'), fc.integer({ min: 0, max: 30 })),
      fc.tuple(fc.constant<DurationUnit>('working_hours'), fc.integer({ min: 0, max: 600 }).map((m) => m / 60)),
      fc.tuple(fc.constant<DurationUnit>('seconds'), fc.integer({ min: 0, max: 1_000_000 })),
    );
    const from = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(from, unitAndAmount, fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (f, [unit, n], p1, p2) => {
        const [less, more] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = computeDeadline(official, f, n, unit, 0.8, less);
        const b = computeDeadline(official, f, n, unit, 0.8, more);
        expect(b.dueAt.getTime()).toBeGreaterThanOrEqual(a.dueAt.getTime());
        expect(b.warnAt.getTime()).toBeGreaterThanOrEqual(a.warnAt.getTime());
        expect(b.warnAt.getTime()).toBeLessThanOrEqual(b.dueAt.getTime());
        // The deadline moved by exactly the paused time on the unit's clock (to the millisecond).
        const plain = computeDeadline(official, f, n, unit, 0.8);
        const movedBy = elapsedAmount(official, plain.dueAt, b.dueAt, unit);
        expect(Math.abs(movedBy - more) * UNIT_MS[unit]).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('for hours and seconds, equals a longer allowance from the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 300 }), (ms, n, p) => {
        const f = new Date(ms);
        for (const unit of ['working_hours', 'seconds'] as const) {
          expect(computeDeadline(official, f, n, unit, 0.8, p).dueAt).toEqual(computeDeadline(official, f, n + p, unit, 0.8).dueAt);
        }
      }),
      { numRuns: 200 },
    );
  });
});
