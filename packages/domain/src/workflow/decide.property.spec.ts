import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KINDS, createKindRegistry } from '../kinds/kind-registry.js';
import { REINSPECTION_TEST_KIND } from '../testing/reinspection-test-kind.fixture.js';
import { registerWorkItem } from '../work-item/register-work-item.js';
import type { Decision } from '../work-item/decision.types.js';
import { SATISFACTIONS, type ScheduleTimerEffect, type WorkItemState } from '../work-item/work-item.types.js';
import { ACTION_NAMES, HUMAN_ACTIONS, SYSTEM_ACTIONS, type ActionName } from './action-definition.types.js';
import { allowedActions, decide } from './decide.js';
import { runningStatutoryClock, deadlineRev, pausedAmountOf, pendingTimers, timerAction } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { withWorkflowDefaults } from './workflow-state.defaults.js';
import { act, at, calendar, cast, CAST_NAMES, type CastName, deepFreeze, DEPT_A, DEPT_B, outcome, registerAppeal, registerPetition, T0, kinds, ENT_1 } from './workflow-test.fixture.js';

/*
 * Random action sequences by random actors, biased towards what allowedActions offers so runs
 * reach deep into the workflow (and sometimes past closure), with timers fired at or around
 * their times. Every step is checked against the invariants of the rules.
 */

const command = fc.record({
  who: fc.nat(),
  pick: fc.nat(),
  variant: fc.nat(),
  advanceMinutes: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 * 24 * 12 })),
});
/** Every built-in kind and the test kind (own statuses, own actions, a pass/fail loop): the properties hold for any sound kind. */
const ALL_KINDS = createKindRegistry([...BUILT_IN_KINDS, REINSPECTION_TEST_KIND]);
const run = fc.record({ kind: fc.constantFrom(...ALL_KINDS.ids), commands: fc.array(command, { minLength: 5, maxLength: 60 }) });

/** A fresh item of the kind, registered as its registering roles would. */
function registerKind(kindId: string): WorkItemState {
  // Undecided, so that the run takes 受理 or 不予受理 itself.
  if (kindId === 'petition') return registerPetition(T0, null, null);
  if (kindId === 'appeal') return registerAppeal();
  const kind = ALL_KINDS.get(kindId)!;
  // A review kind names what it reviews: an item of that kind whose answer was sent the day before.
  const reviewOf = kind.review
    ? { ...registerPetition(), id: 'item-reviewed', kind: kind.review.of, notices: { opinion: { sentOn: '2026-03-01', channel: 'mail' as const, recordedAt: T0.toISOString(), recordedById: cast.dispatcher.id } } }
    : null;
  const petitioner = kind.links.petitioner === 'required' ? { name: '李四', phone: null, idNumber: null } : null;
  // A project task names its key project (links.project).
  const projectId = kind.links.project === 'required' ? 'project-1' : null;
  const input = { kind: kindId, title: '消防通道堵塞', description: '仓库门口堆放杂物', channel: 'visit', category: 'utilities', urgency: 'normal' as const, enterpriseId: ENT_1, petitioner, departmentId: null, reviewOf, projectId };
  const d = registerWorkItem(input, cast.dispatcher, { id: `item-${kindId}`, code: `T-${kindId}` }, T0, calendar, ALL_KINDS);
  if (!d.ok) throw new Error(`register ${kindId}: ${d.refusal.message}`);
  return d.next;
}

/** An input for any other action of any kind, from its field specs (so a kind's own actions are driven too). */
function specInput(kindId: string, action: ActionName, v: number): Record<string, unknown> {
  const def = ALL_KINDS.get(kindId)?.actions[action];
  const input: Record<string, unknown> = { reason: v % 11 === 0 ? '' : '说明', comment: v % 11 === 0 ? '' : '说明' };
  for (const [name, spec] of Object.entries(def?.inputs ?? {})) {
    if (spec.type === 'enum') input[name] = spec.values[v % spec.values.length];
    else if (spec.type === 'integer') input[name] = spec.min + (v % 5);
    else if (spec.type === 'text' && v % 13 !== 0) input[name] = '说明';
    else if (spec.type === 'date') input[name] = ['2026-03-02', '2026-03-20', '2026-13-01'][v % 3];
  }
  return input;
}

function humanInput(kindId: string, action: ActionName, v: number): Record<string, unknown> {
  const text = v % 11 === 0 ? '' : '说明';
  switch (action) {
    case 'assign':
      return { departmentId: [DEPT_A, DEPT_B][v % 2], handlerId: [undefined, cast.handlerA1.id, cast.handlerB1.id][v % 3] };
    case 'accept':
      return v % 4 === 0 ? { handlerId: cast.handlerA2.id } : {};
    case 'transfer':
      return { departmentId: [DEPT_A, DEPT_B][v % 2], reason: text };
    case 'request_extension':
      return { days: 1 + (v % 16), reason: text };
    case 'record_feedback':
      return { satisfaction: SATISFACTIONS[v % 3], comment: v % 2 === 0 ? '意见' : undefined };
    case 'set_owner':
      return { leaderUserId: [cast.leaderOwner.id, cast.leaderA.id][v % 2] };
    case 'comment':
      return { text };
    case 'reply':
      return { content: text };
    default:
      return specInput(kindId, action, v);
  }
}

interface SystemStep {
  action: ActionName;
  input: Record<string, unknown>;
  now: Date;
  /** A timer scheduled earlier, fired again (at or after its time): it may belong to an old revision. */
  replayed?: ScheduleTimerEffect;
}

function systemStep(item: WorkItemState, now: Date, pick: number, v: number, history: readonly ScheduleTimerEffect[]): SystemStep {
  if (v % 5 === 1 && history.length > 0) {
    const t = history[pick % history.length]!;
    const { action, input } = timerAction(t, ALL_KINDS.get(item.kind)!) ?? { action: 'warn', input: {} };
    return { action, input, now: new Date(Math.max(now.getTime(), Date.parse(t.at))), replayed: t };
  }
  const timers = pendingTimers(item, ALL_KINDS.get(item.kind)!, calendar);
  const t = timers[pick % Math.max(1, timers.length)];
  if (!t || v % 5 === 0) {
    // A stray or stale timer.
    return { action: SYSTEM_ACTIONS[pick % SYSTEM_ACTIONS.length]!, input: { stageSeq: item.stageSeq - (v % 2), deadlineRev: v % 3, level: 1 + (v % 2) }, now };
  }
  const { action, input } = timerAction(t, ALL_KINDS.get(item.kind)!)!;
  // Usually the timer fires on time; sometimes early, sometimes for a revision that has moved.
  const due = new Date(t.at);
  const when = v % 3 === 0 ? now : new Date(Math.max(now.getTime(), due.getTime()));
  return { action, input: v % 7 === 0 ? { ...input, deadlineRev: Number(input.deadlineRev) + 1 } : input, now: when };
}

/** Mostly someone who can move the item (or the worker with a timer due), sometimes anyone. */
function pickActor(item: WorkItemState, now: Date, who: number): CastName {
  if (who % 4 === 0) return CAST_NAMES[(who >> 2) % CAST_NAMES.length]!;
  const movers = CAST_NAMES.filter((name) =>
    name === 'system'
      ? // While the clock is paused the worker may still hold (stale) timers that fire.
        pendingTimers(item, ALL_KINDS.get(item.kind)!, calendar).length > 0 || Boolean(item.clockPausedAt)
      : allowedActions(item, cast[name], ALL_KINDS, now).some((a) => a !== 'comment' && a !== 'supervise' && a !== 'set_owner'),
  );
  return movers.length > 0 ? movers[(who >> 2) % movers.length]! : CAST_NAMES[(who >> 2) % CAST_NAMES.length]!;
}

/** How often the runs reached the clock actions, so the property cannot pass by never trying them. */
const reached = {
  paused: 0,
  resumed: 0,
  leftWhilePaused: 0,
  timerRefusedWhilePaused: 0,
  reinspectionPassed: 0,
  reinspectionFailed: 0,
  matterAccepted: 0,
  matterDeclined: 0,
  noticeSent: 0,
  statutoryTimerFired: 0,
};

function checkStep(before: WorkItemState, action: ActionName, byWorker: boolean, d: Decision): void {
  const kind = ALL_KINDS.get(before.kind)!;
  if (before.clockPausedAt && byWorker) {
    // No deadline timer fires while the clock stands still, whatever its revision or time.
    expect(d.ok).toBe(false);
    reached.timerRefusedWhilePaused++;
  }
  if (!d.ok) {
    expect(d).not.toHaveProperty('next');
    return;
  }
  const next = d.next;
  // Nothing leaves closed; only a comment (which changes nothing) and the record of a notice's
  // sending (which changes only the notices) are accepted there.
  if (before.status === 'closed') {
    expect(['comment', 'record_notice_sent']).toContain(action);
    const { notices: _n, updatedAt: _u, ...rest } = next;
    const { notices: _bn, updatedAt: _bu, ...was } = withWorkflowDefaults(before);
    expect(rest).toEqual(was);
    if (action === 'comment') expect(next).toEqual(withWorkflowDefaults(before));
  }
  expect(next.stageSeq).toBeGreaterThanOrEqual(before.stageSeq);
  expect(kind.stages[next.stage].statuses).toContain(next.status);
  expect(d.events.length).toBeGreaterThan(0);
  // Deadlines: appended, never rewritten, except the running one moving later through an approved
  // change: an approved extension, a resumed clock, or leaving the stage entry while paused
  // (which credits the pause to the deadline left).
  expect(next.deadlines.length).toBeGreaterThanOrEqual(before.deadlines.length);
  const left = next.stageSeq !== before.stageSeq || next.status === 'closed';
  before.deadlines.forEach((old, i) => {
    const now = next.deadlines[i]!;
    expect([now.stage, now.stageSeq, now.startedAt]).toEqual([old.stage, old.stageSeq, old.startedAt]);
    if (old.metAt !== null) expect(now.metAt).toBe(old.metAt);
    const running = old.metAt === null && i === before.deadlines.length - 1;
    const approvedMove = action === 'approve_extension' || action === 'resume_clock' || (before.clockPausedAt && left);
    if (running && approvedMove) {
      expect(Date.parse(now.dueAt)).toBeGreaterThanOrEqual(Date.parse(old.dueAt));
      expect(Date.parse(now.warnAt)).toBeGreaterThanOrEqual(Date.parse(old.warnAt));
      expect(pausedAmountOf(now)).toBeGreaterThanOrEqual(pausedAmountOf(old));
    } else {
      expect([now.dueAt, now.warnAt]).toEqual([old.dueAt, old.warnAt]);
    }
    expect(Date.parse(now.warnAt)).toBeLessThanOrEqual(Date.parse(now.dueAt));
  });
  const open = next.deadlines.filter((x) => x.metAt === null);
  if (next.status === 'closed') {
    expect(open).toEqual([]);
    expect(next.closedAt).not.toBeNull();
  } else {
    expect(open).toHaveLength(1);
    expect(next.deadlines[next.deadlines.length - 1]?.metAt).toBeNull();
    if (next.supervisedAt) expect(next.sla).toBe('supervised');
  }
  expect(next.extensionDaysUsed ?? 0).toBeGreaterThanOrEqual(before.extensionDaysUsed ?? 0);
  expect(next.extensionDaysUsed ?? 0).toBeLessThanOrEqual(kind.extensionCapDays);
  expect(next.reopenCount ?? 0).toBeGreaterThanOrEqual(before.reopenCount ?? 0);
  if (next.ownerLeaderId === null) expect(before.ownerLeaderId).toBeNull();
  const timerIds = d.effects.flatMap((e) => (e.type === 'schedule_timer' ? [e.timerId] : []));
  expect(new Set(timerIds).size).toBe(timerIds.length);
  // The pause belongs to one handle stage entry: it ends when the entry ends.
  if (left) expect(next.clockPausedAt ?? null).toBeNull();
  if (before.clockPausedAt && left) reached.leftWhilePaused++;
  if (next.clockPausedAt) {
    expect(runningDeadline(next)?.stage).toBe('handle');
    // Paused: nothing scheduled now or by the reconcile job, and the queue colour stands still.
    expect(timerIds).toEqual([]);
    expect(pendingTimers(next, kind, calendar)).toEqual([]);
    expect(next.sla).not.toBe('overdue');
    expect(slaState(next, new Date(Date.parse(runningDeadline(next)!.dueAt) + 400 * 86_400_000))).toBe(next.sla);
  }
  // The test kind's loop: a failed re-inspection is a fresh handling entry, a passed one goes to approval.
  if (action === 'reinspect') {
    const failed = next.stage === 'handle';
    reached[failed ? 'reinspectionFailed' : 'reinspectionPassed']++;
    expect([next.stage, next.status]).toEqual(failed ? ['handle', 'rectifying'] : ['close', 'awaiting_approval']);
    expect(next.stageSeq).toBe(before.stageSeq + 1);
  }
  if (action === 'accept_matter') {
    reached.matterAccepted++;
    expect(next.statutoryClock).toMatchObject({ clock: 'statutory', metAt: null });
  }
  if (action === 'decline_matter') {
    reached.matterDeclined++;
    expect([next.status, next.statutoryClock ?? null]).toEqual(['closed', null]);
  }
  if (action === 'record_notice_sent') reached.noticeSent++;
  // The statutory clock never restarts: once set, its start stays.
  if (before.statutoryClock) expect(next.statutoryClock?.startedAt).toBe(before.statutoryClock.startedAt);
  if (byWorker && d.events.some((e) => (e.data as { clock?: string }).clock === 'statutory')) reached.statutoryTimerFired++;
  if (action === 'pause_clock') {
    reached.paused++;
    const [was, is] = [runningDeadline(before)!, runningDeadline(next)!];
    expect(deadlineRev(is)).toBe(deadlineRev(was) + 1);
    expect(d.effects).toContainEqual(expect.objectContaining({ type: 'cancel_timers' }));
  }
  if (action === 'resume_clock') {
    reached.resumed++;
    const [was, is] = [runningDeadline(before)!, runningDeadline(next)!];
    expect(next.clockPausedAt).toBeNull();
    expect(deadlineRev(is)).toBe(deadlineRev(was) + 1);
    // Timers for the new revision only.
    for (const e of d.effects) {
      if (e.type !== 'schedule_timer') continue;
      const clock = e.clock === 'statutory' ? runningStatutoryClock(next)! : is;
      expect([e.stageSeq, e.deadlineRev]).toEqual([clock.stageSeq, deadlineRev(clock)]);
    }
  }
}

/*
 * The coverage counts below (a clock resumed, a timer refused while paused…) hold for most seeds
 * but not all: a fresh run once reached no resume in 300 sequences. The run is pinned to a seed
 * that reaches every path, so a red test means a broken invariant, not an unlucky draw; set
 * PARKFLOW_PROPERTY_SEED to explore other sequences (the counts may then fail on their own).
 */
const SEED = Number(process.env.PARKFLOW_PROPERTY_SEED ?? 20261203);

describe('decide, on random action sequences by random actors', () => {
  it('keeps every invariant, never mutates its input, and agrees with allowedActions', () => {
    fc.assert(
      fc.property(run, ({ kind, commands }) => {
        let item: WorkItemState = registerKind(kind);
        let now = T0;
        // A timer id must always mean the same check at the same instant, or the queue's
        // de-duplication would swallow a re-armed timer.
        const timerAt = new Map<string, string>();
        const history: ScheduleTimerEffect[] = [];
        for (const c of commands) {
          now = new Date(now.getTime() + c.advanceMinutes * 60_000);
          const actor = cast[pickActor(item, now, c.who)];
          let action: ActionName;
          let input: Record<string, unknown>;
          let allowed: ActionName[] | null = null;
          let replayed: ScheduleTimerEffect | undefined;
          if (actor === cast.system) {
            ({ action, input, now, replayed } = systemStep(item, now, c.pick, c.variant, history));
          } else {
            allowed = allowedActions(item, actor, ALL_KINDS, now);
            // Mostly what the forms offer (oversight actions less often, so items move), sometimes anything.
            const moving = allowed.filter((a) => a !== 'comment' && a !== 'supervise' && a !== 'set_owner');
            const offered = c.variant % 5 === 0 || moving.length === 0 ? allowed : moving;
            const any = [...HUMAN_ACTIONS, ...Object.keys(ALL_KINDS.get(kind)!.actions)];
            action = c.variant % 4 !== 0 && offered.length > 0 ? offered[c.pick % offered.length]! : any[c.pick % any.length]!;
            input = humanInput(kind, action, c.variant);
          }
          const before = structuredClone(item);
          deepFreeze(item); // a mutation would throw
          const d = decide(item, action, actor, input, now, calendar, ALL_KINDS);
          expect(item).toEqual(before);
          checkStep(before, action, actor === cast.system, d);
          // A timer of an earlier revision or stage entry (e.g. from before a pause) is always refused.
          // The statutory clock's timers are matched by its own revision only (it outlives stage entries).
          const statutory = replayed?.clock === 'statutory';
          const running = statutory ? runningStatutoryClock(before) : runningDeadline(before);
          const stageMoved = !statutory && replayed !== undefined && replayed.stageSeq !== before.stageSeq;
          if (replayed && (!running || stageMoved || replayed.deadlineRev !== deadlineRev(running))) {
            expect(outcome(d)).toBe('invalid_status');
          }
          if (allowed) {
            const o = outcome(d);
            if (allowed.includes(action)) expect(['ok', 'invalid_input']).toContain(o);
            // An action the kind does not have is unknown input, not a matter of who or when.
            else if (!Object.hasOwn(ALL_KINDS.get(kind)!.actions, action)) expect(o).toBe('invalid_input');
            else expect(['forbidden', 'invalid_status']).toContain(o);
          }
          if (d.ok) {
            for (const e of d.effects) {
              if (e.type !== 'schedule_timer') continue;
              expect(timerAt.get(e.timerId) ?? e.at).toBe(e.at);
              timerAt.set(e.timerId, e.at);
              history.push(e);
            }
            item = d.next;
          }
        }
      }),
      { numRuns: 300, seed: SEED },
    );
    // Only the appeal, the test kind and the 复核 (for a hearing) may pause now.
    expect(reached.paused).toBeGreaterThan(3);
    expect(reached.matterAccepted).toBeGreaterThan(0);
    expect(reached.matterDeclined).toBeGreaterThan(0);
    expect(reached.noticeSent).toBeGreaterThan(0);
    expect(reached.statutoryTimerFired).toBeGreaterThan(0);
    expect(reached.resumed).toBeGreaterThan(0);
    expect(reached.leftWhilePaused).toBeGreaterThan(0);
    expect(reached.timerRefusedWhilePaused).toBeGreaterThan(0);
    expect(reached.reinspectionPassed).toBeGreaterThan(0);
    expect(reached.reinspectionFailed).toBeGreaterThan(0);
    // A hang guard, not a speed claim: about 2 s alone on this 2-core machine, over 50 s seen
    // with the machine loaded fifteenfold (300 runs of up to 60 steps over three kinds).
  }, 120_000);
});

describe('a closed item', () => {
  function closedAppeal(): WorkItemState {
    let item = registerAppeal();
    item = act(item, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T01:30:00Z')).next;
    item = act(item, 'accept', cast.handlerA1, {}, at('2026-03-02T02:00:00Z')).next;
    item = act(item, 'reply', cast.handlerA1, { content: '已解决' }, at('2026-03-02T03:00:00Z')).next;
    item = act(item, 'record_feedback', cast.contact1, { satisfaction: 'satisfied' }, at('2026-03-02T04:00:00Z')).next;
    return deepFreeze(act(item, 'approve_close', cast.leaderA, {}, at('2026-03-02T05:00:00Z')).next);
  }
  const closed = closedAppeal();
  const anyInput = fc.oneof(
    fc.dictionary(fc.constantFrom('departmentId', 'reason', 'days', 'text', 'satisfaction', 'stageSeq', 'deadlineRev', 'level', 'comment'), fc.jsonValue()),
    fc.jsonValue(),
  );

  it('never leaves closed, whatever the action, actor, input or time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_NAMES, 'reopen'), fc.constantFrom(...CAST_NAMES), anyInput, fc.integer({ min: 0, max: 400 }), (action, who, input, days) => {
        const d = decide(closed, action, cast[who], input, new Date(T0.getTime() + days * 86_400_000), calendar, kinds);
        if (d.ok) {
          expect(action).toBe('comment');
          expect(d.next).toEqual(closed);
          expect(d.effects).toEqual([]);
        } else {
          expect(d.refusal.code).toBe(action === 'comment' ? d.refusal.code : action === 'reopen' ? 'invalid_input' : 'invalid_status');
        }
      }),
      { numRuns: 500 },
    );
  });
});
