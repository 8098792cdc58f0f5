import { describe, expect, it } from 'vitest';
import { computeDeadline, createWorkCalendar } from '../calendar/index.js';
import { applyKindOverride } from '../kinds/kind-overrides.js';
import type { CancelTimersEffect, ScheduleTimerEffect, WorkItemState } from '../work-item/work-item.types.js';
import { timerIdsOf } from './deadline-timer.policy.js';
import { retimeItem } from './retime.policy.js';
import { at, calendar, kinds, registerPetition } from './workflow-test.fixture.js';

// The assign stage on 3 working days, so a holiday inside the window moves the deadline.
const KIND = applyKindOverride(kinds.get('petition')!, { stages: { assign: { amount: 3, unit: 'working_days' } } });
const REGISTERED = at('2027-03-01T02:00:00Z'); // Monday 10:00 Shanghai, a provisional year
const CAUSE = { year: 2027, actorId: 'admin-1' };

/** A petition registered at REGISTERED with its running deadline on KIND's rule under the official calendar. */
function openItem(): WorkItemState {
  const item = registerPetition(REGISTERED, null, null);
  const d = item.deadlines[0]!;
  const { dueAt, warnAt } = computeDeadline(calendar, REGISTERED, 3, 'working_days', KIND.warnShare);
  return { ...item, deadlines: [{ ...d, startedAt: REGISTERED.toISOString(), amount: 3, unit: 'working_days', dueAt: dueAt.toISOString(), warnAt: warnAt.toISOString() }] };
}

// Wednesday 2027-03-03 becomes a holiday.
const withHoliday = createWorkCalendar([], undefined, [{ year: 2027, days: [{ date: '2027-03-03', kind: 'holiday', name: '园区假日' }] }]);

describe('retimeItem', () => {
  it('moves a working-days deadline one working day later when a day inside it becomes a holiday, under the next revision', () => {
    const item = openItem();
    const before = item.deadlines[0]!;
    const retimed = retimeItem(item, KIND, withHoliday, REGISTERED, CAUSE);
    expect(retimed).not.toBeNull();
    const after = retimed!.next.deadlines[0]!;
    expect(Date.parse(after.dueAt) - Date.parse(before.dueAt)).toBe(24 * 3600_000); // Thursday → Friday, same time
    expect(after.rev).toBe(1);
    expect(after.startedAt).toBe(before.startedAt);
    expect(retimed!.events).toEqual([
      { type: 'deadline_retimed', actorId: 'admin-1', at: REGISTERED.toISOString(), stage: 'assign', data: { stageSeq: 1, fromDueAt: before.dueAt, toDueAt: after.dueAt, year: 2027 }, audience: 'public' },
    ]);
    const cancel = retimed!.effects.find((e): e is CancelTimersEffect => e.type === 'cancel_timers')!;
    expect(cancel.timerIds).toEqual(timerIdsOf(item.id, before, KIND));
    const scheduled = retimed!.effects.filter((e): e is ScheduleTimerEffect => e.type === 'schedule_timer');
    expect(scheduled.length).toBeGreaterThan(0);
    expect(scheduled.every((t) => t.deadlineRev === 1 && t.timerId.includes('-r1-'))).toBe(true);
    expect(scheduled.find((t) => t.check === 'overdue')!.at).toBe(after.dueAt);
  });

  it('returns null when nothing moved (a holiday after the deadline, a closed item)', () => {
    const item = openItem();
    const later = createWorkCalendar([], undefined, [{ year: 2027, days: [{ date: '2027-05-03', kind: 'holiday', name: '劳动节' }] }]);
    expect(retimeItem(item, KIND, later, REGISTERED, CAUSE)).toBeNull();
    expect(retimeItem(item, KIND, calendar, REGISTERED, CAUSE)).toBeNull();
    expect(retimeItem({ ...item, status: 'closed' }, KIND, withHoliday, REGISTERED, CAUSE)).toBeNull();
  });

  it('keeps a warning or overdue mark only while it is still past', () => {
    const item = openItem();
    const d = item.deadlines[0]!;
    const lateItem: WorkItemState = { ...item, sla: 'overdue', deadlines: [{ ...d, warnedAt: d.warnAt, overdueAt: d.dueAt }] };
    // Just after the old deadline: under the new calendar the item has a day left, so it is no longer overdue.
    const justAfter = new Date(Date.parse(d.dueAt) + 60_000);
    const moved = retimeItem(lateItem, KIND, withHoliday, justAfter, CAUSE)!;
    expect(moved.next.deadlines[0]).toMatchObject({ overdueAt: null, escalationLevel: 0 });
    expect(moved.next.sla).not.toBe('overdue');
    expect(moved.effects.some((e) => e.type === 'schedule_timer' && e.check === 'overdue')).toBe(true);
    // Long after: the mark stands and no overdue timer is scheduled again.
    const longAfter = at('2027-04-01T02:00:00Z');
    const stillLate = retimeItem(lateItem, KIND, withHoliday, longAfter, CAUSE)!;
    expect(stillLate.next.deadlines[0]).toMatchObject({ overdueAt: d.dueAt, warnedAt: d.warnAt });
    expect(stillLate.next.sla).toBe('overdue');
    expect(stillLate.effects.some((e) => e.type === 'schedule_timer' && (e.check === 'overdue' || e.check === 'warn'))).toBe(false);
  });

  it('schedules nothing while the clock is paused, but cancels the old revision', () => {
    const item = { ...openItem(), clockPausedAt: REGISTERED.toISOString() };
    const retimed = retimeItem(item, KIND, withHoliday, REGISTERED, CAUSE)!;
    expect(retimed.effects.map((e) => e.type)).toEqual(['cancel_timers']);
  });
});

describe('retimeItem and the statutory clock', () => {
  it('moves the 60-day clock when its last day becomes a rest day, and leaves the stage deadline alone', () => {
    // Accepted Monday 2026-03-02: the 60 days end on Wednesday 6 May (劳动节 1–5 May).
    const item = registerPetition(at('2026-03-02T01:00:00Z'));
    expect(item.statutoryClock).toMatchObject({ dueAt: '2026-05-06T15:59:59.999Z', rev: 0 });
    const rest = createWorkCalendar([{ date: '2026-05-06', kind: 'holiday', name: '园区假日' }]);
    const retimed = retimeItem(item, kinds.get('petition')!, rest, at('2026-03-03T01:00:00Z'), { year: 2026, actorId: 'admin-1' })!;
    expect(retimed.next.statutoryClock).toMatchObject({ dueAt: '2026-05-07T15:59:59.999Z', rev: 1, clock: 'statutory' });
    expect(retimed.next.deadlines).toEqual(item.deadlines);
    expect(retimed.events).toEqual([expect.objectContaining({ type: 'deadline_retimed', data: expect.objectContaining({ clock: 'statutory', toDueAt: '2026-05-07T15:59:59.999Z' }) })]);
    expect(retimed.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timer', clock: 'statutory', deadlineRev: 1, check: 'overdue', at: '2026-05-07T15:59:59.999Z' }));
    expect(retimed.effects).toContainEqual(expect.objectContaining({ type: 'cancel_timers', timerIds: expect.arrayContaining(['sc-item-p1-r0-overdue']) }));
  });
});
