import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions } from '../workflow/decide.js';
import type { WorkItemState } from '../work-item/work-item.types.js';
import { approvalsScope, matchesScope, mineScope, ownedScope } from './queue-scope.js';
import type { Actor } from './role.js';
import { kinds } from '../workflow/workflow-test.fixture.js';

const DEPS = ['d1', 'd2'];
const USERS = ['u1', 'u2', 'u3'];

function item(over: Partial<WorkItemState>): WorkItemState {
  return {
    id: 'i', code: 'SQ-1', kind: 'appeal', title: 't', description: 'd', channel: 'online', category: 'utilities', urgency: 'normal',
    enterpriseId: 'e1', petitioner: null, stage: 'handle', status: 'in_progress', departmentId: 'd1', handlerId: null, ownerLeaderId: null,
    createdById: 'u9', stageSeq: 2, deadlines: [], sla: 'normal', version: 3, createdAt: '2026-11-20T01:00:00.000Z', updatedAt: '2026-11-20T01:00:00.000Z', closedAt: null,
    ...over,
  };
}

const leader = (id: string, leads: string[]): Actor => ({ id, roles: ['leader'], departmentId: null, leadsDepartmentIds: leads, enterpriseId: null, liaisonEnterpriseIds: [] });

describe('approvalsScope agrees with the workflow', () => {
  it('lists a closure exactly when the leader may approve it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...USERS), fc.subarray(DEPS), fc.constantFrom(null, ...USERS), fc.constantFrom(null, ...DEPS), (me, leads, owner, dep) => {
        const closure = item({ stage: 'close', status: 'awaiting_approval', ownerLeaderId: owner, departmentId: dep });
        const actor = leader(me, leads);
        expect(matchesScope(closure, approvalsScope(actor))).toBe(allowedActions(closure, actor, kinds).includes('approve_close'));
      }),
    );
  });

  it('lists a pending extension exactly when the leader may decide it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...USERS), fc.subarray(DEPS), fc.constantFrom(null, ...USERS), fc.constantFrom(null, ...DEPS), (me, leads, owner, dep) => {
        const pending = item({ ownerLeaderId: owner, departmentId: dep, handlerId: 'h1', pendingExtension: { days: 3, reason: 'r', requestedById: 'h1', requestedAt: '2026-11-20T02:00:00.000Z', stageSeq: 2 } });
        const actor = leader(me, leads);
        expect(matchesScope(pending, approvalsScope(actor))).toBe(allowedActions(pending, actor, kinds).includes('approve_extension'));
      }),
    );
  });

  it('gives non-leaders nothing to approve', () => {
    const head: Actor = { id: 'u1', roles: ['department_head'], departmentId: 'd1', leadsDepartmentIds: ['d1'], enterpriseId: null, liaisonEnterpriseIds: [] };
    expect(approvalsScope(head)).toEqual([]);
  });
});

describe('mineScope', () => {
  const handler: Actor = { id: 'h1', roles: ['handler'], departmentId: 'd1', leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] };

  it('holds what waits on a handler: own open items, and unclaimed items to sign for in the department', () => {
    expect(matchesScope(item({ handlerId: 'h1' }), mineScope(handler, kinds.raisedByEnterprise()))).toBe(true);
    expect(matchesScope(item({ handlerId: 'h1', status: 'closed', stage: 'close' }), mineScope(handler, kinds.raisedByEnterprise()))).toBe(false);
    expect(matchesScope(item({ stage: 'assign', status: 'pending_acceptance' }), mineScope(handler, kinds.raisedByEnterprise()))).toBe(true);
    expect(matchesScope(item({ stage: 'assign', status: 'pending_acceptance', departmentId: 'd2' }), mineScope(handler, kinds.raisedByEnterprise()))).toBe(false);
    expect(matchesScope(item({ stage: 'assign', status: 'pending_acceptance', handlerId: 'h2' }), mineScope(handler, kinds.raisedByEnterprise()))).toBe(false);
  });

  it('gives a dispatcher what waits to be assigned or followed up (回访)', () => {
    const dispatcher: Actor = { ...handler, id: 'x', roles: ['dispatcher'], departmentId: null };
    expect(matchesScope(item({ stage: 'assign', status: 'pending_assignment', departmentId: null }), mineScope(dispatcher, kinds.raisedByEnterprise()))).toBe(true);
    expect(matchesScope(item({ stage: 'feedback', status: 'awaiting_feedback' }), mineScope(dispatcher, kinds.raisedByEnterprise()))).toBe(true);
    expect(matchesScope(item({}), mineScope(dispatcher, kinds.raisedByEnterprise()))).toBe(false);
  });
});

describe('ownedScope', () => {
  it('holds exactly the cases the leader owns, closed ones included', () => {
    const me = leader('u1', []);
    expect(matchesScope(item({ ownerLeaderId: 'u1', status: 'closed', stage: 'close' }), ownedScope(me))).toBe(true);
    expect(matchesScope(item({ ownerLeaderId: 'u2' }), ownedScope(me))).toBe(false);
    expect(matchesScope(item({ ownerLeaderId: null }), ownedScope(me))).toBe(false);
  });
});
