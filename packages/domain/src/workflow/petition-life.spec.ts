import { describe, expect, it } from 'vitest';
import type { Effect, WorkItemState } from '../work-item/work-item.types.js';
import { decide } from './decide.js';
import { runningDeadline } from './sla-state.policy.js';
import { act, at, calendar, cast, DEPT_A, DEPT_B, outcome, registerPetition, kinds } from './workflow-test.fixture.js';

function due(item: WorkItemState): string {
  const d = runningDeadline(item);
  if (!d) throw new Error('no running deadline');
  return d.dueAt;
}

function effectTypes(effects: Effect[]): string[] {
  return effects.map((e) => e.type);
}

describe('a petition, from registration to 案结事了', () => {
  it('goes through a return, extensions, an unsatisfied rating, a rejected closure, and closes', () => {
    // Registered and accepted (受理) Monday 2026-03-02 09:00; 15 calendar days from receipt to route and sign for it.
    let item = registerPetition();
    expect(item).toMatchObject({ stage: 'assign', status: 'pending_assignment', stageSeq: 2, extensionDaysUsed: 0, reopenCount: 0 });
    expect(due(item)).toBe('2026-03-17T15:59:59.999Z');

    // Assigned to department A, which returns it as wrongly routed (退回).
    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T02:00:00Z')).next;
    expect(item).toMatchObject({ status: 'pending_acceptance', departmentId: DEPT_A, handlerId: null });
    expect(outcome(decide(item, 'return', cast.handlerA1, { reason: '  ' }, at('2026-03-02T03:00:00Z'), calendar, kinds))).toBe('invalid_input');
    const returned = act(item, 'return', cast.handlerA1, { reason: '不属于本部门职责' }, at('2026-03-02T03:00:00Z'));
    item = returned.next;
    expect(item).toMatchObject({ stage: 'assign', status: 'pending_assignment', departmentId: null, stageSeq: 2 });
    expect(returned.effects).toContainEqual(expect.objectContaining({ type: 'notify', audience: 'dispatchers' }));

    // Re-assigned to department B with a named handler, who signs for it (签收).
    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_B, handlerId: cast.handlerB1.id }, at('2026-03-02T04:00:00Z')).next;
    expect(outcome(decide(item, 'accept', cast.handlerA1, {}, at('2026-03-03T01:00:00Z'), calendar, kinds))).toBe('forbidden');
    const accepted = act(item, 'accept', cast.handlerB1, {}, at('2026-03-03T01:00:00Z'));
    item = accepted.next;
    expect(item).toMatchObject({ stage: 'handle', status: 'in_progress', handlerId: cast.handlerB1.id, stageSeq: 3 });
    expect(item.deadlines[1]?.metAt).toBe('2026-03-03T01:00:00.000Z');
    // 60 calendar days from 2026-03-03 end on Saturday 2026-05-02, inside the 劳动节 rest (1–5 May):
    // the period ends at the end of the first working day after it, Wednesday 6 May (民法典).
    expect(due(item)).toBe('2026-05-06T15:59:59.999Z');
    expect(effectTypes(accepted.effects)).toEqual(expect.arrayContaining(['cancel_timers', 'stage_job', 'schedule_timer']));

    // The dispatcher names an owner leader (包案领导).
    item = act(item, 'set_owner', cast.dispatcher, { leaderUserId: cast.leaderOwner.id }, at('2026-03-03T02:00:00Z')).next;
    expect(item.ownerLeaderId).toBe(cast.leaderOwner.id);

    // Extensions: the cap is 30 days over the item's life, one request at a time, one approved extension.
    expect(outcome(decide(item, 'request_extension', cast.handlerB1, { days: 31, reason: '需现场勘查' }, at('2026-03-10T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    item = act(item, 'request_extension', cast.handlerB1, { days: 10, reason: '需现场勘查' }, at('2026-03-10T01:00:00Z')).next;
    expect(item.pendingExtension).toMatchObject({ days: 10, requestedById: cast.handlerB1.id });
    expect(outcome(decide(item, 'request_extension', cast.handlerB1, { days: 5, reason: '再申请' }, at('2026-03-10T02:00:00Z'), calendar, kinds))).toBe('invalid_status');
    item = act(item, 'reject_extension', cast.leaderOwner, { comment: '理由不充分' }, at('2026-03-11T01:00:00Z')).next;
    expect(item).toMatchObject({ pendingExtension: null, extensionDaysUsed: 0 });
    expect(due(item)).toBe('2026-05-06T15:59:59.999Z');

    item = act(item, 'request_extension', cast.handlerB1, { days: 20, reason: '需协调多部门' }, at('2026-03-12T01:00:00Z')).next;
    // The department's leader may approve as well as the owner leader.
    const approved = act(item, 'approve_extension', cast.leaderB, {}, at('2026-03-12T02:00:00Z'));
    item = approved.next;
    expect(item).toMatchObject({ pendingExtension: null, extensionDaysUsed: 20 });
    expect(due(item)).toBe('2026-05-22T15:59:59.999Z');
    expect(runningDeadline(item)).toMatchObject({ rev: 1, extendedAmount: 20 });
    expect(approved.events[0]).toMatchObject({ type: 'extension_approved', data: { previousDueAt: '2026-05-06T15:59:59.999Z' } });

    // A second extension is refused: the petition allows one (10 days of the cap are left, unused).
    const second = decide(item, 'request_extension', cast.handlerB1, { days: 10, reason: '再延' }, at('2026-03-13T01:00:00Z'), calendar, kinds);
    expect(second).toMatchObject({ ok: false, refusal: { code: 'invalid_status', reason: 'extension_limit_reached', params: { limit: 1 } } });

    // 上级协调 alerts the owner leader; 督办 flags the item.
    const coordination = act(item, 'request_coordination', cast.handlerB1, { reason: '涉及规划调整' }, at('2026-03-16T01:00:00Z'));
    expect(coordination.effects).toEqual([expect.objectContaining({ type: 'notify', userIds: [cast.leaderOwner.id] })]);
    item = act(item, 'supervise', cast.leaderOwner, { comment: '月底前办结' }, at('2026-03-16T02:00:00Z')).next;
    expect(item).toMatchObject({ sla: 'supervised', supervisedAt: '2026-03-16T02:00:00.000Z' });

    // Reply, then the petitioner is unsatisfied: back to handling, a reopening counted.
    item = act(item, 'reply', cast.handlerB1, { content: '已责令停止夜间施工' }, at('2026-03-20T01:00:00Z')).next;
    expect(item).toMatchObject({ stage: 'feedback', status: 'awaiting_feedback', stageSeq: 4 });
    expect(outcome(decide(item, 'record_feedback', cast.dispatcher, { satisfaction: 'unsatisfied' }, at('2026-03-21T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    item = act(item, 'record_feedback', cast.dispatcher, { satisfaction: 'unsatisfied', comment: '仍有噪音' }, at('2026-03-21T01:00:00Z')).next;
    expect(item).toMatchObject({ stage: 'handle', status: 'in_progress', reopenCount: 1, stageSeq: 5, sla: 'supervised', satisfaction: 'unsatisfied' });
    // A fresh handle deadline: 60 days from 2026-03-21, extensions do not carry over (the cap does).
    expect(due(item)).toBe('2026-05-20T15:59:59.999Z');
    expect(item.ownerLeaderId).toBe(cast.leaderOwner.id);

    // Reply again, satisfied; the owner leader rejects the closure (only the owner may decide).
    item = act(item, 'reply', cast.handlerB1, { content: '已安装隔音设施' }, at('2026-03-25T01:00:00Z')).next;
    item = act(item, 'record_feedback', cast.dispatcher, { satisfaction: 'satisfied' }, at('2026-03-26T01:00:00Z')).next;
    expect(item).toMatchObject({ stage: 'close', status: 'awaiting_approval', satisfaction: 'satisfied' });
    expect(outcome(decide(item, 'approve_close', cast.leaderB, {}, at('2026-03-26T02:00:00Z'), calendar, kinds))).toBe('forbidden');
    expect(outcome(decide(item, 'reject_close', cast.leaderOwner, {}, at('2026-03-26T02:00:00Z'), calendar, kinds))).toBe('invalid_input');
    item = act(item, 'reject_close', cast.leaderOwner, { comment: '请附整改照片' }, at('2026-03-26T02:00:00Z')).next;
    expect(item).toMatchObject({ stage: 'handle', status: 'in_progress', reopenCount: 1 });

    // Reply, basically satisfied, approved: closed for good.
    item = act(item, 'reply', cast.handlerB1, { content: '已补充整改照片' }, at('2026-03-27T01:00:00Z')).next;
    item = act(item, 'record_feedback', cast.dispatcher, { satisfaction: 'basically_satisfied' }, at('2026-03-30T01:00:00Z')).next;
    const closing = act(item, 'approve_close', cast.leaderOwner, { comment: '同意办结' }, at('2026-03-30T02:00:00Z'));
    item = closing.next;
    expect(item).toMatchObject({ stage: 'close', status: 'closed', closedAt: '2026-03-30T02:00:00.000Z', sla: 'normal' });
    expect(item.deadlines.every((d) => d.metAt !== null)).toBe(true);
    expect(closing.effects).toContainEqual(expect.objectContaining({ type: 'cancel_timers' }));

    // Nothing leaves closed; a comment is recorded and changes nothing.
    const note = act(item, 'comment', cast.handlerB1, { text: '归档' }, at('2026-04-01T01:00:00Z'));
    expect(note.next).toEqual(item);
    expect(note.events).toEqual([expect.objectContaining({ type: 'commented', data: { text: '归档' } })]);
    for (const [action, who] of [
      ['reply', cast.handlerB1],
      ['supervise', cast.dispatcher],
      ['approve_close', cast.leaderOwner],
      ['assign', cast.dispatcher],
    ] as const) {
      expect(outcome(decide(item, action, who, {}, at('2026-04-01T01:00:00Z'), calendar, kinds))).toBe('invalid_status');
    }
  });

  it('refuses a return once the time to sign has passed, but the head may still transfer it', () => {
    let item = registerPetition(undefined, DEPT_A);
    expect(item.status).toBe('pending_acceptance');
    const late = at('2026-03-18T01:00:00Z');
    expect(decide(item, 'return', cast.handlerA1, { reason: '不属于本部门' }, late, calendar, kinds)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_status' },
    });
    const moved = act(item, 'transfer', cast.headA, { departmentId: DEPT_B, reason: '属住建部门职责' }, late);
    item = moved.next;
    expect(item).toMatchObject({ stage: 'assign', status: 'pending_acceptance', departmentId: DEPT_B, stageSeq: 3 });
    expect(due(item)).toBe('2026-04-02T15:59:59.999Z');
    expect(outcome(decide(item, 'transfer', cast.dispatcher, { departmentId: DEPT_B, reason: '再转' }, late, calendar, kinds))).toBe('invalid_input');
  });
});
