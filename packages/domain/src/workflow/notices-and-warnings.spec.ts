import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isEventType } from '../work-item/timeline-event.types.js';
import type { WorkItemState } from '../work-item/work-item.types.js';
import { act, at, cast, DEPT_A, registerAppealDecision } from './workflow-test.fixture.js';

/*
 * What the domain tells people comes as codes with parameters, never as sentences: the client
 * words warnings in its own language (the web's i18n catalogues).
 */

/** An appeal signed for by handler A1 on Tuesday 2026-12-22; its 5 working days end 2026-12-29. */
function appealInHandling(): WorkItemState {
  let item = registerAppealDecision(at('2026-12-21T01:00:00Z')).next;
  item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-12-21T02:00:00Z')).next;
  return act(item, 'accept', cast.handlerA1, {}, at('2026-12-22T01:00:00Z')).next;
}

describe('warnings', () => {
  it('name an uncovered calendar year by code, for a new stage and for an extension', () => {
    // 2027's official holidays are not in the calendar yet.
    expect(registerAppealDecision(at('2027-06-01T01:00:00Z')).warnings).toEqual([{ code: 'stage_deadline_uncovered', params: { stage: 'assign', year: 2027 } }]);
    const item = appealInHandling();
    const requested = act(item, 'request_extension', cast.handlerA1, { days: 5, reason: '需现场勘查' }, at('2026-12-23T01:00:00Z'));
    expect(requested.warnings).toEqual([]);
    const approved = act(requested.next, 'approve_extension', cast.leaderA, {}, at('2026-12-23T02:00:00Z'));
    expect(approved.warnings).toEqual([{ code: 'extended_deadline_uncovered', params: { year: 2027 } }]);
  });
});

describe('the type lists', () => {
  it('list every event type once', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPES).toContain('outcome_recorded');
    expect(isEventType('registered')).toBe(true);
    // A stored type the domain does not write (any more) is not one of its types.
    expect(isEventType('close_approved')).toBe(false);
    expect(isEventType('toString')).toBe(false);
  });
});
