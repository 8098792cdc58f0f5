import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStatFacts, RatingFact } from './item-stat-facts.js';
import { emptyDayCounts, factContributions, ratingContribution, statDelta, statSumsFromDayCounts, type StatContribution } from './stat-contributions.js';
import { statSums, type DayPeriod } from './stat-figures.js';
import { wholeMonthsOf } from './stat-period.js';

/*
 * The day counts are a second way to the same sums: whatever the facts, adding up their
 * contributions over the days of a period gives what statSums counts over the facts, and adding
 * up every action's delta gives the contributions of the facts the item ends with.
 */

const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const maybeDay = fc.option(day, { nil: null });
const dims = { kind: fc.constantFrom('petition', 'appeal'), category: fc.constantFrom('utilities', 'permits'), channel: fc.constantFrom('visit', 'hotline'), departmentId: fc.constantFrom('d1', 'd2', null), handlerId: fc.constantFrom('h1', null) };
const facts: fc.Arbitrary<ItemStatFacts> = fc.record({
  ...dims,
  itemId: fc.constantFrom('i1', 'i2', 'i3', 'i4'),
  registeredOn: day, assignedOn: maybeDay, signedOn: maybeDay, respondedOnTime: fc.boolean(),
  resolutionDueOn: maybeDay, resolvedOnTime: fc.boolean(), closedOn: maybeDay,
  handlingWorkingDays: fc.option(fc.integer({ min: 0, max: 4000 }).map((n) => n / 100), { nil: null }),
  overdueOn: maybeDay, extendedOn: maybeDay, extensionCount: fc.nat(3), returnedOn: maybeDay, returnCount: fc.nat(3), runningDueAt: fc.constant(null),
  repeated: fc.boolean(),
}).map((f) => ({ ...f, handlingWorkingDays: f.closedOn === null ? null : f.handlingWorkingDays }));
const rating: fc.Arbitrary<RatingFact> = fc.record({
  ...dims, itemId: fc.constant('i1'), ratedAt: fc.constant('2026-01-01T00:00:00Z'), ratedOn: day,
  satisfaction: fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied', null),
}) as fc.Arbitrary<RatingFact>;
const period: fc.Arbitrary<DayPeriod> = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

/** Contributions summed over a period, as the api sums the stored day rows. */
function sumsOver(contributions: readonly StatContribution[], p: DayPeriod) {
  const counts = emptyDayCounts();
  const histogram = new Map<number, number>();
  for (const c of contributions) {
    if (c.day < p.from || c.day > p.to) continue;
    for (const [name, n] of Object.entries(c.counts)) counts[name as keyof typeof counts] += n;
    if (c.handlingDays !== null) histogram.set(c.handlingDays, (histogram.get(c.handlingDays) ?? 0) + (c.counts.closed ?? 0));
  }
  return statSumsFromDayCounts(counts, [...histogram], null);
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

describe('day contributions', () => {
  it('summed over any period equal statSums over the facts and ratings themselves', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 12 }), fc.array(rating, { maxLength: 6 }), period, (fs, rs, p) => {
        const viaDays = sumsOver([...fs.flatMap(factContributions), ...rs.map(ratingContribution)], p);
        const direct = statSums(fs, rs, p, null);
        const { handlingAverage, handlingP90, ...counts } = direct;
        const { handlingAverage: avg, handlingP90: p90, ...dayCounts } = viaDays;
        expect(dayCounts).toEqual(counts);
        expect(close(avg, handlingAverage) && close(p90, handlingP90)).toBe(true);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('every action’s delta, added up, equals what the facts the item ends with contribute', () => {
    fc.assert(
      fc.property(fc.array(facts, { minLength: 1, maxLength: 6 }), fc.array(fc.array(rating, { maxLength: 2 }), { minLength: 6, maxLength: 6 }), period, (versions, ratings, p) => {
        const deltas = versions.flatMap((f, i) => statDelta(i === 0 ? null : versions[i - 1]!, f, ratings[i]!));
        const expected = sumsOver([...factContributions(versions.at(-1)!), ...ratings.slice(0, versions.length).flat().map(ratingContribution)], p);
        const got = sumsOver(deltas, p);
        const { handlingAverage, handlingP90, ...counts } = got;
        const { handlingAverage: avg, handlingP90: p90, ...want } = expected;
        expect({ ...counts, handlingSum: undefined }).toEqual({ ...want, handlingSum: undefined });
        expect(close(handlingAverage === null ? null : Math.round(handlingAverage * 1e6), avg === null ? null : Math.round(avg * 1e6))).toBe(true);
        expect(close(handlingP90, p90)).toBe(true);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('an action that changes no figure appends nothing; a closure moving to another day moves its count and its handling time', () => {
    const f = fc.sample(facts, { seed: 7, numRuns: 1 })[0]!;
    expect(statDelta(f, f, [])).toEqual([]);
    const closed = { ...f, closedOn: '2026-02-02', handlingWorkingDays: 3.5 };
    const reclosed = { ...closed, closedOn: '2026-02-09', handlingWorkingDays: 8.25 };
    expect(statDelta(closed, reclosed, [])).toEqual([
      expect.objectContaining({ day: '2026-02-02', handlingDays: 3.5, counts: { closed: -1, handlingCount: -1, handlingSum: -3.5 } }),
      expect.objectContaining({ day: '2026-02-09', handlingDays: 8.25, counts: { closed: 1, handlingCount: 1, handlingSum: 8.25 } }),
    ]);
  });

  it('an item moved to another department moves every one of its counts with it', () => {
    const f: ItemStatFacts = { ...fc.sample(facts, { seed: 3, numRuns: 1 })[0]!, departmentId: 'd1' };
    const moved = statDelta(f, { ...f, departmentId: 'd2' }, []);
    const sumFor = (dep: string) => moved.filter((c) => c.departmentId === dep).reduce((n, c) => n + (c.counts.registered ?? 0), 0);
    expect([sumFor('d1'), sumFor('d2')]).toEqual([-1, 1]);
  });
});

describe('wholeMonthsOf', () => {
  it.each([
    [{ from: '2026-01-15', to: '2026-04-10' }, ['2026-02', '2026-03'], [{ from: '2026-01-15', to: '2026-01-31' }, { from: '2026-04-01', to: '2026-04-10' }]],
    [{ from: '2026-02-01', to: '2026-02-28' }, ['2026-02'], []],
    [{ from: '2024-02-01', to: '2024-02-28' }, [], [{ from: '2024-02-01', to: '2024-02-28' }]],
    [{ from: '2026-03-05', to: '2026-03-09' }, [], [{ from: '2026-03-05', to: '2026-03-09' }]],
    [{ from: '2025-12-03', to: '2026-12-03' }, ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'], [{ from: '2025-12-03', to: '2025-12-31' }, { from: '2026-12-01', to: '2026-12-03' }]],
  ])('%o → months %o, edges %o', (p, months, edges) => {
    expect(wholeMonthsOf(p)).toEqual({ months, edges });
  });
});
