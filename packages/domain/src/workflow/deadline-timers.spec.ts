import { describe, expect, it } from 'vitest';
import type { KindDefinition } from '../kinds/kind-definition.js';
import { enterStage } from '../work-item/enter-stage.js';
import type { ScheduleTimerEffect, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import { checkKindDefinition } from '../kinds/kind-definition.check.js';
import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { allowedActions, decide } from './decide.js';
import { extendDeadline, pendingTimers, timerAction, timerIdsOf } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { STANDARD_ACTIONS } from './standard-actions.catalog.js';
import { at, calendar, cast, DEPT_A, outcome, registryOf } from './workflow-test.fixture.js';

/*
 * A kind added as data only, with a test policy in seconds (the way the worker's deadline
 * tests run): no extensions, closure approved by the department head, two escalation steps.
 */
const { request_extension: _r, approve_extension: _a, reject_extension: _j, ...actions } = STANDARD_ACTIONS;
const HAZARD: KindDefinition = {
  id: 'hazard',
  label: { zh: '隐患整改', en: 'Hazard rectification' },
  codePrefix: 'YH',
  registerRoles: ['dispatcher'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 10, unit: 'seconds' } },
    handle: { statuses: ['in_progress'], deadline: { amount: 30, unit: 'seconds' } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 10, unit: 'seconds' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 10, unit: 'seconds' } },
  },
  warnShare: 0.8,
  extensionCapDays: 0,
  statusLabels: STANDARD_STATUS_LABELS,
  links: { petitioner: 'none', enterprise: 'required' },
  enterpriseLink: 'raised_by',
  actions: {
    ...actions,
    approve_close: { ...STANDARD_ACTIONS.approve_close, parties: ['department_head'] },
    reject_close: { ...STANDARD_ACTIONS.reject_close, parties: ['department_head'] },
  },
  escalation: [
    { after: { amount: 5, unit: 'seconds' }, audience: 'department_head' },
    { after: { amount: 15, unit: 'seconds' }, audience: 'leader' },
  ],
};
const resolve = registryOf(HAZARD);
const START = at('2026-03-02T01:00:00Z');

function blankHazard(): WorkItemState {
  return {
    id: 'item-h1',
    code: 'YH-20260302-0001',
    kind: 'hazard',
    title: '消防通道堵塞',
    description: '现场交办',
    channel: 'inspection',
    category: 'safety',
    urgency: 'normal',
    enterpriseId: null,
    petitioner: null,
    stage: 'assign',
    status: 'pending_assignment',
    departmentId: null,
    handlerId: null,
    ownerLeaderId: null,
    createdById: cast.dispatcher.id,
    stageSeq: 0,
    deadlines: [],
    sla: 'normal',
    version: 1,
    createdAt: START.toISOString(),
    updatedAt: START.toISOString(),
    closedAt: null,
  };
}

function timers(effects: readonly { type: string }[]): ScheduleTimerEffect[] {
  return effects.filter((e): e is ScheduleTimerEffect => e.type === 'schedule_timer');
}

describe('deadline timers', () => {
  const entry = enterStage(blankHazard(), HAZARD, 'assign', 'pending_assignment', START, calendar);

  it('are scheduled on entering a stage, with deterministic ids usable as job ids', () => {
    expect(checkKindDefinition(HAZARD)).toEqual([]);
    expect(timers(entry.effects).map((t) => [t.check, t.level ?? null, t.at, t.timerId])).toEqual([
      ['warn', null, '2026-03-02T01:00:08.000Z', 'dl-item-h1-s1-r0-warn'],
      ['overdue', null, '2026-03-02T01:00:10.000Z', 'dl-item-h1-s1-r0-overdue'],
      ['escalate', 1, '2026-03-02T01:00:15.000Z', 'dl-item-h1-s1-r0-escalate-1'],
      ['escalate', 2, '2026-03-02T01:00:25.000Z', 'dl-item-h1-s1-r0-escalate-2'],
    ]);
    expect(timers(entry.effects).every((t) => !t.timerId.includes(':'))).toBe(true);
    const again = enterStage(blankHazard(), HAZARD, 'assign', 'pending_assignment', START, calendar);
    expect(again.effects).toEqual(entry.effects);
  });

  it('leave out what already happened when the reconcile job asks again', () => {
    let item: WorkItemState = entry.next;
    const [warn, overdue, level1] = timers(entry.effects) as [ScheduleTimerEffect, ScheduleTimerEffect, ScheduleTimerEffect];
    for (const t of [warn, overdue]) {
      const { action, input } = timerAction(t, HAZARD)!;
      const d = decide(item, action, cast.system, input, new Date(t.at), calendar, resolve);
      if (!d.ok) throw new Error(d.refusal.message);
      item = d.next;
    }
    expect(pendingTimers(item, HAZARD, calendar).map((t) => t.timerId)).toEqual([level1.timerId, 'dl-item-h1-s1-r0-escalate-2']);
    // Level 2 may come first if level 1 was lost; level 1 is then stale.
    const { action, input } = timerAction(timers(entry.effects)[3]!, HAZARD)!;
    const escalated = decide(item, action, cast.system, input, at('2026-03-02T01:00:25Z'), calendar, resolve);
    expect(escalated).toMatchObject({ ok: true, effects: [{ type: 'notify', audience: 'leaders' }] });
    if (!escalated.ok) return;
    expect(pendingTimers(escalated.next, HAZARD, calendar)).toEqual([]);
    expect(outcome(decide(escalated.next, 'escalate', cast.system, timerAction(level1, HAZARD)!.input, at('2026-03-02T01:00:30Z'), calendar, resolve))).toBe(
      'invalid_status',
    );
  });

  it('cancel every id a revision can have had when the stage is left', () => {
    const item = entry.next;
    const d = runningDeadline(item)!;
    const left = enterStage(item, HAZARD, 'handle', 'in_progress', at('2026-03-02T01:00:05Z'), calendar);
    expect(left.effects[0]).toEqual({ type: 'cancel_timers', itemId: item.id, timerIds: timerIdsOf(item.id, d, HAZARD) });
    expect(timerIdsOf(item.id, d, HAZARD)).toEqual(timers(entry.effects).map((t) => t.timerId));
  });

  it('run a kind defined as data only: its own parties, and no extension actions', () => {
    let item: WorkItemState = entry.next;
    const step = (action: string, who: (typeof cast)[keyof typeof cast], input: Record<string, unknown>, now: Date) => {
      const d = decide(item, action, who, input, now, calendar, resolve);
      if (!d.ok) throw new Error(`${action}: ${d.refusal.message}`);
      item = d.next;
    };
    step('assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T01:00:01Z'));
    step('accept', cast.handlerA1, {}, at('2026-03-02T01:00:02Z'));
    expect(allowedActions(item, cast.handlerA1, resolve)).toEqual(['request_coordination', 'pause_clock', 'reply', 'comment']);
    expect(decide(item, 'request_extension', cast.handlerA1, { days: 1, reason: 'x' }, at('2026-03-02T01:00:03Z'), calendar, resolve)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_input', fields: { action: 'unknown action' } },
    });
    step('reply', cast.handlerA1, { content: '已清理' }, at('2026-03-02T01:00:04Z'));
    step('record_feedback', cast.dispatcher, { satisfaction: 'satisfied' }, at('2026-03-02T01:00:05Z'));
    expect(outcome(decide(item, 'approve_close', cast.leaderA, {}, at('2026-03-02T01:00:06Z'), calendar, resolve))).toBe('forbidden');
    step('approve_close', cast.headA, {}, at('2026-03-02T01:00:06Z'));
    expect(item.status).toBe('closed');
  });
});

describe('extending a deadline', () => {
  const base: StageDeadline = {
    stage: 'handle',
    stageSeq: 2,
    startedAt: '2026-03-02T01:00:00.000Z',
    dueAt: '',
    warnAt: '',
    amount: 7,
    unit: 'working_hours',
    metAt: null,
  };

  it('converts days to office hours for an hour rule and recomputes from the original start', () => {
    const { deadline } = extendDeadline(base, 1, 0.8, calendar);
    // 7 + 7 office hours from Monday 09:00: Tuesday 17:30.
    expect(deadline).toMatchObject({ dueAt: '2026-03-03T09:30:00.000Z', extendedAmount: 7, rev: 1, warnedAt: null, overdueAt: null });
    const twice = extendDeadline(deadline, 1, 0.8, calendar).deadline;
    expect(twice).toMatchObject({ dueAt: '2026-03-04T09:30:00.000Z', extendedAmount: 14, rev: 2 });
  });
});

describe('slaState', () => {
  const item = enterStage(blankHazard(), HAZARD, 'assign', 'pending_assignment', START, calendar).next;

  it('follows the running deadline, with supervision on top and nothing once closed', () => {
    expect(slaState(item, at('2026-03-02T01:00:07Z'))).toBe('normal');
    expect(slaState(item, at('2026-03-02T01:00:08Z'))).toBe('warning');
    expect(slaState(item, at('2026-03-02T01:00:10Z'))).toBe('warning');
    expect(slaState(item, at('2026-03-02T01:00:10.001Z'))).toBe('overdue');
    expect(slaState({ ...item, supervisedAt: '2026-03-02T01:00:01Z' }, at('2026-03-02T01:00:11Z'))).toBe('supervised');
    expect(slaState({ ...item, status: 'closed' }, at('2026-03-02T01:00:11Z'))).toBe('normal');
  });
});

describe('states from before the workflow fields existed', () => {
  it('are read with neutral defaults and come back complete', () => {
    const legacy = blankHazard();
    const d = decide(
      { ...legacy, stageSeq: 1, deadlines: [{ ...runningDeadline(enterStage(legacy, HAZARD, 'assign', 'pending_assignment', START, calendar).next)! }] },
      'assign',
      cast.dispatcher,
      { departmentId: DEPT_A },
      at('2026-03-02T01:00:01Z'),
      calendar,
      resolve,
    );
    expect(d).toMatchObject({
      ok: true,
      next: {
        supervisedAt: null,
        extensionDaysUsed: 0,
        pendingExtension: null,
        reopenCount: 0,
        satisfaction: null,
        feedbackTimedOut: false,
        clockPausedAt: null,
      },
    });
  });
});
