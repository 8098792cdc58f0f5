import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles/role.js';
import type { ItemStatFacts, RatingFact } from './item-stat-facts.js';
import { factContributions } from './stat-contributions.js';
import { statDrillDownItemIds, statDrillDownProblem, statDrillDownScope, drillDimensionsMatch, type StatDrillDown } from './stat-drill-down.js';
import { factsMatch, ratingMatches, STAT_FACT_CATALOG, STAT_FACTS, statFactRule } from './stat-fact.catalog.js';
import { statSums, type DayPeriod } from './stat-figures.js';
import type { StatScope } from './stat-scope.js';

/*
 * A figure and its list are the same count: for every fact, every row's dimensions and any
 * period, the facts the drill-down matches are as many as the figure statSums gives that row
 * (ratings: as many ratings; the list shows each item once).
 */

const NOW = new Date('2026-03-01T00:00:00Z');
const day = fc.integer({ min: 0, max: 90 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const maybeDay = fc.option(day, { nil: null });
const dims = { kind: fc.constantFrom('petition', 'appeal'), category: fc.constantFrom('utilities', 'permits'), channel: fc.constantFrom('visit', 'hotline'), departmentId: fc.constantFrom('d1', 'd2', null), handlerId: fc.constantFrom('h1', null) };
const facts: fc.Arbitrary<ItemStatFacts[]> = fc
  .array(
    fc.record({
      ...dims,
      registeredOn: day, assignedOn: maybeDay, signedOn: maybeDay, respondedOnTime: fc.boolean(),
      resolutionDueOn: maybeDay, resolvedOnTime: fc.boolean(), closedOn: maybeDay, handlingWorkingDays: fc.constant(1),
      overdueOn: maybeDay, extendedOn: maybeDay, extensionCount: fc.nat(2), returnedOn: maybeDay, returnCount: fc.nat(2),
      runningDueAt: fc.option(day.map((d) => `${d}T08:00:00.000Z`), { nil: null }), repeated: fc.boolean(),
    }),
    { maxLength: 14 },
  )
  .map((rows) => rows.map((f, i) => ({ ...f, itemId: `i${i}`, handlingWorkingDays: f.closedOn === null ? null : f.handlingWorkingDays })));
const ratings: fc.Arbitrary<RatingFact[]> = fc.array(
  fc.record({ ...dims, itemId: fc.constantFrom('i0', 'i1', 'i2'), ratedAt: fc.constant('2026-01-01T00:00:00Z'), ratedOn: day, satisfaction: fc.constantFrom('satisfied', 'basically_satisfied', 'unsatisfied', null) }),
  { maxLength: 8 },
) as fc.Arbitrary<RatingFact[]>;
const period: fc.Arbitrary<DayPeriod> = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const row = fc.record({
  departmentId: fc.constantFrom(undefined, 'd1', null),
  handlerId: fc.constantFrom(undefined, 'h1', null),
  kind: fc.constantFrom(undefined, 'petition'),
  category: fc.constantFrom(undefined, 'permits'),
  channel: fc.constantFrom(undefined, 'visit'),
});
const scope: fc.Arbitrary<StatScope> = fc.constantFrom({ all: true }, { all: false, departmentIds: ['d1'] }, { all: false, departmentIds: [] });

describe('the drill-down lists what the figure counted', () => {
  it('for every fact: as many facts (or ratings) as the figure, over any row and period', () => {
    fc.assert(
      fc.property(facts, ratings, period, row, scope, (fs, rs, p, r, sc) => {
        for (const fact of STAT_FACTS) {
          const drill: StatDrillDown = { fact, period: p, ...r };
          const rowFacts = fs.filter((f) => drillDimensionsMatch(f, drill, sc));
          const rowRatings = rs.filter((x) => drillDimensionsMatch(x, drill, sc));
          const rule = statFactRule(fact);
          const counted = rule.source === 'rating' ? rowRatings.filter((x) => ratingMatches(rule, x, p)).length : rowFacts.filter((f) => factsMatch(rule, f, p, NOW)).length;
          const figure = STAT_FACT_CATALOG[fact].figure;
          const expected = figure
            ? figure(statSums(rowFacts, rowRatings, p, NOW))
            : rowFacts.flatMap(factContributions).filter((c) => c.day >= p.from && c.day <= p.to).reduce((n, c) => n + (c.counts.registeredOverdue ?? 0), 0);
          expect([fact, counted]).toEqual([fact, expected]);
          const ids = statDrillDownItemIds(drill, sc, fs, rs, NOW);
          if (rule.source !== 'rating') expect(ids.length).toBe(counted);
          else expect(ids).toEqual([...new Set(rowRatings.filter((x) => ratingMatches(rule, x, p)).map((x) => x.itemId))].sort());
        }
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('lists a redo rated twice once, although the figure counts both ratings', () => {
    const dimsOf = { kind: 'appeal', category: 'permits', channel: 'visit', departmentId: 'd1', handlerId: null };
    const twice: RatingFact[] = ['2026-01-05', '2026-01-09'].map((ratedOn) => ({ ...dimsOf, itemId: 'i7', ratedAt: `${ratedOn}T02:00:00Z`, ratedOn, satisfaction: 'unsatisfied' as const }));
    const drill: StatDrillDown = { fact: 'rated', period: { from: '2026-01-01', to: '2026-01-31' } };
    expect(statSums([], twice, drill.period, null).rated).toBe(2);
    expect(statDrillDownItemIds(drill, { all: true }, [], twice, NOW)).toEqual(['i7']);
  });
});

describe('who may drill down', () => {
  const actor = (roles: Actor['roles'], departmentId: string | null, leads: string[] = []): Actor => ({ id: 'u1', roles, departmentId, leadsDepartmentIds: leads, enterpriseId: null, liaisonEnterpriseIds: [] });
  const period = { from: '2026-01-01', to: '2026-01-31' };

  it('as the figures: a head their department, a leader theirs, dispatchers everything; handlers nothing', () => {
    expect(statDrillDownProblem(actor(['department_head'], 'd1'), { period, departmentId: 'd1' })).toBeNull();
    expect(statDrillDownProblem(actor(['department_head'], 'd1'), { period, departmentId: 'd2' })).toBe('department_not_in_scope');
    expect(statDrillDownProblem(actor(['department_head'], 'd1'), { period, departmentId: null })).toBe('department_not_in_scope');
    expect(statDrillDownProblem(actor(['leader'], null, ['d2']), { period, departmentId: 'd2' })).toBeNull();
    expect(statDrillDownProblem(actor(['dispatcher'], null), { period, departmentId: null })).toBeNull();
    expect(statDrillDownProblem(actor(['handler'], 'd1'), { period })).toBe('no_statistics');
    expect(statDrillDownProblem(actor(['dispatcher'], null), { period: { from: '2026-02-01', to: '2026-01-01' } })).toBe('reversed');
    expect(statDrillDownProblem(actor(['dispatcher'], null), { period: { from: '2020-01-01', to: '2026-01-01' } })).toBe('too_long');
  });

  it("narrows to the reader's departments when no department is asked for", () => {
    expect(statDrillDownScope(actor(['department_head'], 'd1', ['d3']), {})).toEqual({ all: false, departmentIds: ['d1', 'd3'] });
    expect(statDrillDownScope(actor(['department_head'], 'd1', ['d3']), { departmentId: 'd3' })).toEqual({ all: false, departmentIds: ['d3'] });
    expect(statDrillDownScope(actor(['admin'], null), { departmentId: null })).toEqual({ all: true });
  });
});
