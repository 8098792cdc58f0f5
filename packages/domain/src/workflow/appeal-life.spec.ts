import { describe, expect, it } from 'vitest';
import type { Effect, ScheduleTimerEffect, TimerCheck, WorkItemState } from '../work-item/work-item.types.js';
import { decide } from './decide.js';
import { timerAction } from './deadline-timer.policy.js';
import { runningDeadline } from './sla-state.policy.js';
import { act, at, calendar, cast, DEPT_A, ENT_1, outcome, registerAppealDecision, kinds } from './workflow-test.fixture.js';

function timer(effects: Effect[], check: TimerCheck, level?: number): ScheduleTimerEffect {
  const found = effects.find((e): e is ScheduleTimerEffect => e.type === 'schedule_timer' && e.check === check && e.level === level);
  if (!found) throw new Error(`no ${check} timer among ${JSON.stringify(effects)}`);
  return found;
}

/** The worker's side: a timer fires at its time and goes through `decide` as the system. */
function fire(item: WorkItemState, t: ScheduleTimerEffect, now: Date = new Date(t.at)) {
  const { action, input } = timerAction(t, kinds.get(item.kind)!)!;
  return decide(item, action, cast.system, input, now, calendar, kinds);
}

describe('an enterprise appeal, from registration to closure', () => {
  it('runs across the roles with timers, a return, extensions, a reopening, a feedback timeout and a rejected closure', () => {
    // Raised by the company's contact on Monday 2026-03-02 09:00: sign the same day (问题不过夜).
    const registration = registerAppealDecision();
    let item = registration.next;
    const registered = runningDeadline(item);
    expect(registered).toMatchObject({ stage: 'assign', dueAt: '2026-03-02T09:30:00.000Z', warnAt: '2026-03-02T08:06:00.000Z' });
    expect(registration.effects.map((e) => e.type)).toEqual(['stage_job', 'schedule_timer', 'schedule_timer', 'schedule_timer', 'schedule_timer']);
    expect(outcome(decide(item, 'comment', cast.contact1, { text: '请尽快' }, at('2026-03-02T01:10:00Z'), calendar, kinds))).toBe('ok');

    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T01:30:00Z')).next;
    item = act(item, 'return', cast.handlerA2, { reason: '应由人社部门办理' }, at('2026-03-02T02:00:00Z')).next;
    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T03:00:00Z')).next;

    // The assign-stage timers of registration: warning once, then overdue.
    const warnTimer = timer(registration.effects, 'warn');
    const overdueTimer = timer(registration.effects, 'overdue');
    expect(outcome(fire(item, warnTimer, at('2026-03-02T07:00:00Z')))).toBe('invalid_status'); // too early
    const warned = expectAccepted(fire(item, warnTimer));
    expect(warned).toMatchObject({ next: { sla: 'warning' }, events: [{ type: 'warned' }] });
    item = warned.next;
    expect(outcome(fire(item, warnTimer))).toBe('invalid_status'); // never a second warning
    item = expectAccepted(fire(item, overdueTimer)).next;
    expect(item.sla).toBe('overdue');

    // Past the same-day limit, the department can no longer return it.
    expect(outcome(decide(item, 'return', cast.handlerA1, { reason: '不归我们' }, at('2026-03-02T10:00:00Z'), calendar, kinds))).toBe('invalid_status');

    // The head signs the next morning and names the handler; a plain handler may not name someone else.
    expect(outcome(decide(item, 'accept', cast.handlerA1, { handlerId: cast.handlerA2.id }, at('2026-03-03T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    const accepted = act(item, 'accept', cast.headA, { handlerId: cast.handlerA2.id }, at('2026-03-03T01:00:00Z'));
    item = accepted.next;
    expect(item).toMatchObject({ stage: 'handle', status: 'in_progress', handlerId: cast.handlerA2.id, stageSeq: 2, sla: 'normal' });
    // 5 working days from Tuesday 2026-03-03: Tuesday 2026-03-10 at 17:30.
    expect(runningDeadline(item)?.dueAt).toBe('2026-03-10T09:30:00.000Z');
    // The stale assign-stage escalation (stage entry 1) is refused.
    expect(fire(item, timer(registration.effects, 'escalate', 1))).toMatchObject({ ok: false, refusal: { code: 'invalid_status', message: 'The item has left this stage entry' } });

    // The handle stage overruns: warning, overdue, escalation to the department head.
    item = expectAccepted(fire(item, timer(accepted.effects, 'warn'))).next;
    item = expectAccepted(fire(item, timer(accepted.effects, 'overdue'))).next;
    const level1 = timer(accepted.effects, 'escalate', 1);
    expect(level1.at).toBe('2026-03-11T06:30:00.000Z'); // 4 office hours after Tuesday 17:30
    const escalated = expectAccepted(fire(item, level1));
    item = escalated.next;
    expect(escalated.effects).toEqual([expect.objectContaining({ type: 'notify', audience: 'department_head', departmentId: DEPT_A, topic: 'escalated' })]);
    expect(runningDeadline(item)).toMatchObject({ escalationLevel: 1 });
    expect(outcome(fire(item, level1))).toBe('invalid_status');

    // An approved extension (cap 10 working days) moves the deadline and re-arms the timers.
    item = act(item, 'request_extension', cast.handlerA2, { days: 6, reason: '需联系人社局' }, at('2026-03-11T07:00:00Z')).next;
    expect(outcome(decide(item, 'approve_extension', cast.leaderB, {}, at('2026-03-11T07:30:00Z'), calendar, kinds))).toBe('forbidden');
    const approved = act(item, 'approve_extension', cast.leaderA, {}, at('2026-03-11T07:30:00Z'));
    item = approved.next;
    expect(runningDeadline(item)).toMatchObject({ dueAt: '2026-03-18T09:30:00.000Z', rev: 1, escalationLevel: 0, overdueAt: null });
    expect(item.sla).toBe('normal');
    expect(approved.effects[0]).toMatchObject({ type: 'cancel_timers' });
    const rearmed = timer(approved.effects, 'overdue');
    expect(rearmed).toMatchObject({ deadlineRev: 1, at: '2026-03-18T09:30:00.000Z' });
    expect(rearmed.timerId).not.toBe(timer(accepted.effects, 'overdue').timerId);
    expect(fire(item, timer(accepted.effects, 'escalate', 2))).toMatchObject({
      ok: false,
      refusal: { message: 'The deadline this timer was set for has moved' },
    });

    // The cap: 4 days remain; a 5-day request is bad input, a 4-day one is rejected.
    expect(outcome(decide(item, 'request_extension', cast.handlerA2, { days: 5, reason: '再延' }, at('2026-03-12T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    item = act(item, 'request_extension', cast.handlerA2, { days: 4, reason: '再延' }, at('2026-03-12T01:00:00Z')).next;
    item = act(item, 'reject_extension', cast.leaderA, {}, at('2026-03-12T02:00:00Z')).next;
    expect(item).toMatchObject({ extensionDaysUsed: 6, pendingExtension: null });

    // Reply; another company's contact may not rate it; the own contact is unsatisfied.
    item = act(item, 'reply', cast.handlerA2, { content: '已推荐至人力资源市场' }, at('2026-03-13T01:00:00Z')).next;
    expect(outcome(decide(item, 'record_feedback', cast.contact2, { satisfaction: 'satisfied' }, at('2026-03-13T02:00:00Z'), calendar, kinds))).toBe('forbidden');
    item = act(item, 'record_feedback', cast.contact1, { satisfaction: 'unsatisfied', comment: '人员未到岗' }, at('2026-03-13T02:00:00Z')).next;
    expect(item).toMatchObject({ status: 'in_progress', reopenCount: 1, handlerId: cast.handlerA2.id });

    // Reply again; nobody rates it in 3 working days: to closure approval, flagged unrated.
    const replied = act(item, 'reply', cast.handlerA2, { content: '已组织专场招聘会' }, at('2026-03-16T01:00:00Z'));
    item = replied.next;
    expect(replied.effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'notify', audience: 'enterprise_contacts', enterpriseId: ENT_1 }),
        expect.objectContaining({ type: 'notify', audience: 'liaisons', enterpriseId: ENT_1 }),
      ]),
    );
    const timeout = timer(replied.effects, 'timeout');
    expect(timeout.at).toBe('2026-03-19T09:30:00.000Z');
    item = expectAccepted(fire(item, timeout)).next;
    expect(item).toMatchObject({ stage: 'close', status: 'awaiting_approval', feedbackTimedOut: true, satisfaction: null });

    // The department's leader (no owner leader) rejects the unrated closure; then it is rated and closed.
    expect(outcome(decide(item, 'reject_close', cast.leaderB, { comment: '不行' }, at('2026-03-20T01:00:00Z'), calendar, kinds))).toBe('forbidden');
    item = act(item, 'reject_close', cast.leaderA, { comment: '请先回访企业' }, at('2026-03-20T01:00:00Z')).next;
    item = act(item, 'reply', cast.handlerA2, { content: '已回访，人员已到岗' }, at('2026-03-20T02:00:00Z')).next;
    item = act(item, 'record_feedback', cast.liaison1, { satisfaction: 'satisfied', comment: '企业认可' }, at('2026-03-20T03:00:00Z')).next;
    expect(item).toMatchObject({ status: 'awaiting_approval', satisfaction: 'satisfied', feedbackTimedOut: false });
    item = act(item, 'approve_close', cast.leaderA, {}, at('2026-03-20T04:00:00Z')).next;
    expect(item).toMatchObject({ status: 'closed', closedAt: '2026-03-20T04:00:00.000Z', reopenCount: 1, extensionDaysUsed: 6 });
  });
});

function expectAccepted(decision: ReturnType<typeof decide>) {
  if (!decision.ok) throw new Error(`refused: ${decision.refusal.message}`);
  return decision;
}
