import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLA_STATES, type StageDeadline, type WorkItemState } from '../work-item/work-item.types.js';
import { runningDeadline, slaState } from '../workflow/sla-state.policy.js';
import { matchesScope } from './queue-scope.js';
import { bucketScope, slaScope } from './sla-scopes.js';
import { act, at, cast, DEPT_A, DEPT_B, registerPetition, T0 } from '../workflow/workflow-test.fixture.js';

const T = Date.parse('2026-11-20T02:00:00.000Z');
const iso = (offsetMinutes: number) => new Date(T + offsetMinutes * 60_000).toISOString();

const deadline = fc.record({
  due: fc.integer({ min: -3000, max: 3000 }),
  warnBefore: fc.integer({ min: 0, max: 600 }),
  met: fc.boolean(),
});

const items = fc.record({
  status: fc.constantFrom('pending_assignment', 'pending_acceptance', 'in_progress', 'awaiting_feedback', 'awaiting_approval', 'closed'),
  deadlines: fc.array(deadline, { maxLength: 3 }),
  supervised: fc.boolean(),
  paused: fc.boolean(),
  sla: fc.constantFrom(...SLA_STATES),
  created: fc.integer({ min: -3000, max: 0 }),
}).map((g): WorkItemState => ({
  id: 'i', code: 'SQ-1', kind: 'appeal', title: 't', description: 'd', channel: 'online', category: 'utilities', urgency: 'normal',
  enterpriseId: null, petitioner: null, stage: 'handle', status: g.status as WorkItemState['status'], departmentId: null, handlerId: null,
  ownerLeaderId: null, createdById: 'u', stageSeq: g.deadlines.length, sla: g.sla, version: 1, createdAt: iso(g.created), updatedAt: iso(0), closedAt: null,
  deadlines: g.deadlines.map((d, i): StageDeadline => ({
    stage: 'handle', stageSeq: i + 1, startedAt: iso(d.due - 1000), dueAt: iso(d.due), warnAt: iso(d.due - d.warnBefore), amount: 1, unit: 'working_days', metAt: d.met ? iso(d.due - 1) : null,
  })),
  supervisedAt: g.supervised ? iso(-10) : null,
  clockPausedAt: g.paused ? iso(-5) : null,
}));

describe('the sla filter and the board columns read slaState', () => {
  it('puts an item under sla=X exactly when slaState says X, paused clocks and supervision included', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: -3000, max: 3000 }), (item, at) => {
        const now = new Date(T + at * 60_000);
        for (const sla of SLA_STATES) expect(matchesScope(item, slaScope(sla, now)), `${sla} vs ${slaState(item, now)}`).toBe(slaState(item, now) === sla);
      }),
      { numRuns: 500 },
    );
  });

  it('puts an item in the overdue column exactly when its running clock is past due; never a paused one', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: -3000, max: 3000 }), (item, at) => {
        const now = new Date(T + at * 60_000);
        const running = runningDeadline(item);
        const late = item.status !== 'closed' && !item.clockPausedAt && running !== undefined && Date.parse(running.dueAt) < now.getTime();
        const inColumn = matchesScope(item, bucketScope('overdue', now));
        expect(inColumn).toBe(late);
        // The tag on the row agrees: an unsupervised item in the column is tagged overdue.
        if (inColumn && !item.supervisedAt) expect(slaState(item, now)).toBe('overdue');
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a paused item past its original due date out of the overdue column (it showed there, tagged normal)', () => {
    const paused: WorkItemState = {
      id: 'p', code: 'XF-1', kind: 'petition', title: 't', description: 'd', channel: 'visit', category: 'land', urgency: 'normal', enterpriseId: null,
      petitioner: null, stage: 'handle', status: 'in_progress', departmentId: 'd', handlerId: 'h', ownerLeaderId: null, createdById: 'u', stageSeq: 2,
      sla: 'normal', version: 4, createdAt: iso(-5000), updatedAt: iso(-100), closedAt: null, supervisedAt: null, clockPausedAt: iso(-200),
      deadlines: [{ stage: 'handle', stageSeq: 2, startedAt: iso(-5000), dueAt: iso(-60), warnAt: iso(-300), amount: 60, unit: 'calendar_days', metAt: null }],
    };
    const now = new Date(T);
    expect(slaState(paused, now)).toBe('normal');
    expect(matchesScope(paused, bucketScope('overdue', now))).toBe(false);
    expect(matchesScope(paused, slaScope('overdue', now))).toBe(false);
    expect(matchesScope(paused, slaScope('normal', now))).toBe(true);
  });
});

describe('the returned column', () => {
  it('holds an item the department sent back until it is routed again, by its own state', () => {
    const routed = registerPetition(T0, DEPT_A);
    const now = at('2026-03-02T02:00:00Z');
    const returned = act(routed, 'return', cast.handlerA1, { reason: '不属于本部门' }, now).next;
    expect(returned.returnedAt).toBe(now.toISOString());
    expect(matchesScope(returned, bucketScope('returned', now))).toBe(true);
    expect(matchesScope(returned, bucketScope('unassigned', now))).toBe(true);
    expect(matchesScope(routed, bucketScope('returned', now))).toBe(false);
    const again = act(returned, 'assign', cast.dispatcher, { departmentId: DEPT_B }, now).next;
    expect(again.returnedAt).toBeNull();
    expect(matchesScope(again, bucketScope('returned', now))).toBe(false);
  });
});
