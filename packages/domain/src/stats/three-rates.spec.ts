import { describe, expect, it } from 'vitest';
import type { StageDeadline } from '../work-item/work-item.types.js';
import { resolutionRate, responseRate, satisfactionRate, type RatedItem } from './three-rates.js';

/*
 * The three rates on a fixed data set computed by hand. March 2026 in Beijing time is
 * [2026-02-28T16:00Z, 2026-03-31T16:00Z).
 */
const MARCH = { from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };

const deadline = (stage: StageDeadline['stage'], startedAt: string, dueAt: string, metAt: string | null, stageSeq = 0): StageDeadline => ({
  stage, stageSeq, startedAt, dueAt, warnAt: dueAt, amount: 1, unit: 'working_days', metAt,
});
const ev = (type: string, at: string, data: Record<string, unknown> = {}) => ({ type, at, data }) as RatedItem['events'][number];
const item = (id: string, deadlines: StageDeadline[], events: RatedItem['events'], statutoryClock: StageDeadline | null = null): RatedItem => ({
  item: { id, deadlines, statutoryClock, closedAt: null },
  events,
});

const ITEMS: RatedItem[] = [
  // A: routed by rule, signed in time, answered in time, rated satisfied.
  item('A', [deadline('assign', '2026-03-02T00:00:00Z', '2026-03-02T09:00:00Z', '2026-03-02T03:00:00Z'), deadline('handle', '2026-03-02T03:00:00Z', '2026-03-09T09:00:00Z', '2026-03-06T02:00:00Z', 1)], [
    ev('registered', '2026-03-02T00:00:00Z'),
    ev('stage_job_processed', '2026-03-02T01:00:00Z', { result: 'routed', departmentId: 'd', rule: 'UTIL' }),
    ev('accepted', '2026-03-02T03:00:00Z'),
    ev('feedback_recorded', '2026-03-07T02:00:00Z', { satisfaction: 'satisfied', comment: null, reopened: false }),
  ]),
  // B: assigned, signed a day late, answered late; rated unsatisfied (redo), then basically satisfied.
  item('B', [deadline('assign', '2026-03-03T00:00:00Z', '2026-03-03T09:00:00Z', '2026-03-04T02:00:00Z'), deadline('handle', '2026-03-04T02:00:00Z', '2026-03-12T09:00:00Z', '2026-03-13T02:00:00Z', 1)], [
    ev('assigned', '2026-03-03T01:00:00Z', { departmentId: 'd', handlerId: null, previousDepartmentId: null }),
    ev('accepted', '2026-03-04T02:00:00Z'),
    ev('feedback_recorded', '2026-03-10T02:00:00Z', { satisfaction: 'unsatisfied', comment: '没解决', reopened: true }),
    ev('feedback_recorded', '2026-03-20T02:00:00Z', { satisfaction: 'basically_satisfied', comment: null, reopened: false }),
  ]),
  // C: a petition assigned and never signed for; its statutory clock falls due in March unmet; a feedback timed out.
  item('C', [deadline('assign', '2026-03-05T00:00:00Z', '2026-03-05T09:00:00Z', null)], [
    ev('assigned', '2026-03-05T01:00:00Z', { departmentId: 'd', handlerId: null, previousDepartmentId: null }),
    ev('feedback_timed_out', '2026-03-15T09:00:00Z', { stageSeq: 2, dueAt: '2026-03-15T09:00:00Z' }),
  ], { ...deadline('handle', '2026-01-24T16:00:00Z', '2026-03-25T15:59:59.999Z', null), clock: 'statutory' }),
  // D: assigned in February, due in April: in none of March's denominators.
  item('D', [deadline('assign', '2026-02-20T00:00:00Z', '2026-02-20T09:00:00Z', '2026-02-20T02:00:00Z'), deadline('handle', '2026-02-20T02:00:00Z', '2026-04-05T09:00:00Z', null, 1)], [
    ev('assigned', '2026-02-20T01:00:00Z', { departmentId: 'd', handlerId: null, previousDepartmentId: null }),
    ev('accepted', '2026-02-20T02:00:00Z'),
  ]),
  // E: a petition reopened after an unsatisfied rating: its second handle entry is due 03-28, but it
  // answers to its statutory clock, kept across the reopen (due 03-20, met at 办结 on 03-18).
  item('E', [deadline('handle', '2026-02-01T00:00:00Z', '2026-02-10T09:00:00Z', '2026-02-09T02:00:00Z', 1), deadline('handle', '2026-03-10T00:00:00Z', '2026-03-28T09:00:00Z', '2026-03-17T02:00:00Z', 3)], [
    ev('assigned', '2026-01-20T01:00:00Z', { departmentId: 'd', handlerId: null, previousDepartmentId: null }),
  ], { ...deadline('handle', '2026-01-19T16:00:00Z', '2026-03-20T15:59:59.999Z', '2026-03-18T02:00:00Z'), clock: 'statutory' }),
];

describe('the three rates (三率) on a month computed by hand', () => {
  it('响应率: A signed in time; B late; C never; D and E were assigned before March', () => {
    expect(responseRate(ITEMS, MARCH)).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it('按期办结率: due in March are A (on time), B (late), C (unmet) and E (on time by its statutory clock, not its reopened entry)', () => {
    expect(resolutionRate(ITEMS, MARCH)).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it('满意率: three ratings (B’s redo keeps its first), two satisfied or basically; C’s timed-out feedback is unrated', () => {
    expect(satisfactionRate(ITEMS, MARCH)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3, unrated: 1 });
  });

  it('an empty period has no data: every rate is null, not 0, and nothing divides by zero', () => {
    const empty = { from: '2025-06-30T16:00:00.000Z', to: '2025-07-31T16:00:00.000Z' };
    expect(responseRate(ITEMS, empty)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(resolutionRate(ITEMS, empty).rate).toBeNull();
    expect(satisfactionRate([], MARCH)).toEqual({ numerator: 0, denominator: 0, rate: null, unrated: 0 });
  });

  it('counts an instant at the period’s start and not one at its end (half-open)', () => {
    const onStart = item('S', [deadline('assign', MARCH.from, '2026-03-01T09:00:00Z', null)], [ev('assigned', MARCH.from, {})]);
    const onEnd = item('T', [deadline('assign', MARCH.to, '2026-04-01T09:00:00Z', null)], [ev('assigned', MARCH.to, {})]);
    expect(responseRate([onStart, onEnd], MARCH).denominator).toBe(1);
  });
});
