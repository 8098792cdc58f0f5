import { describe, expect, it } from 'vitest';
import { cast, CAST_NAMES, DEPT_A, DEPT_B, type CastName } from '../workflow/workflow-test.fixture.js';
import { narrowStatScope, statScope, statScopeCovers } from './stat-scope.js';
import { isCalendarDate, monthPeriod, periodDays, statPeriodProblem, STAT_PERIOD_MAX_DAYS, yearBefore, yearToDate } from './stat-period.js';

describe('who reads which figures', () => {
  const expected: Record<CastName, ReturnType<typeof statScope>> = {
    dispatcher: { all: true },
    admin: { all: true },
    headA: { all: false, departmentIds: [DEPT_A] },
    headB: { all: false, departmentIds: [DEPT_B] },
    leaderA: { all: false, departmentIds: [DEPT_A] },
    leaderB: { all: false, departmentIds: [DEPT_B] },
    // A leader in charge of no department reads figures of none (empty, not everything).
    leaderOwner: { all: false, departmentIds: [] },
    handlerA1: null,
    handlerA2: null,
    handlerB1: null,
    liaison1: null,
    contact1: null,
    contact2: null,
    system: null,
  };

  it('gives every role its scope', () => {
    for (const who of CAST_NAMES) expect(statScope(cast[who]), who).toEqual(expected[who]);
  });

  it('lets a head name their own department but not another, and narrows to the one named', () => {
    const head = statScope(cast.headA)!;
    expect(statScopeCovers(head, DEPT_A)).toBe(true);
    expect(statScopeCovers(head, DEPT_B)).toBe(false);
    expect(narrowStatScope(head, DEPT_B)).toEqual({ all: false, departmentIds: [] });
    expect(narrowStatScope({ all: true }, DEPT_B)).toEqual({ all: false, departmentIds: [DEPT_B] });
    expect(narrowStatScope(head, undefined)).toBe(head);
  });
});

describe('the periods figures are asked for', () => {
  it('refuses a period the wrong way round or longer than three years, and counts both ends', () => {
    expect(statPeriodProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('reversed');
    expect(periodDays({ from: '2026-03-01', to: '2026-03-01' })).toBe(1);
    expect(periodDays({ from: '2024-01-01', to: '2026-12-31' })).toBe(STAT_PERIOD_MAX_DAYS);
    expect(statPeriodProblem({ from: '2024-01-01', to: '2026-12-31' })).toBeNull();
    expect(statPeriodProblem({ from: '2023-12-31', to: '2026-12-31' })).toBe('too_long');
  });

  it('knows months, the year before and this year so far in Beijing', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(yearBefore({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    // 31 December 16:30 UTC is already 1 January in Beijing.
    expect(yearToDate(new Date('2026-12-31T16:30:00Z'))).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
});
