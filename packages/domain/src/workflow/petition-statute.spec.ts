import { describe, expect, it } from 'vitest';
import { endOnWorkingDay } from '../calendar/period-end.rule.js';
import { registerWorkItem, type RegisterInput } from '../work-item/register-work-item.js';
import type { ScheduleTimerEffect, WorkItemState } from '../work-item/work-item.types.js';
import { decide } from './decide.js';
import { runningStatutoryClock, timerAction } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { act, at, calendar, cast, DEPT_A, expectOk, kinds, outcome, registerPetition } from './workflow-test.fixture.js';

/*
 * The petition statute (信访工作条例, with the 民法典's rule on periods), as tables of dates. Times
 * are written in UTC; Shanghai is UTC+8, so the end of a Shanghai day is 15:59:59.999Z.
 */

const endOf = (day: string) => `${day}T15:59:59.999Z`;

function statutoryDue(item: WorkItemState): string {
  const clock = runningStatutoryClock(item) ?? item.statutoryClock;
  if (!clock) throw new Error('no statutory clock');
  return clock.dueAt;
}

function petitionInput(extra: Partial<RegisterInput> = {}): RegisterInput {
  return {
    kind: 'petition',
    title: '拆迁补偿',
    description: '补偿款未到位',
    channel: 'visit',
    category: 'land',
    urgency: 'normal',
    enterpriseId: null,
    petitioner: { name: '王五', phone: null, idNumber: null },
    departmentId: null,
    ...extra,
  };
}

/** Registered, accepted, routed to A and signed for by its handler: handling. */
function handling(acceptedAt: Date): WorkItemState {
  let item = registerPetition(acceptedAt, DEPT_A);
  item = act(item, 'accept', cast.handlerA1, {}, new Date(acceptedAt.getTime() + 3_600_000)).next;
  return item;
}

describe('a period of days ending on a rest day ends at the end of the next working day (民法典 第二百零三条)', () => {
  it.each([
    ['2026-09-30', '2026-09-30'], // a working Wednesday: stays
    ['2026-10-01', '2026-10-08'], // 国庆 1–7 October
    ['2026-10-07', '2026-10-08'],
    ['2026-10-10', '2026-10-10'], // a make-up Saturday (调休上班) is a working day
    ['2026-10-11', '2026-10-12'], // a plain Sunday
    ['2026-02-14', '2026-02-14'], // the make-up Saturday before 春节
    ['2026-02-15', '2026-02-24'], // 春节 15–23 February
    ['2026-02-23', '2026-02-24'],
    ['2027-01-01', '2027-01-04'], // provisional 2027: 元旦 by the statute, then the weekend
    ['2027-02-06', '2027-02-09'], // provisional 春节 2027 (除夕 2-5 to 初三 2-8) and its weekend
  ])('a period whose last day is %s ends on %s', (last, ends) => {
    expect(endOnWorkingDay(calendar, new Date(endOf(last))).toISOString()).toBe(endOf(ends));
  });
});

describe('the 受理 decision', () => {
  it('counts the 15 days from the day the matter was received, which may precede registration', () => {
    // Received Friday 2026-02-20, registered Monday 03-02: 15 days end on Saturday 03-07, so Monday 03-09.
    const d = expectOk(registerWorkItem(petitionInput({ receivedOn: '2026-02-20' }), cast.dispatcher, { id: 'p', code: 'XF-1' }, at('2026-03-02T01:00:00Z'), calendar, kinds));
    expect(d.next).toMatchObject({ status: 'pending_decision', receivedOn: '2026-02-20', statutoryClock: null, acceptance: null });
    expect(runningDeadline(d.next)).toMatchObject({ startedAt: '2026-02-19T16:00:00.000Z', dueAt: endOf('2026-03-09') });
    // Without a received date, the registration's day.
    const today = expectOk(registerWorkItem(petitionInput(), cast.dispatcher, { id: 'p', code: 'XF-1' }, at('2026-03-02T01:00:00Z'), calendar, kinds));
    expect(today.next.receivedOn).toBe('2026-03-02');
  });

  it('refuses a received date in the future, and routing before acceptance', () => {
    const now = at('2026-03-02T01:00:00Z');
    const future = registerWorkItem(petitionInput({ receivedOn: '2026-03-03' }), cast.dispatcher, { id: 'p', code: 'XF-1' }, now, calendar, kinds);
    expect(future).toMatchObject({ ok: false, refusal: { code: 'invalid_input', fields: { receivedOn: 'cannot be in the future' } } });
    const impossible = registerWorkItem(petitionInput({ receivedOn: '2026-02-30' }), cast.dispatcher, { id: 'p', code: 'XF-1' }, now, calendar, kinds);
    expect(impossible).toMatchObject({ ok: false, refusal: { fields: { receivedOn: 'must be a date YYYY-MM-DD' } } });
    const routed = registerWorkItem(petitionInput({ departmentId: DEPT_A }), cast.dispatcher, { id: 'p', code: 'XF-1' }, now, calendar, kinds);
    expect(routed).toMatchObject({ ok: false, refusal: { fields: { departmentId: 'accept the matter (受理) before routing it' } } });
  });

  it('不予受理 ends the matter with its notice: closed, never handled, every timer gone', () => {
    const item = registerPetition(at('2026-03-02T01:00:00Z'), null, null);
    expect(outcome(decide(item, 'decline_matter', cast.dispatcher, { reason: 'other' }, at('2026-03-03T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    expect(outcome(decide(item, 'decline_matter', cast.handlerA1, { reason: 'legal_channel' }, at('2026-03-03T01:00:00Z'), calendar, kinds))).toBe('forbidden');
    const declined = act(item, 'decline_matter', cast.dispatcher, { reason: 'legal_channel', note: '属劳动仲裁事项' }, at('2026-03-03T01:00:00Z'));
    expect(declined.next).toMatchObject({
      stage: 'close',
      status: 'closed',
      closedAt: '2026-03-03T01:00:00.000Z',
      acceptance: { decision: 'not_accepted', reasonCode: 'legal_channel', note: '属劳动仲裁事项' },
      statutoryClock: null,
    });
    expect(declined.next.deadlines.every((d) => d.metAt !== null)).toBe(true);
    expect(declined.effects.map((e) => e.type)).toEqual(['cancel_timers']);
    expect(declined.events).toEqual([expect.objectContaining({ type: 'matter_declined', data: { reason: 'legal_channel', note: '属劳动仲裁事项' } })]);
    // Its notice: sent today, recorded; a date ahead or before the decision is refused.
    const sent = (sentOn: string) => decide(declined.next, 'record_notice_sent', cast.dispatcher, { notice: 'rejection', channel: 'mail', sentOn }, at('2026-03-04T01:00:00Z'), calendar, kinds);
    expect(sent('2026-03-05')).toMatchObject({ ok: false, refusal: { code: 'invalid_input', fields: { sentOn: 'cannot be in the future' } } });
    expect(sent('2026-03-02')).toMatchObject({ ok: false, refusal: { code: 'invalid_input' } });
    expect(outcome(decide(declined.next, 'record_notice_sent', cast.dispatcher, { notice: 'acceptance', channel: 'mail', sentOn: '2026-03-04' }, at('2026-03-04T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    const recorded = expectOk(sent('2026-03-04'));
    expect(recorded.next.notices).toMatchObject({ rejection: { sentOn: '2026-03-04', channel: 'mail' } });
    expect(recorded.next.status).toBe('closed');
  });
});

describe('one statutory clock from 受理 to 办结', () => {
  it('a 60-day period ending on 2026-10-01 ends on 2026-10-08', () => {
    const accepted = act(registerPetition(at('2026-08-02T02:00:00Z'), null, null), 'accept_matter', cast.dispatcher, {}, at('2026-08-02T02:00:00Z'));
    expect(accepted.next.statutoryClock).toMatchObject({ clock: 'statutory', startedAt: '2026-08-02T02:00:00.000Z', amount: 60, unit: 'calendar_days', dueAt: endOf('2026-10-08') });
    expect(accepted.events[0]).toMatchObject({ type: 'matter_accepted', data: { statutoryDueAt: endOf('2026-10-08') } });
    const timers = accepted.effects.filter((e): e is ScheduleTimerEffect => e.type === 'schedule_timer' && e.clock === 'statutory');
    expect(timers.map((t) => t.check)).toEqual(['warn', 'overdue', 'escalate', 'escalate']);
    expect(timers.find((t) => t.check === 'overdue')).toMatchObject({ at: endOf('2026-10-08'), timerId: 'sc-item-p1-r0-overdue' });
  });

  it('a reopening and a refused closure run inside it: the due date stays, and 109 days on the item is overdue', () => {
    const start = at('2026-03-02T01:00:00Z');
    let item = handling(start);
    const due = statutoryDue(item);
    expect(due).toBe(endOf('2026-05-06')); // 60 days end on 1 May (劳动节 1–5 May), so 6 May
    item = act(item, 'reply', cast.handlerA1, { content: '已答复' }, at('2026-04-20T01:00:00Z')).next;
    item = act(item, 'record_feedback', cast.dispatcher, { satisfaction: 'unsatisfied', comment: '未解决' }, at('2026-04-21T01:00:00Z')).next;
    expect(item).toMatchObject({ stage: 'handle', reopenCount: 1 });
    expect(statutoryDue(item)).toBe(due);
    // The reopened stage has 60 fresh internal days, the statute does not.
    expect(Date.parse(runningDeadline(item)!.dueAt)).toBeGreaterThan(Date.parse(due));
    item = act(item, 'reply', cast.handlerA1, { content: '再答复' }, at('2026-05-20T01:00:00Z')).next;
    item = act(item, 'record_feedback', cast.dispatcher, { satisfaction: 'satisfied' }, at('2026-05-21T01:00:00Z')).next;
    item = act(item, 'reject_close', cast.leaderA, { comment: '补材料' }, at('2026-05-22T01:00:00Z')).next;
    expect(statutoryDue(item)).toBe(due);
    expect(slaState(item, new Date(start.getTime() + 109 * 86_400_000))).toBe('overdue');
    // The statutory overdue timer fires in the middle of the reopened handling: the queue shows it.
    const overdue = { type: 'schedule_timer', timerId: 'x', itemId: item.id, stage: 'handle', stageSeq: item.statutoryClock!.stageSeq, deadlineRev: 0, check: 'overdue', at: due, clock: 'statutory' } as const;
    const fired = timerAction(overdue, kinds.get('petition')!)!;
    const marked = act(item, fired.action, cast.system, fired.input, new Date(Date.parse(due) + 1000));
    expect(marked.next.sla).toBe('overdue');
    expect(marked.next.statutoryClock).toMatchObject({ overdueAt: expect.any(String) });
    expect(marked.events[0]).toMatchObject({ type: 'overdue', data: { clock: 'statutory', dueAt: due } });
    // Closing meets it and removes its timers.
    let closing = act(marked.next, 'reply', cast.handlerA1, { content: '整改完毕' }, at('2026-06-10T01:00:00Z')).next;
    expect(closing.sla).toBe('overdue');
    closing = act(closing, 'record_feedback', cast.dispatcher, { satisfaction: 'satisfied' }, at('2026-06-11T01:00:00Z')).next;
    const closed = act(closing, 'approve_close', cast.leaderA, {}, at('2026-06-12T01:00:00Z'));
    expect(closed.next.statutoryClock).toMatchObject({ metAt: '2026-06-12T01:00:00.000Z' });
    expect(closed.effects).toContainEqual(expect.objectContaining({ type: 'cancel_timers', timerIds: expect.arrayContaining(['sc-item-p1-r0-overdue']) }));
  });

  it('one extension of at most 30 days moves it; a second is refused', () => {
    let item = handling(at('2026-03-02T01:00:00Z'));
    item = act(item, 'request_extension', cast.handlerA1, { days: 30, reason: '案情复杂，需多部门会商' }, at('2026-03-10T01:00:00Z')).next;
    const approved = act(item, 'approve_extension', cast.leaderA, {}, at('2026-03-10T02:00:00Z'));
    // 90 days from 2 March end on Sunday 31 May: Monday 1 June.
    expect(statutoryDue(approved.next)).toBe(endOf('2026-06-01'));
    expect(approved.next).toMatchObject({ extensionCount: 1, extensionDaysUsed: 30 });
    expect(approved.events[0]).toMatchObject({ data: { reason: '案情复杂，需多部门会商', previousStatutoryDueAt: endOf('2026-05-06'), statutoryDueAt: endOf('2026-06-01') } });
    expect(approved.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timer', clock: 'statutory', deadlineRev: 1, check: 'overdue', at: endOf('2026-06-01') }));
    const second = decide(approved.next, 'request_extension', cast.handlerA1, { days: 1, reason: '还要' }, at('2026-03-11T01:00:00Z'), calendar, kinds);
    expect(second).toMatchObject({ ok: false, refusal: { code: 'invalid_status', reason: 'extension_limit_reached', params: { limit: 1 } } });
  });

  it('has no pause for petitions', () => {
    const item = handling(at('2026-03-02T01:00:00Z'));
    expect(outcome(decide(item, 'pause_clock', cast.handlerA1, { reason: '等材料' }, at('2026-03-03T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
  });
});

describe('the objection window (异议期)', () => {
  it('lets the department send a misrouted petition back within 5 working days of its routing only', () => {
    // Routed Monday 2 March 09:00: the window closes Monday 9 March 17:30.
    const item = registerPetition(at('2026-03-02T01:00:00Z'), DEPT_A);
    expect(item.objectionUntil).toBe('2026-03-09T09:30:00.000Z');
    expect(outcome(decide(item, 'return', cast.handlerA1, { reason: '非本部门职责' }, at('2026-03-09T09:00:00Z'), calendar, kinds))).toBe('ok');
    const late = decide(item, 'return', cast.handlerA1, { reason: '非本部门职责' }, at('2026-03-10T01:00:00Z'), calendar, kinds);
    expect(late).toMatchObject({ ok: false, refusal: { code: 'invalid_status', reason: 'objection_window_passed', params: { amount: 5, unit: 'working_days' } } });
  });
});

/** A petition whose 处理意见书 was sent on `sentOn`. */
function answered(sentOn: string): WorkItemState {
  return { ...registerPetition(), notices: { opinion: { sentOn, channel: 'mail', recordedAt: `${sentOn}T02:00:00.000Z`, recordedById: cast.dispatcher.id } } };
}

function review(kind: string, reviewOf: WorkItemState | null, receivedOn: string, now: Date) {
  return registerWorkItem(petitionInput({ kind, receivedOn, reviewOf }), cast.dispatcher, { id: `${kind}-1`, code: 'FC-1' }, now, calendar, kinds);
}

describe('复查 and 复核', () => {
  it('are asked within 30 days of the answer: day 30 is accepted, day 31 refused', () => {
    // Answer sent Monday 2 November 2026: the 30 days end on Wednesday 2 December.
    const original = answered('2026-11-02');
    const onTime = expectOk(review('petition_review', original, '2026-12-02', at('2026-12-03T02:00:00Z')));
    expect(onTime.next).toMatchObject({ kind: 'petition_review', reviewOfId: original.id, receivedOn: '2026-12-02' });
    // Its own 30 days run from the request's receipt: 1 January 2027 is a (provisional) holiday, so 4 January.
    expect(onTime.next.statutoryClock).toMatchObject({ startedAt: '2026-12-01T16:00:00.000Z', dueAt: endOf('2027-01-04') });
    const late = review('petition_review', original, '2026-12-03', at('2026-12-03T02:00:00Z'));
    expect(late).toMatchObject({ ok: false, refusal: { code: 'invalid_input', reason: 'review_window_passed', params: { lastDay: '2026-12-02' }, fields: { reviewOfId: expect.any(String) } } });
  });

  it('an administrator may take a request after its window, with the reason on the timeline; nobody else, and nothing but the window', () => {
    const original = answered('2026-11-02');
    const now = at('2026-12-10T02:00:00Z');
    const late = (actor: typeof cast.admin, reviewOf: WorkItemState, reason: string) =>
      registerWorkItem(petitionInput({ kind: 'petition_review', receivedOn: '2026-12-09', reviewOf, windowOverride: { reason } }), actor, { id: 'fc-late', code: 'FC-2' }, now, calendar, kinds);
    const taken = expectOk(late(cast.admin, original, ' 信访人住院，未能按期申请 '));
    expect(taken.events[0]).toMatchObject({ type: 'registered', data: { windowOverride: { reason: '信访人住院，未能按期申请', lastDay: '2026-12-02' } } });
    expect(taken.next.reviewOfId).toBe(original.id);
    expect(late(cast.dispatcher, original, '信访人住院')).toMatchObject({ ok: false, refusal: { fields: { windowOverride: expect.stringMatching(/administrator/) } } });
    expect(late(cast.admin, original, '   ')).toMatchObject({ ok: false, refusal: { fields: { windowOverride: expect.any(String) } } });
    // The override opens the window only: an unanswered item still has nothing to review.
    expect(late(cast.admin, registerPetition(), '信访人住院')).toMatchObject({ ok: false, refusal: { reason: 'review_not_answered' } });
    // And a request inside the window records no override.
    const onTime = expectOk(review('petition_review', original, '2026-12-01', at('2026-12-01T02:00:00Z')));
    expect(onTime.events[0]!.data).not.toHaveProperty('windowOverride');
  });

  it('are refused for an item not yet answered, of another kind, or without the item', () => {
    const now = at('2026-12-03T02:00:00Z');
    expect(review('petition_review', registerPetition(), '2026-12-02', now)).toMatchObject({ ok: false, refusal: { reason: 'review_not_answered' } });
    expect(review('petition_rereview', answered('2026-11-20'), '2026-12-02', now)).toMatchObject({ ok: false, refusal: { reason: 'review_wrong_kind', params: { expected: 'petition_review' } } });
    expect(review('petition_review', null, '2026-12-02', now)).toMatchObject({ ok: false, refusal: { fields: { reviewOfId: expect.any(String) } } });
  });

  it('a 复核 pauses its clock for a hearing only, and the hearing does not count', () => {
    const firstReview = { ...answered('2026-11-02'), kind: 'petition_review', id: 'fc-1' };
    let item = expectOk(review('petition_rereview', firstReview, '2026-11-10', at('2026-11-10T02:00:00Z'))).next;
    expect(statutoryDue(item)).toBe(endOf('2026-12-10')); // 30 days from 10 November
    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A, handlerId: cast.handlerA1.id }, at('2026-11-10T03:00:00Z')).next;
    item = act(item, 'accept', cast.handlerA1, {}, at('2026-11-10T04:00:00Z')).next;
    expect(outcome(decide(item, 'pause_clock', cast.handlerA1, { reason: '等材料' }, at('2026-11-16T01:00:00Z'), calendar, kinds))).toBe('invalid_input');
    const paused = act(item, 'pause_clock', cast.handlerA1, { reason: 'hearing', note: '11月16日至18日听证' }, at('2026-11-16T01:00:00Z'));
    expect(paused.next.statutoryClock).toMatchObject({ rev: 1, dueAt: endOf('2026-12-10') });
    expect(paused.effects).toContainEqual(expect.objectContaining({ type: 'cancel_timers', timerIds: expect.arrayContaining(['sc-petition_rereview-1-r0-overdue']) }));
    expect(paused.events[0]).toMatchObject({ type: 'clock_paused', data: { reason: 'hearing', note: '11月16日至18日听证' } });
    // Three days of hearing: the 复核's 30 days end three days later.
    const resumed = act(paused.next, 'resume_clock', cast.handlerA1, {}, at('2026-11-19T01:00:00Z'));
    expect(statutoryDue(resumed.next)).toBe(endOf('2026-12-14')); // 13 December is a Sunday
    expect(resumed.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timer', clock: 'statutory', check: 'overdue', deadlineRev: 2 }));
  });
});
