import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import type { StageDeadline } from '../work-item/work-item.types.js';
import { foldStatFacts, ratingFacts, statFactsOfTimeline, type StatEvent, type StatItem } from './item-stat-facts.js';
import { handlingTime, monthsOf, percentileOfCounts, resolutionRate, responseRate, satisfactionRate, statFigures, statFiguresBy } from './stat-figures.js';

/*
 * The three rates and the counts on a fixed data set computed by hand, each item's facts folded
 * from its timeline. March 2026 in Beijing is 2026-03-01..2026-03-31 (from 2026-02-28T16:00Z).
 */
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const calendar = createWorkCalendar();

const deadline = (stage: StageDeadline['stage'], startedAt: string, dueAt: string, metAt: string | null, stageSeq = 0): StageDeadline => ({
  stage, stageSeq, startedAt, dueAt, warnAt: dueAt, amount: 1, unit: 'working_days', metAt,
});
const ev = (type: string, at: string, data: Record<string, unknown> = {}) => ({ type, at, data }) as StatEvent;
const item = (id: string, deadlines: StageDeadline[], rest: Partial<StatItem> = {}): StatItem => ({
  id, kind: 'appeal', category: 'utilities', channel: 'hotline', departmentId: 'd1', handlerId: 'h1', deadlines,
  statutoryClock: null, createdAt: '2026-03-01T00:00:00Z', closedAt: null, stageSeq: deadlines.at(-1)?.stageSeq ?? 0, clockPausedAt: null, repeatOfId: null, ...rest,
});

const TIMELINES: { item: StatItem; events: StatEvent[] }[] = [
  // A: routed by rule, signed in time, answered in time, rated satisfied, closed Friday 03-06 10:00 Beijing.
  {
    item: item('A', [deadline('assign', '2026-03-02T00:00:00Z', '2026-03-02T09:00:00Z', '2026-03-02T03:00:00Z'), deadline('handle', '2026-03-02T03:00:00Z', '2026-03-09T09:00:00Z', '2026-03-06T02:00:00Z', 1)], {
      createdAt: '2026-03-02T01:00:00Z', closedAt: '2026-03-06T02:00:00Z',
    }),
    events: [
      ev('registered', '2026-03-02T00:00:00Z'),
      ev('stage_job_processed', '2026-03-02T01:00:00Z', { result: 'routed', departmentId: 'd1', rule: 'UTIL' }),
      ev('accepted', '2026-03-02T03:00:00Z'),
      ev('feedback_recorded', '2026-03-07T02:00:00Z', { satisfaction: 'satisfied', comment: null, reopened: false }),
    ],
  },
  // B: assigned, signed a day late, answered late; rated unsatisfied (redo), then basically satisfied; returned once first; one extension.
  {
    item: item('B', [deadline('assign', '2026-03-03T00:00:00Z', '2026-03-03T09:00:00Z', '2026-03-04T02:00:00Z'), deadline('handle', '2026-03-04T02:00:00Z', '2026-03-12T09:00:00Z', '2026-03-13T02:00:00Z', 1)], {
      departmentId: 'd2', category: 'permits',
    }),
    events: [
      ev('assigned', '2026-03-03T01:00:00Z', { departmentId: 'd2', handlerId: null, previousDepartmentId: null }),
      ev('returned', '2026-03-03T02:00:00Z', { departmentId: 'd2', reason: '不属本部门' }),
      ev('assigned', '2026-03-03T03:00:00Z', { departmentId: 'd2', handlerId: null, previousDepartmentId: null }),
      ev('accepted', '2026-03-04T02:00:00Z'),
      ev('extension_approved', '2026-03-08T02:00:00Z', { days: 2 }),
      ev('overdue', '2026-03-12T09:00:00Z', { stageSeq: 1, dueAt: '2026-03-12T09:00:00Z' }),
      ev('feedback_recorded', '2026-03-10T02:00:00Z', { satisfaction: 'unsatisfied', comment: '没解决', reopened: true }),
      ev('feedback_recorded', '2026-03-20T02:00:00Z', { satisfaction: 'basically_satisfied', comment: null, reopened: false }),
    ],
  },
  // C: a petition assigned and never signed for; its statutory clock falls due in March unmet; a feedback timed out.
  // It was registered as a repeat (重复件) of an earlier, closed petition.
  {
    item: item('C', [deadline('assign', '2026-03-05T00:00:00Z', '2026-03-05T09:00:00Z', null)], {
      kind: 'petition', repeatOfId: 'X0', statutoryClock: { ...deadline('handle', '2026-01-24T16:00:00Z', '2026-03-25T15:59:59.999Z', null), clock: 'statutory' },
    }),
    events: [
      ev('assigned', '2026-03-05T01:00:00Z', { departmentId: 'd1', handlerId: null, previousDepartmentId: null }),
      ev('feedback_timed_out', '2026-03-15T09:00:00Z', { stageSeq: 2, dueAt: '2026-03-15T09:00:00Z' }),
    ],
  },
  // D: assigned in February, due in April: in none of March's denominators. A repeat too, registered in February.
  {
    item: item('D', [deadline('assign', '2026-02-20T00:00:00Z', '2026-02-20T09:00:00Z', '2026-02-20T02:00:00Z'), deadline('handle', '2026-02-20T02:00:00Z', '2026-04-05T09:00:00Z', null, 1)], {
      createdAt: '2026-02-20T00:00:00Z', repeatOfId: 'X1',
    }),
    events: [ev('assigned', '2026-02-20T01:00:00Z', { departmentId: 'd1', handlerId: null, previousDepartmentId: null }), ev('accepted', '2026-02-20T02:00:00Z')],
  },
  // E: a petition reopened after an unsatisfied rating: its second handle entry is due 03-28, but it
  // answers to its statutory clock, kept across the reopen (due 03-20, met at 办结 on 03-18).
  {
    item: item('E', [deadline('handle', '2026-02-01T00:00:00Z', '2026-02-10T09:00:00Z', '2026-02-09T02:00:00Z', 1), deadline('handle', '2026-03-10T00:00:00Z', '2026-03-28T09:00:00Z', '2026-03-17T02:00:00Z', 3)], {
      kind: 'petition', createdAt: '2026-01-20T00:00:00Z', closedAt: '2026-03-18T02:00:00Z',
      statutoryClock: { ...deadline('handle', '2026-01-19T16:00:00Z', '2026-03-20T15:59:59.999Z', '2026-03-18T02:00:00Z'), clock: 'statutory' },
    }),
    events: [ev('assigned', '2026-01-20T01:00:00Z', { departmentId: 'd1', handlerId: null, previousDepartmentId: null })],
  },
];
const FOLDED = TIMELINES.map(({ item, events }) => statFactsOfTimeline(item, events, calendar));
const FACTS = FOLDED.map((f) => f.facts);
const RATINGS = FOLDED.flatMap((f) => f.ratings);

describe('the three rates (三率) on a month computed by hand', () => {
  it('响应率: A signed in time; B late; C never; D and E were assigned before March', () => {
    expect(responseRate(FACTS, MARCH)).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it('按期办结率: due in March are A (on time), B (late), C (unmet) and E (on time by its statutory clock, not its reopened entry)', () => {
    expect(resolutionRate(FACTS, MARCH)).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it('满意率: three ratings (B’s redo keeps its first), two satisfied or basically; C’s timed-out feedback is unrated', () => {
    expect(satisfactionRate(RATINGS, MARCH)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3, unrated: 1 });
  });

  it('an empty period has no data: every rate is null, not 0, and nothing divides by zero', () => {
    const empty = { from: '2025-07-01', to: '2025-07-31' };
    expect(responseRate(FACTS, empty)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(resolutionRate(FACTS, empty).rate).toBeNull();
    expect(satisfactionRate([], MARCH)).toEqual({ numerator: 0, denominator: 0, rate: null, unrated: 0 });
    expect(handlingTime(FACTS, empty)).toEqual({ closed: 0, averageDays: null, p90Days: null });
    expect(statFigures(FACTS, RATINGS, empty, null)).toMatchObject({ registered: 0, repeated: 0, repeatRate: null });
    expect(statFiguresBy('department', FACTS, RATINGS, empty, new Date('2025-07-01T00:00:00Z')).size).toBe(0);
  });

  it('counts a day by Beijing time: 16:00Z on the last of February is 1 March in Beijing, 16:00Z on 31 March is April', () => {
    const onStart = statFactsOfTimeline(item('S', [deadline('assign', '2026-02-28T16:00:00Z', '2026-03-02T09:00:00Z', null)]), [ev('assigned', '2026-02-28T16:00:00Z')], calendar).facts;
    const onEnd = statFactsOfTimeline(item('T', [deadline('assign', '2026-03-31T16:00:00Z', '2026-04-01T09:00:00Z', null)]), [ev('assigned', '2026-03-31T16:00:00Z')], calendar).facts;
    expect([onStart.assignedOn, onEnd.assignedOn]).toEqual(['2026-03-01', '2026-04-01']);
    expect(responseRate([onStart, onEnd], MARCH).denominator).toBe(1);
  });
});

describe('the counts beside the rates', () => {
  it('returns, extensions and overdue count items by the day they first happened', () => {
    const figures = statFigures(FACTS, RATINGS, MARCH, new Date('2026-03-26T00:00:00Z'));
    expect(figures).toMatchObject({ returned: 1, extended: 1, overdue: 1, registered: 3 });
    expect(FACTS[1]).toMatchObject({ returnCount: 1, extensionCount: 1, assignedOn: '2026-03-03' });
  });

  it('重复率: of the three registered in March (A, B, C) one is a repeat (C); D, a repeat too, was registered in February', () => {
    expect(FACTS.map((f) => f.repeated)).toEqual([false, false, true, true, false]);
    expect(statFigures(FACTS, RATINGS, MARCH, null)).toMatchObject({ registered: 3, repeated: 1, repeatRate: 1 / 3 });
    expect(statFigures(FACTS, RATINGS, { from: '2026-02-01', to: '2026-03-31' }, null)).toMatchObject({ registered: 4, repeated: 2, repeatRate: 0.5 });
    const rows = statFiguresBy('month', FACTS, RATINGS, { from: '2026-01-01', to: '2026-03-31' }, new Date());
    expect(rows.get('2026-01')).toMatchObject({ registered: 1, repeated: 0, repeatRate: 0 }); // E
    expect(rows.get('2026-02')).toMatchObject({ registered: 1, repeated: 1, repeatRate: 1 }); // D
    // By kind: C is the March petition (E, the other petition, was registered in January).
    const byKind = statFiguresBy('kind', FACTS, RATINGS, MARCH, new Date('2026-03-01T00:00:00Z'));
    expect(byKind.get('petition')).toMatchObject({ registered: 1, repeated: 1, repeatRate: 1 });
    expect(byKind.get('appeal')).toMatchObject({ registered: 2, repeated: 0, repeatRate: 0 });
  });

  it('handling time: A took Monday 09:00 → Friday 10:00 Beijing, 4 days of office time and 1 h (7 h a day); E from 20 Jan to 18 Mar', () => {
    expect(FACTS[0]!.handlingWorkingDays).toBe(Math.round((4 + 1 / 7) * 100) / 100);
    const time = handlingTime(FACTS, MARCH);
    expect(time.closed).toBe(2);
    const [a, e] = [FACTS[0]!.handlingWorkingDays!, FACTS[4]!.handlingWorkingDays!];
    expect(time.averageDays).toBe(Math.round(((a + e) / 2) * 100) / 100);
    expect(time.p90Days).toBe(Math.round((a + (e - a) * 0.9) * 100) / 100);
  });

  it('overdue now: open items past a running deadline when asked, never closed or answered ones', () => {
    // 26 March: C (assign 03-05, statutory 03-25). B answered its handle deadline late, but it is met; D is due 5 April; A and E closed.
    expect(statFigures(FACTS, RATINGS, MARCH, new Date('2026-03-26T00:00:00Z')).overdueNow).toBe(1);
    expect(statFigures(FACTS, RATINGS, MARCH, new Date('2026-04-06T00:00:00Z')).overdueNow).toBe(2);
    const paused = statFactsOfTimeline({ ...TIMELINES[3]!.item, clockPausedAt: '2026-03-01T00:00:00Z' }, TIMELINES[3]!.events, calendar).facts;
    expect(paused.runningDueAt).toBeNull();
  });
});

describe('breakdowns', () => {
  it('by department: each row holds the items whose current department it is', () => {
    const rows = statFiguresBy('department', FACTS, RATINGS, MARCH, new Date('2026-03-01T00:00:00Z'));
    expect(rows.get('d2')!.response).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(rows.get('d1')!.response).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });

  it('by month: each figure falls in the month of its own day', () => {
    const rows = statFiguresBy('month', FACTS, RATINGS, { from: '2026-01-15', to: '2026-03-31' }, new Date());
    expect([...rows.keys()]).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(rows.get('2026-01')!.response.denominator).toBe(1); // E
    expect(rows.get('2026-02')!.response).toEqual({ numerator: 1, denominator: 1, rate: 1 }); // D
    expect(rows.get('2026-03')!.overdueNow).toBeNull();
    expect(monthsOf({ from: '2025-12-31', to: '2026-01-01' })).toEqual(['2025-12', '2026-01']);
  });
});

describe('folding the facts action by action', () => {
  it('gives the same facts and ratings as folding the whole timeline at once', () => {
    for (const { item, events } of TIMELINES) {
      let facts = null;
      const ratings = [];
      for (const event of events) {
        facts = foldStatFacts(facts, item, [event], calendar);
        ratings.push(...ratingFacts(item, [event]));
      }
      expect({ facts, ratings }).toEqual(statFactsOfTimeline(item, events, calendar));
    }
  });
});

describe('the 90th percentile from a histogram', () => {
  it('equals percentile_cont over the values it counts', () => {
    // Values 1,2,2,3,10 (n=5): position 0.9·4 = 3.6 → 3 + (10 − 3)·0.6 = 7.2.
    expect(percentileOfCounts([[10, 1], [2, 2], [1, 1], [3, 1]], 0.9)).toBeCloseTo(7.2, 10);
    expect(percentileOfCounts([[4.5, 3]], 0.9)).toBe(4.5);
    expect(percentileOfCounts([[1, 0]], 0.9)).toBeNull();
    expect(percentileOfCounts([], 0.9)).toBeNull();
  });
});
