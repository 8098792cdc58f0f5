import { describe, expect, it } from 'vitest';
import { elapsedAmount } from '../calendar/elapsed-amount.js';
import type { DurationUnit } from '../calendar/duration-unit.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import { applyKindOverride } from '../kinds/kind-overrides.js';
import type { Actor } from '../roles/role.js';
import type { Accepted, Decision } from '../work-item/decision.types.js';
import type { CancelTimersEffect, ScheduleTimerEffect, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import { allowedActions, decide } from './decide.js';
import { deadlineRev, pendingTimers, timerAction, timerIdsOf } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { STANDARD_ACTIONS } from './standard-actions.catalog.js';
import { at, calendar, cast, DEPT_A, DEPT_B, expectOk, outcome, registerAppeal, registerPetition, kinds, registryOf } from './workflow-test.fixture.js';

/*
 * 暂停计时: time spent waiting on the petitioner does not count against the handle deadline.
 * The stories pause on Friday 2026-04-03 16:00 and resume on Tuesday 04-07 10:00 Shanghai, over
 * the weekend and the Qingming holiday (Saturday 04-04 to Monday 04-06). With office hours
 * 09:00-12:00 and 13:30-17:30 that is 1.5 office hours on Friday and 1 on Tuesday (2.5 in all),
 * or 90 wall-clock hours (3.75 days). Instants are written in UTC (Shanghai = UTC+8).
 */

// Petitions have no pause (their statutory clock may not stand still); the calendar-day case is a
// petition-like kind of 60 calendar days that may pause, without the statutory clock.
// No period-end rule either: these cases test the pause's own arithmetic.
const { statutoryClock: _statutory, periodEnd: _periodEnd, ...PETITION_BASE } = kinds.get('petition')!;
const PETITION: KindDefinition = {
  ...PETITION_BASE,
  actions: { ...PETITION_BASE.actions, pause_clock: STANDARD_ACTIONS.pause_clock, resume_clock: STANDARD_ACTIONS.resume_clock },
};
const APPEAL = kinds.get('appeal')!;
const withHandle = (amount: number, unit: DurationUnit): KindDefinition => applyKindOverride(APPEAL, { stages: { handle: { amount, unit } } });

const ACCEPTED = at('2026-04-02T02:00:00Z'); // Thursday 10:00
const PAUSED = at('2026-04-03T08:00:00Z'); // Friday 16:00
const RESUMED = at('2026-04-07T02:00:00Z'); // Tuesday 10:00

function step(kind: KindDefinition, item: WorkItemState, action: string, who: Actor, input: Record<string, unknown>, now: Date): Accepted {
  return expectOk(decide(item, action, who, input, now, calendar, registryOf(kind)), `${who.id} ${action}`);
}

function attempt(kind: KindDefinition, item: WorkItemState, action: string, who: Actor, input: Record<string, unknown>, now: Date): Decision {
  return decide(item, action, who, input, now, calendar, registryOf(kind));
}

/** An item of `kind` in department A, accepted by handler A1 at `acceptedAt`. */
function inProgress(kind: KindDefinition, acceptedAt: Date = ACCEPTED): { item: WorkItemState; timers: ScheduleTimerEffect[] } {
  const before = new Date(acceptedAt.getTime() - 30 * 60_000);
  let item = kind.id === 'petition' ? registerPetition(before, DEPT_A, { accept: true }, registryOf(kind)) : registerAppeal(before);
  if (kind.id === 'appeal') item = step(kind, item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, before).next;
  const accepted = step(kind, item, 'accept', cast.handlerA1, {}, acceptedAt);
  return { item: accepted.next, timers: schedules(accepted) };
}

function running(item: WorkItemState): StageDeadline {
  const d = runningDeadline(item);
  if (!d) throw new Error('no running deadline');
  return d;
}

function schedules(d: Accepted): ScheduleTimerEffect[] {
  return d.effects.filter((e): e is ScheduleTimerEffect => e.type === 'schedule_timer');
}

function fire(kind: KindDefinition, item: WorkItemState, t: ScheduleTimerEffect, now: Date = new Date(t.at)): Decision {
  const { action, input } = timerAction(t, kind)!;
  return attempt(kind, item, action, cast.system, input, now);
}

describe('pausing and resuming the handle clock, per deadline unit', () => {
  it.each<[string, KindDefinition, Date, string, number, string, string]>([
    // Petition, 60 calendar days from Thu 04-02: end of Mon 06-01, then 90 h later Fri 06-05 17:59:59.999.
    ['calendar_days (petition)', PETITION, ACCEPTED, '2026-06-01T15:59:59.999Z', 3.75, '2026-06-05T09:59:59.999Z', '2026-05-24T07:11:59.999Z'],
    // Appeal, 5 working days: Fri 04-03, Tue 04-07 … Fri 04-10 17:30; 2.5 office hours later Mon 04-13 11:30.
    ['working_days (appeal)', APPEAL, ACCEPTED, '2026-04-10T09:30:00.000Z', 2.5 / 7, '2026-04-13T03:30:00.000Z', '2026-04-10T02:18:00.000Z'],
    // 16 office hours: Thu 6 + Fri 7 + Tue 09:00-12:00 → Tue 12:00; 2.5 hours later across lunch → Tue 16:00.
    ['working_hours', withHandle(16, 'working_hours'), ACCEPTED, '2026-04-07T04:00:00.000Z', 2.5, '2026-04-07T08:00:00.000Z', '2026-04-07T03:18:00.000Z'],
    // A seconds test policy: accepted Fri 15:30, due 16:30, moved by 90 h to Tue 10:30.
    ['seconds', withHandle(3600, 'seconds'), at('2026-04-03T07:30:00Z'), '2026-04-03T08:30:00.000Z', 324_000, '2026-04-07T02:30:00.000Z', '2026-04-07T02:18:00.000Z'],
  ])('%s: due %s, paused over the long weekend', (_name, kind, acceptedAt, dueBefore, paused, dueAfter, warnAfter) => {
    const { item } = inProgress(kind, acceptedAt);
    const before = running(item);
    expect(before.dueAt).toBe(dueBefore);

    const pause = step(kind, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED);
    expect(pause.next.clockPausedAt).toBe(PAUSED.toISOString());
    expect(running(pause.next)).toMatchObject({ dueAt: dueBefore, warnAt: before.warnAt, rev: deadlineRev(before) + 1 });
    expect(pause.events).toEqual([expect.objectContaining({ type: 'clock_paused', data: expect.objectContaining({ reason: 'awaiting_enterprise', dueAt: dueBefore }) })]);

    const resume = step(kind, pause.next, 'resume_clock', cast.handlerA1, { comment: '材料已补齐' }, RESUMED);
    const after = running(resume.next);
    expect(resume.next.clockPausedAt).toBeNull();
    expect(after.dueAt).toBe(dueAfter);
    expect(after.warnAt).toBe(warnAfter);
    expect(after.rev).toBe(deadlineRev(before) + 2);
    expect(after.pausedAmount).toBeCloseTo(paused, 12);
    expect(after.startedAt).toBe(before.startedAt);
    expect(resume.events).toHaveLength(1);
    expect(resume.events[0]).toMatchObject({
      type: 'clock_resumed',
      data: { comment: '材料已补齐', pausedAt: PAUSED.toISOString(), unit: before.unit, previousDueAt: dueBefore, dueAt: dueAfter },
    });
    const resumed = resume.events[0]!;
    if (resumed.type !== 'clock_resumed') throw new Error(`expected clock_resumed, got ${resumed.type}`);
    expect(resumed.data.pausedAmount).toBeCloseTo(paused, 12);
    // The warning moved by the same clock time as the deadline.
    expect(elapsedAmount(calendar, new Date(before.warnAt), new Date(after.warnAt), before.unit)).toBeCloseTo(paused, 9);
    // New timers, all for the new revision: the warning, the deadline and (for overdue stages) escalations.
    const timers = schedules(resume);
    expect(timers.map((t) => [t.check, t.stageSeq, t.deadlineRev])).toEqual([
      ['warn', after.stageSeq, after.rev],
      ['overdue', after.stageSeq, after.rev],
      ['escalate', after.stageSeq, after.rev],
      ['escalate', after.stageSeq, after.rev],
    ]);
    expect(timers.slice(0, 2).map((t) => t.at)).toEqual([warnAfter, dueAfter]);
    expect(resume.next.sla).toBe('normal');
  });

  it('adds up several pauses and keeps the deadline moving only later', () => {
    const { item } = inProgress(APPEAL);
    let next = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED).next;
    next = step(APPEAL, next, 'resume_clock', cast.handlerA1, {}, RESUMED).next; // 2.5 h
    const first = running(next).dueAt;
    // Tuesday 11:00 → 14:30: 1 h before lunch + 1 h after.
    next = step(APPEAL, next, 'pause_clock', cast.headA, { reason: 'third_party' }, at('2026-04-07T03:00:00Z')).next;
    next = step(APPEAL, next, 'resume_clock', cast.headA, {}, at('2026-04-07T06:30:00Z')).next;
    expect(running(next).pausedAmount).toBeCloseTo(4.5 / 7, 12);
    // Fri 04-10 17:30 + 4.5 office hours: Mon 04-13 09:00-12:00, 13:30-15:00.
    expect(running(next).dueAt).toBe('2026-04-13T07:00:00.000Z');
    expect(Date.parse(running(next).dueAt)).toBeGreaterThan(Date.parse(first));
  });
});

describe('deadline timers around a pause', () => {
  const { item, timers: oldTimers } = inProgress(APPEAL);
  const original = running(item);
  const pause = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED);
  const paused = pause.next;

  it('cancels every timer of the running revision and schedules none', () => {
    expect(oldTimers).toHaveLength(4);
    const cancels = pause.effects.filter((e): e is CancelTimersEffect => e.type === 'cancel_timers');
    expect(cancels).toEqual([{ type: 'cancel_timers', itemId: item.id, timerIds: timerIdsOf(item.id, original, APPEAL) }]);
    expect(cancels[0]!.timerIds).toEqual(oldTimers.map((t) => t.timerId));
    expect(schedules(pause)).toEqual([]);
    // The reconcile job must not re-create them either.
    expect(pendingTimers(item, APPEAL, calendar)).toHaveLength(4);
    expect(pendingTimers(paused, APPEAL, calendar)).toEqual([]);
  });

  it('refuses the timers of the old revision, at their time and later', () => {
    for (const t of oldTimers) {
      for (const when of [new Date(t.at), at('2026-05-01T02:00:00Z')]) {
        const d = fire(APPEAL, paused, t, when);
        expect([t.check, outcome(d)]).toEqual([t.check, 'invalid_status']);
        expect(d).not.toHaveProperty('next');
      }
    }
  });

  it('refuses warn, mark_overdue and escalate while paused, even for the current revision and long past the deadline', () => {
    const rev = deadlineRev(running(paused));
    expect(rev).toBe(deadlineRev(original) + 1);
    const late = at('2026-05-01T02:00:00Z');
    const current = { stageSeq: paused.stageSeq, deadlineRev: rev };
    for (const [action, input] of [
      ['warn', current],
      ['mark_overdue', current],
      ['escalate', { ...current, level: 1 }],
      ['escalate', { ...current, level: 2 }],
    ] as const) {
      const d = attempt(APPEAL, paused, action, cast.system, input, late);
      expect([action, d]).toEqual([action, { ok: false, refusal: { code: 'invalid_status', reason: 'timer_stale', params: {}, message: 'The clock is paused while waiting on the petitioner' } }]);
    }
    // Without the pause the same checks would have gone through: the refusal is the pause's doing.
    const unpaused = { ...paused, clockPausedAt: null };
    expect(outcome(attempt(APPEAL, unpaused, 'warn', cast.system, current, late))).toBe('ok');
    expect(outcome(attempt(APPEAL, unpaused, 'mark_overdue', cast.system, current, late))).toBe('ok');
  });

  it('keeps the queue colour of the moment it was paused, however long the wait', () => {
    expect(paused.sla).toBe('normal');
    expect(slaState(paused, at('2026-06-01T00:00:00Z'))).toBe('normal');
    expect(slaState({ ...paused, clockPausedAt: null }, at('2026-06-01T00:00:00Z'))).toBe('overdue');
  });

  it('schedules the new revision on resume; those fire, the old ones stay refused', () => {
    const resume = step(APPEAL, paused, 'resume_clock', cast.handlerA1, {}, RESUMED);
    let next = resume.next;
    const fresh = schedules(resume);
    expect(new Set(fresh.map((t) => t.deadlineRev))).toEqual(new Set([deadlineRev(original) + 2]));
    expect(fresh.map((t) => t.timerId).some((id) => oldTimers.some((o) => o.timerId === id))).toBe(false);
    expect(pendingTimers(next, APPEAL, calendar)).toEqual(fresh);
    for (const t of oldTimers) expect(outcome(fire(APPEAL, next, t, new Date(Math.max(Date.parse(t.at), RESUMED.getTime()))))).toBe('invalid_status');

    const [warn, overdue] = fresh as [ScheduleTimerEffect, ScheduleTimerEffect];
    expect(outcome(fire(APPEAL, next, warn, new Date(Date.parse(warn.at) - 60_000)))).toBe('invalid_status'); // too early
    next = expectOk(fire(APPEAL, next, warn)).next;
    expect(next.sla).toBe('warning');
    next = expectOk(fire(APPEAL, next, overdue)).next;
    expect(next.sla).toBe('overdue');
    expect(running(next).overdueAt).toBe('2026-04-13T03:30:00.000Z');
  });
});

describe('a pause after the warning', () => {
  it('stays amber while paused and does not warn twice after resuming', () => {
    const { item, timers } = inProgress(APPEAL);
    // Warned Thursday 04-09 16:18, paused at 17:00 with half an hour left that day and Friday.
    const warned = expectOk(fire(APPEAL, item, timers[0]!)).next;
    expect(warned.sla).toBe('warning');
    const paused = step(APPEAL, warned, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, at('2026-04-09T09:00:00Z')).next;
    expect(paused.sla).toBe('warning');
    // Past the old deadline (Fri 17:30) it does not turn red: the clock stands still.
    expect(slaState(paused, at('2026-04-13T01:00:00Z'))).toBe('warning');

    // Resumed Monday 04-13 10:00: 7.5 office hours were left, so Mon 10:00-17:30 (6) + Tue 09:00-10:30.
    const resume = step(APPEAL, paused, 'resume_clock', cast.handlerA1, {}, at('2026-04-13T02:00:00Z'));
    expect(running(resume.next)).toMatchObject({ dueAt: '2026-04-14T02:30:00.000Z', warnedAt: '2026-04-09T08:18:00.000Z', overdueAt: null });
    expect(running(resume.next).pausedAmount).toBeCloseTo(8.5 / 7, 12);
    expect(resume.next.sla).toBe('warning');
    expect(schedules(resume).map((t) => t.check)).toEqual(['overdue', 'escalate', 'escalate']);
  });
});

describe('who may pause and resume, and when', () => {
  const { item } = inProgress(APPEAL);

  it('takes one of the kind’s reasons to pause (free text is refused), a note of at most 2000 characters, and an optional comment to resume', () => {
    expect(attempt(APPEAL, item, 'pause_clock', cast.handlerA1, {}, PAUSED)).toMatchObject({ ok: false, refusal: { code: 'invalid_input', fields: { reason: 'required' } } });
    expect(attempt(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: '等材料' }, PAUSED)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_input', fields: { reason: 'must be one of awaiting_enterprise, third_party' } },
    });
    expect(outcome(attempt(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'third_party', note: '等'.repeat(2001) }, PAUSED))).toBe('invalid_input');
    const paused = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'third_party', note: '等'.repeat(2000) }, PAUSED).next;
    expect(outcome(attempt(APPEAL, paused, 'resume_clock', cast.handlerA1, { comment: '好'.repeat(2001) }, RESUMED))).toBe('invalid_input');
    const resumed = step(APPEAL, paused, 'resume_clock', cast.handlerA1, {}, RESUMED);
    expect(resumed.events[0]).toMatchObject({ type: 'clock_resumed', data: { comment: null } });
  });

  it('lets the handler or the department head pause, tells the head (and the handler when the head paused)', () => {
    for (const who of [cast.handlerA2, cast.headB, cast.leaderA, cast.dispatcher, cast.contact1, cast.system]) {
      const d = attempt(APPEAL, item, 'pause_clock', who, { reason: 'awaiting_enterprise' }, PAUSED);
      expect([who.id, outcome(d)]).toEqual([who.id, 'forbidden']);
    }
    const byHandler = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED);
    expect(byHandler.effects.filter((e) => e.type === 'notify')).toEqual([
      {
        type: 'notify',
        userIds: [],
        itemId: item.id,
        topic: 'clock_paused',
        params: { code: item.code, title: item.title, reason: 'awaiting_enterprise', reasonLabel: { zh: '等待企业补充材料', en: 'Waiting for the company’s documents' } },
        audience: 'department_head',
        departmentId: DEPT_A,
      },
    ]);
    const byHead = step(APPEAL, item, 'pause_clock', cast.headA, { reason: 'awaiting_enterprise' }, PAUSED);
    expect(byHead.effects).toContainEqual(expect.objectContaining({ type: 'notify', audience: 'department_head', departmentId: DEPT_A }));
    expect(byHead.effects).toContainEqual(expect.objectContaining({ type: 'notify', userIds: [cast.handlerA1.id], topic: 'clock_paused' }));
    for (const who of [cast.handlerA2, cast.leaderA]) expect(outcome(attempt(APPEAL, byHead.next, 'resume_clock', who, {}, RESUMED))).toBe('forbidden');
    expect(outcome(attempt(APPEAL, byHead.next, 'resume_clock', cast.handlerA1, {}, RESUMED))).toBe('ok');
  });

  it('pauses only a running clock, resumes only a paused one', () => {
    expect(allowedActions(item, cast.handlerA1, kinds, PAUSED)).toContain('pause_clock');
    expect(allowedActions(item, cast.handlerA1, kinds, PAUSED)).not.toContain('resume_clock');
    expect(attempt(APPEAL, item, 'resume_clock', cast.handlerA1, {}, PAUSED)).toEqual({
      ok: false,
      refusal: { code: 'invalid_status', reason: 'clock_not_paused', params: {}, message: 'The clock is not paused' },
    });
    const paused = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED).next;
    expect(allowedActions(paused, cast.handlerA1, kinds, PAUSED)).toContain('resume_clock');
    expect(allowedActions(paused, cast.handlerA1, kinds, PAUSED)).not.toContain('pause_clock');
    const again = attempt(APPEAL, paused, 'pause_clock', cast.handlerA1, { reason: '再等' }, RESUMED);
    expect(again).toEqual({ ok: false, refusal: { code: 'invalid_status', reason: 'clock_already_paused', params: {}, message: 'The clock is already paused' } });
  });

  it('refuses to pause a deadline already missed, marked overdue or not', () => {
    const pastDue = at('2026-04-10T09:30:01Z'); // one second after Friday 17:30
    expect(outcome(attempt(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, at('2026-04-10T09:30:00Z')))).toBe('ok');
    expect(attempt(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, pastDue)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_status', reason: 'missed_deadline_cannot_pause', params: {} },
    });
    expect(allowedActions(item, cast.handlerA1, kinds, pastDue)).not.toContain('pause_clock');
    const marked = { ...item, deadlines: [...item.deadlines.slice(0, -1), { ...running(item), overdueAt: '2026-04-03T07:00:00.000Z' }] };
    expect(outcome(attempt(APPEAL, marked, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED))).toBe('invalid_status');
  });

  it('is only for items being handled, never for closed ones', () => {
    const replied = step(APPEAL, item, 'reply', cast.handlerA1, { content: '已答复' }, PAUSED).next;
    expect(outcome(attempt(APPEAL, replied, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED))).toBe('invalid_status');
    const rated = step(APPEAL, replied, 'record_feedback', cast.contact1, { satisfaction: 'satisfied' }, PAUSED).next;
    const closed = step(APPEAL, rated, 'approve_close', cast.leaderA, {}, PAUSED).next;
    for (const action of ['pause_clock', 'resume_clock']) {
      for (const who of [cast.handlerA1, cast.headA]) {
        const d = attempt(APPEAL, closed, action, who, { reason: 'awaiting_enterprise' }, RESUMED);
        expect(d).toEqual({ ok: false, refusal: { code: 'invalid_status', reason: 'item_closed', params: {}, message: 'The item is closed' } });
      }
    }
  });
});

describe('leaving the stage entry while paused', () => {
  const { item } = inProgress(APPEAL);
  const paused = step(APPEAL, item, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED).next;

  it('ends the pause on reply and credits it to the handle deadline left', () => {
    const reply = step(APPEAL, paused, 'reply', cast.handlerA1, { content: '已答复' }, RESUMED);
    expect(reply.next).toMatchObject({ stage: 'feedback', status: 'awaiting_feedback', clockPausedAt: null });
    const handle = reply.next.deadlines.find((d) => d.stage === 'handle')!;
    // As if resumed at the reply: Fri 04-10 17:30 + 2.5 office hours, met Tuesday 10:00.
    expect(handle).toMatchObject({ dueAt: '2026-04-13T03:30:00.000Z', metAt: RESUMED.toISOString() });
    expect(handle.pausedAmount).toBeCloseTo(2.5 / 7, 12);
    // The feedback deadline runs and is timed as usual.
    expect(schedules(reply).map((t) => t.check)).toEqual(['warn', 'timeout']);
    expect(slaState(reply.next, RESUMED)).toBe('normal');
    expect(pendingTimers(reply.next, APPEAL, calendar)).toEqual(schedules(reply));
  });

  it('ends the pause on transfer to another department', () => {
    const transfer = step(APPEAL, paused, 'transfer', cast.headA, { departmentId: DEPT_B, reason: '转住建' }, RESUMED);
    expect(transfer.next).toMatchObject({ stage: 'assign', status: 'pending_acceptance', departmentId: DEPT_B, clockPausedAt: null });
    expect(schedules(transfer).length).toBeGreaterThan(0);
    expect(outcome(attempt(APPEAL, transfer.next, 'resume_clock', cast.headB, {}, RESUMED))).toBe('invalid_status');
  });

  it('a leader may approve an extension meanwhile: the deadline moves, the timers wait for the resume', () => {
    const requested = step(APPEAL, item, 'request_extension', cast.handlerA1, { days: 2, reason: '等材料' }, at('2026-04-03T07:00:00Z')).next;
    const pausedWithRequest = step(APPEAL, requested, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, PAUSED).next;
    const approve = step(APPEAL, pausedWithRequest, 'approve_extension', cast.leaderA, {}, at('2026-04-06T02:00:00Z'));
    // 7 working days from Thursday 04-02: Tuesday 04-14 17:30.
    expect(running(approve.next).dueAt).toBe('2026-04-14T09:30:00.000Z');
    expect(approve.next.clockPausedAt).toBe(PAUSED.toISOString());
    expect(schedules(approve)).toEqual([]);
    expect(pendingTimers(approve.next, APPEAL, calendar)).toEqual([]);
    const resume = step(APPEAL, approve.next, 'resume_clock', cast.handlerA1, {}, RESUMED);
    // Both count: Tuesday 04-14 17:30 + 2.5 office hours = Wednesday 04-15 11:30.
    expect(running(resume.next)).toMatchObject({ dueAt: '2026-04-15T03:30:00.000Z', extendedAmount: 2 });
    expect(running(resume.next).pausedAmount).toBeCloseTo(2.5 / 7, 12);
    // And an extension after a resume keeps the paused time: 9 working days + 2.5 office hours.
    const more = step(APPEAL, resume.next, 'request_extension', cast.handlerA1, { days: 2, reason: '再等' }, RESUMED).next;
    const extendedAgain = step(APPEAL, more, 'approve_extension', cast.leaderA, {}, RESUMED);
    expect(running(extendedAgain.next).dueAt).toBe('2026-04-17T03:30:00.000Z');
    expect(schedules(extendedAgain).length).toBeGreaterThan(0);
  });
});
