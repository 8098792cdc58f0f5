import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChineseDays, loadChineseDaysInShanghai } from './chinese-days-oracle.fixture.js';
import { addDuration, computeDeadline } from './deadline.js';
import { DURATION_UNITS, type DurationUnit } from './duration-unit.js';
import { elapsedShare } from './elapsed-share.js';
import { addCalendarDays, shanghaiDate } from './shanghai-time.js';
import { createWorkCalendar } from './work-calendar.js';
import { officeMsBetween } from './working-time.js';

const official = createWorkCalendar();
const HOUR = 3_600_000;
const EIGHT_HOURS = 8 * HOUR;
/** The last day of the State Council arrangements chinese-days 1.5.7 ships. */
const LAST_OFFICIAL_DAY = '2026-12-31';

/*
 * chinese-days is the oracle here, but it builds its tables and reads dates with local-time
 * getters: west of UTC every answer is a day off (the reason official-holidays.data.ts reads
 * its raw table instead). So it is loaded only after switching this process to Shanghai
 * time, and handed Dates built from local fields.
 */
let chineseDays: ChineseDays;
const tzBeforeOracle = process.env.TZ;
beforeAll(() => {
  chineseDays = loadChineseDaysInShanghai();
});
afterAll(() => {
  if (tzBeforeOracle === undefined) delete process.env.TZ;
  else process.env.TZ = tzBeforeOracle;
});

function libDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Instants from 2024-01-01 to 2026-12-31 Shanghai time, at any millisecond. */
const instant2024to2026 = fc
  .integer({ min: Date.parse('2023-12-31T16:00:00Z'), max: Date.parse('2026-12-31T15:59:59.999Z') })
  .map((ms) => new Date(ms));
const anyDate2004to2026 = fc
  .integer({ min: 0, max: 8400 })
  .map((offset) => addCalendarDays('2004-01-01', offset))
  .filter((d) => d <= '2026-12-31');

/** A unit with an amount in a realistic range (whole days, minute-precision hours). */
const unitAndAmount: fc.Arbitrary<[DurationUnit, number]> = fc.oneof(
  fc.tuple(fc.constant<DurationUnit>('calendar_days'), fc.integer({ min: 0, max: 400 })),
  fc.tuple(fc.constant<DurationUnit>('working_days'), fc.integer({ min: 0, max: 60 })),
  fc.tuple(fc.constant<DurationUnit>('working_hours'), fc.integer({ min: 0, max: 600 }).map((min) => min / 60)),
  fc.tuple(fc.constant<DurationUnit>('seconds'), fc.integer({ min: 0, max: 10_000_000 })),
);

describe('agreement with chinese-days (2004-2026)', () => {
  it('classifies every day as chinese-days does', () => {
    fc.assert(
      fc.property(anyDate2004to2026, (date) => {
        expect(official.isWorkingDay(date)).toBe(chineseDays.isWorkday(libDate(date)));
      }),
      { numRuns: 2000 },
    );
  });

  it('lands N working days later on the day findWorkday names, at 17:30 Shanghai', () => {
    fc.assert(
      fc.property(instant2024to2026, fc.integer({ min: 0, max: 40 }), (from, n) => {
        const { due } = addDuration(official, from, n, 'working_days');
        // chinese-days guesses Mon-Fri after 2026; this calendar follows the statute there.
        fc.pre(shanghaiDate(due) <= LAST_OFFICIAL_DAY);
        const start = shanghaiDate(from);
        // 问题不过夜: with 0 days and the office already closed today, the next working day.
        const closedToday = official.isWorkingDay(start) && from.getTime() >= Date.parse(`${start}T17:30:00+08:00`);
        const expected = chineseDays.findWorkday(n === 0 && closedToday ? 1 : n, libDate(start));
        expect(shanghaiDate(due)).toBe(expected);
        expect(new Date(due.getTime() + EIGHT_HOURS).toISOString().slice(11)).toBe('17:30:00.000Z');
      }),
      { numRuns: 500 },
    );
  });

  it('counts exactly N working days between the start date and the due date', () => {
    fc.assert(
      fc.property(instant2024to2026, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const start = shanghaiDate(from);
        const end = shanghaiDate(addDuration(official, from, n, 'working_days').due);
        fc.pre(end <= LAST_OFFICIAL_DAY);
        const counted = chineseDays.getWorkdaysInRange(libDate(addCalendarDays(start, 1)), libDate(end));
        expect(counted.length).toBe(n);
        expect(counted.at(-1)).toBe(end);
      }),
      { numRuns: 300 },
    );
  });
});

describe('deadline invariants', () => {
  it('never falls due before it starts', () => {
    fc.assert(
      fc.property(instant2024to2026, unitAndAmount, (from, [unit, amount]) => {
        expect(addDuration(official, from, amount, unit).due.getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('is monotonic: a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instant2024to2026, fc.integer({ min: 0, max: 20 * 24 * HOUR }), unitAndAmount, (a, gap, [unit, amount]) => {
        const b = new Date(a.getTime() + gap);
        expect(addDuration(official, b, amount, unit).due.getTime()).toBeGreaterThanOrEqual(
          addDuration(official, a, amount, unit).due.getTime(),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('counts exactly the requested office time for working hours', () => {
    fc.assert(
      fc.property(instant2024to2026, fc.integer({ min: 1, max: 600 }), (from, minutes) => {
        const { due } = addDuration(official, from, minutes / 60, 'working_hours');
        expect(officeMsBetween(official, from.getTime(), due.getTime())).toBe(minutes * 60_000);
        // …and not a millisecond later than needed.
        expect(officeMsBetween(official, from.getTime(), due.getTime() - 1)).toBe(minutes * 60_000 - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('puts warnAt between from and due, at the requested share of the time', () => {
    fc.assert(
      fc.property(
        instant2024to2026,
        unitAndAmount,
        fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
        (from, [unit, amount], share) => {
          const { dueAt, warnAt } = computeDeadline(official, from, amount, unit, share);
          expect(warnAt.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(warnAt.getTime()).toBeLessThanOrEqual(dueAt.getTime());
          // Measured on the unit's own clock, exactly floor(share × allowance) has passed.
          const clock = (until: Date) =>
            unit === 'working_days' || unit === 'working_hours'
              ? officeMsBetween(official, from.getTime(), until.getTime())
              : until.getTime() - from.getTime();
          expect(clock(warnAt)).toBe(Math.floor(clock(dueAt) * share));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('elapsedShare grows with time, from 0 at the start to 1 at the deadline', () => {
    fc.assert(
      fc.property(instant2024to2026, unitAndAmount, fc.nat({ max: 30 * 24 * HOUR }), fc.nat({ max: 24 * HOUR }), (from, [unit, amount], t, dt) => {
        const { due } = addDuration(official, from, amount, unit);
        const now = new Date(from.getTime() + t);
        const later = new Date(now.getTime() + dt);
        expect(elapsedShare(official, from, due, unit, later)).toBeGreaterThanOrEqual(elapsedShare(official, from, due, unit, now));
        expect(elapsedShare(official, from, due, unit, due)).toBe(1);
        if (due.getTime() > from.getTime()) expect(elapsedShare(official, from, due, unit, from)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('host time zone independence', () => {
  const snapshot = () =>
    [
      ['2026-09-18T00:30:00+08:00', 5, 'working_days'],
      ['2026-09-30T23:30:00+08:00', 15, 'working_days'],
      ['2026-09-15T16:30:00+08:00', 3, 'working_hours'],
      ['2026-09-18T00:30:00+08:00', 1, 'calendar_days'],
    ].map(([from, amount, unit]) => {
      const r = computeDeadline(official, new Date(from as string), amount as number, unit as DurationUnit);
      return [r.dueAt.toISOString(), r.warnAt.toISOString(), shanghaiDate(r.dueAt)];
    });

  it.for(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London'])('gives the same results with TZ=%s', (tz, ctx) => {
    const tzBefore = process.env.TZ;
    const reference = snapshot();
    const offsetBefore = new Date('2026-09-18T00:00:00Z').getTimezoneOffset();
    try {
      process.env.TZ = tz;
      // Node applies a changed TZ immediately; if this runner does not, the check would prove nothing.
      if (new Date('2026-09-18T00:00:00Z').getTimezoneOffset() === offsetBefore) ctx.skip();
      expect(snapshot()).toEqual(reference);
      expect(reference[0]).toEqual(['2026-09-24T09:30:00.000Z', '2026-09-23T08:06:00.000Z', '2026-09-24']); // 42h × 0.8 → Wed 16:06
    } finally {
      if (tzBefore === undefined) delete process.env.TZ;
      else process.env.TZ = tzBefore;
    }
  });

  it('lists every unit the module knows', () => {
    expect(DURATION_UNITS).toEqual(['calendar_days', 'working_days', 'working_hours', 'seconds']);
  });
});
