import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isEventType } from '../work-item/timeline-event.types.js';
import { isNotifyTopic, NOTIFY_TOPICS } from '../work-item/notification-topic.types.js';
import type { Accepted } from '../work-item/decision.types.js';
import type { NotifyEffect, WorkItemState } from '../work-item/work-item.types.js';
import { act, at, cast, DEPT_A, registerAppealDecision } from './workflow-test.fixture.js';

/*
 * What the domain tells people comes as codes with parameters, never as sentences: the client
 * words notices and warnings in its own language (the web's i18n catalogues).
 */

function notices(decision: Accepted): NotifyEffect[] {
  return decision.effects.filter((e): e is NotifyEffect => e.type === 'notify');
}

/** An appeal signed for by handler A1 on Tuesday 2026-12-22; its 5 working days end 2026-12-29. */
function appealInHandling(): WorkItemState {
  let item = registerAppealDecision(at('2026-12-21T01:00:00Z')).next;
  item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-12-21T02:00:00Z')).next;
  return act(item, 'accept', cast.handlerA1, {}, at('2026-12-22T01:00:00Z')).next;
}

describe('notices', () => {
  it('carry a topic and the parameters of its sentence, the item named by code and title', () => {
    const item = appealInHandling();
    const requested = act(item, 'request_extension', cast.handlerA1, { days: 5, reason: '需现场勘查' }, at('2026-12-23T01:00:00Z'));
    expect(notices(requested)).toEqual([
      {
        type: 'notify',
        userIds: [],
        itemId: item.id,
        topic: 'extension_requested',
        params: { code: item.code, title: item.title, days: 5 },
        audience: 'department_leaders',
        departmentId: DEPT_A,
      },
    ]);
    const rejected = act(requested.next, 'reject_extension', cast.leaderA, {}, at('2026-12-23T02:00:00Z'));
    expect(notices(rejected)).toEqual([expect.objectContaining({ topic: 'extension_rejected', params: { code: item.code, title: item.title, comment: null } })]);
  });

  it('have no sentence, and only topics the domain declares', () => {
    let item = appealInHandling();
    const steps: Accepted[] = [];
    const step = (action: string, who: (typeof cast)[keyof typeof cast], input: Record<string, unknown>, iso: string) => {
      const decision = act(item, action, who, input, at(iso));
      steps.push(decision);
      item = decision.next;
    };
    step('supervise', cast.leaderA, { comment: '尽快办理' }, '2026-12-22T02:00:00Z');
    step('set_owner', cast.dispatcher, { leaderUserId: cast.leaderOwner.id }, '2026-12-22T03:00:00Z');
    step('pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, '2026-12-22T04:00:00Z');
    step('resume_clock', cast.headA, {}, '2026-12-22T05:00:00Z');
    step('reply', cast.handlerA1, { content: '已协调' }, '2026-12-22T06:00:00Z');
    const sent = steps.flatMap(notices);
    expect(new Set(sent.map((n) => n.topic))).toEqual(new Set(['supervised', 'owner_set', 'clock_paused', 'clock_resumed', 'replied']));
    for (const notice of sent) {
      expect(isNotifyTopic(notice.topic)).toBe(true);
      expect(notice).not.toHaveProperty('message');
      expect(notice.params).toMatchObject({ code: item.code, title: item.title });
    }
    expect(sent.find((n) => n.topic === 'clock_resumed')?.params).toMatchObject({ dueAt: expect.stringMatching(/^2026-12-29T/) });
  });
});

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
  it('list every event type and notification topic once', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect(new Set(NOTIFY_TOPICS).size).toBe(NOTIFY_TOPICS.length);
    expect(EVENT_TYPES).toContain('outcome_recorded');
    expect(isEventType('registered')).toBe(true);
    // A stored type the domain does not write (any more) is not one of its types.
    expect(isEventType('close_approved')).toBe(false);
    expect(isEventType('toString')).toBe(false);
  });
});
