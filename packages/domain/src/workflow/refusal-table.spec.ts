import { describe, expect, it } from 'vitest';
import type { Status, WorkItemState } from '../work-item/work-item.types.js';
import { ACTION_NAMES, HUMAN_ACTIONS, SYSTEM_ACTIONS, type ActionName } from './action-definition.types.js';
import { checkKindDefinition } from '../kinds/kind-definition.check.js';
import { allowedActions, decide } from './decide.js';
import { deadlineRev } from './deadline-timer.policy.js';
import { runningDeadline } from './sla-state.policy.js';
import { act, at, calendar, cast, CAST_NAMES, DEPT_A, DEPT_B, ENT_1, outcome, registerAppeal, type CastName, kinds } from './workflow-test.fixture.js';

/*
 * Every role × action, generated from the kind definitions over an appeal in each status, and
 * checked against hand-written expectations for a sample, so a change in the rules shows here.
 */

/** An appeal of ENT_1 in department A, handled by handler A1, walked to each status. */
function appealIn(): Record<string, WorkItemState> {
  const s0 = registerAppeal();
  const s1 = act(s0, 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T01:30:00Z')).next;
  const s2 = act(s1, 'accept', cast.handlerA1, {}, at('2026-03-02T02:00:00Z')).next;
  const s2x = act(s2, 'request_extension', cast.handlerA1, { days: 2, reason: '等材料' }, at('2026-03-02T02:30:00Z')).next;
  const s2p = act(s2, 'pause_clock', cast.handlerA1, { reason: 'awaiting_enterprise' }, at('2026-03-02T02:30:00Z')).next;
  const s3 = act(s2, 'reply', cast.handlerA1, { content: '已解决' }, at('2026-03-02T03:00:00Z')).next;
  const s4 = act(s3, 'record_feedback', cast.contact1, { satisfaction: 'satisfied' }, at('2026-03-02T04:00:00Z')).next;
  const s5 = act(s4, 'approve_close', cast.leaderA, {}, at('2026-03-02T05:00:00Z')).next;
  return {
    pending_assignment: s0,
    pending_acceptance: s1,
    in_progress: s2,
    in_progress_with_request: s2x,
    in_progress_paused: s2p,
    awaiting_feedback: s3,
    awaiting_approval: s4,
    closed: s5,
  };
}

/** A well-formed input for each action on `item`, so refusals are about who and when, not what. */
function sampleInput(action: ActionName, item: WorkItemState): Record<string, unknown> {
  const d = runningDeadline(item);
  const timer = { stageSeq: item.stageSeq, deadlineRev: d ? deadlineRev(d) : 0 };
  const inputs: Record<ActionName, Record<string, unknown>> = {
    assign: { departmentId: DEPT_B },
    accept: {},
    return: { reason: '不属于本部门' },
    transfer: { departmentId: DEPT_B, reason: '转住建' },
    request_extension: { days: 1, reason: '等材料' },
    approve_extension: {},
    reject_extension: { comment: '不同意' },
    request_coordination: { reason: '需协调' },
    pause_clock: { reason: 'awaiting_enterprise' },
    resume_clock: {},
    reply: { content: '答复' },
    record_feedback: { satisfaction: 'satisfied' },
    approve_close: {},
    reject_close: { comment: '补材料' },
    supervise: { comment: '加快' },
    set_owner: { leaderUserId: cast.leaderOwner.id },
    comment: { text: '备注' },
    warn: timer,
    mark_overdue: timer,
    escalate: { ...timer, level: 1 },
    feedback_timeout: timer,
  };
  return inputs[action] ?? {};
}

/** Monday 14:00, before the appeal's same-day limit (17:30), so returns are still within time and no timer is due. */
const NOW = at('2026-03-02T06:00:00Z');

function table(): Record<string, Record<CastName, Record<ActionName, string>>> {
  const items = appealIn();
  const result: Record<string, Record<string, Record<string, string>>> = {};
  for (const [state, item] of Object.entries(items)) {
    result[state] = {};
    for (const name of CAST_NAMES) {
      const row: Record<string, string> = {};
      for (const action of ACTION_NAMES) row[action] = outcome(decide(item, action, cast[name], sampleInput(action, item), NOW, calendar, kinds));
      result[state]![name] = row;
    }
  }
  return result as Record<string, Record<CastName, Record<ActionName, string>>>;
}

describe('the role × action table', () => {
  const t = table();
  const items = appealIn();

  it('matches hand-written expectations for a sample of cells', () => {
    const expectations: Array<[string, CastName, ActionName, string]> = [
      ['pending_assignment', 'dispatcher', 'assign', 'ok'],
      ['pending_assignment', 'handlerA1', 'assign', 'forbidden'],
      ['pending_assignment', 'dispatcher', 'accept', 'forbidden'],
      ['pending_acceptance', 'handlerA1', 'accept', 'ok'],
      ['pending_acceptance', 'headA', 'accept', 'ok'],
      ['pending_acceptance', 'handlerB1', 'accept', 'forbidden'],
      ['pending_acceptance', 'headA', 'return', 'ok'],
      ['pending_acceptance', 'dispatcher', 'transfer', 'ok'],
      ['pending_acceptance', 'leaderA', 'accept', 'forbidden'],
      ['in_progress', 'dispatcher', 'assign', 'invalid_status'],
      ['in_progress', 'dispatcher', 'request_extension', 'forbidden'],
      ['in_progress', 'handlerA1', 'request_extension', 'ok'],
      ['in_progress', 'handlerA2', 'request_extension', 'forbidden'],
      ['in_progress', 'handlerA1', 'accept', 'invalid_status'],
      ['in_progress', 'handlerA1', 'reply', 'ok'],
      ['in_progress', 'handlerA2', 'reply', 'forbidden'],
      ['in_progress', 'headA', 'transfer', 'ok'],
      ['in_progress', 'headB', 'transfer', 'forbidden'],
      ['in_progress', 'leaderA', 'approve_extension', 'invalid_status'],
      ['in_progress', 'leaderB', 'approve_extension', 'forbidden'],
      ['in_progress', 'leaderB', 'supervise', 'ok'],
      ['in_progress', 'handlerA1', 'supervise', 'forbidden'],
      ['in_progress', 'contact1', 'comment', 'ok'],
      ['in_progress', 'contact2', 'comment', 'forbidden'],
      ['in_progress', 'handlerB1', 'comment', 'forbidden'],
      ['in_progress', 'admin', 'comment', 'ok'],
      ['in_progress', 'admin', 'assign', 'forbidden'],
      ['in_progress', 'system', 'reply', 'forbidden'],
      ['in_progress', 'dispatcher', 'warn', 'forbidden'],
      ['in_progress', 'system', 'warn', 'invalid_status'], // 14:00: the warning time has not come
      ['in_progress_with_request', 'leaderA', 'approve_extension', 'ok'],
      ['in_progress_with_request', 'leaderA', 'reject_extension', 'ok'],
      ['in_progress_with_request', 'leaderOwner', 'approve_extension', 'forbidden'],
      ['in_progress_with_request', 'handlerA1', 'request_extension', 'invalid_status'],
      ['in_progress', 'handlerA1', 'pause_clock', 'ok'],
      ['in_progress', 'headA', 'pause_clock', 'ok'],
      ['in_progress', 'handlerA2', 'pause_clock', 'forbidden'],
      ['in_progress', 'headB', 'pause_clock', 'forbidden'],
      ['in_progress', 'leaderA', 'pause_clock', 'forbidden'],
      ['in_progress', 'dispatcher', 'pause_clock', 'forbidden'],
      ['in_progress', 'handlerA1', 'resume_clock', 'invalid_status'],
      ['in_progress_paused', 'handlerA1', 'pause_clock', 'invalid_status'],
      ['in_progress_paused', 'handlerA1', 'resume_clock', 'ok'],
      ['in_progress_paused', 'headA', 'resume_clock', 'ok'],
      ['in_progress_paused', 'handlerA2', 'resume_clock', 'forbidden'],
      ['in_progress_paused', 'handlerA1', 'reply', 'ok'],
      ['in_progress_paused', 'system', 'warn', 'invalid_status'],
      ['in_progress_paused', 'system', 'mark_overdue', 'invalid_status'],
      ['pending_acceptance', 'headA', 'pause_clock', 'invalid_status'],
      ['awaiting_feedback', 'handlerA1', 'pause_clock', 'invalid_status'],
      ['awaiting_feedback', 'handlerA1', 'resume_clock', 'invalid_status'],
      ['awaiting_feedback', 'contact1', 'record_feedback', 'ok'],
      ['awaiting_feedback', 'liaison1', 'record_feedback', 'ok'],
      ['awaiting_feedback', 'dispatcher', 'record_feedback', 'ok'],
      ['awaiting_feedback', 'contact2', 'record_feedback', 'forbidden'],
      ['awaiting_feedback', 'handlerA1', 'record_feedback', 'forbidden'],
      ['awaiting_feedback', 'system', 'feedback_timeout', 'invalid_status'],
      ['awaiting_approval', 'leaderA', 'approve_close', 'ok'],
      ['awaiting_approval', 'leaderB', 'approve_close', 'forbidden'],
      ['awaiting_approval', 'leaderOwner', 'approve_close', 'forbidden'],
      ['awaiting_approval', 'headA', 'approve_close', 'forbidden'],
      ['awaiting_approval', 'leaderA', 'reject_close', 'ok'],
      ['closed', 'leaderA', 'approve_close', 'invalid_status'],
      ['closed', 'handlerB1', 'reply', 'invalid_status'],
      ['closed', 'dispatcher', 'supervise', 'invalid_status'],
      ['closed', 'system', 'warn', 'invalid_status'],
      ['closed', 'contact1', 'comment', 'ok'],
    ];
    const actual = expectations.map(([state, who, action]) => [state, who, action, t[state]![who][action]]);
    expect(actual).toEqual(expectations);
  });

  it('refuses every non-comment action on a closed item for status, whoever asks', () => {
    for (const name of CAST_NAMES) {
      for (const action of ACTION_NAMES) {
        if (action !== 'comment') expect([name, action, t.closed![name][action]]).toEqual([name, action, 'invalid_status']);
      }
    }
  });

  it('lets no person take a system action and the system no human action', () => {
    for (const [state, rows] of Object.entries(t)) {
      if (state === 'closed') continue;
      for (const name of CAST_NAMES) {
        const forbiddenOnes = name === 'system' ? HUMAN_ACTIONS : SYSTEM_ACTIONS;
        for (const action of forbiddenOnes) expect([state, name, action, rows[name][action]]).toEqual([state, name, action, 'forbidden']);
      }
    }
  });

  it('offers in allowedActions exactly the human actions decide does not refuse for role or status', () => {
    for (const [state, item] of Object.entries(items)) {
      for (const name of CAST_NAMES) {
        const allowed = allowedActions(item, cast[name], kinds, NOW);
        for (const action of HUMAN_ACTIONS) {
          const o = t[state]![name][action];
          expect([state, name, action, allowed.includes(action)]).toEqual([state, name, action, o === 'ok' || o === 'invalid_input']);
        }
      }
    }
  });

  it('lists the forms a handler sees on their item in progress', () => {
    expect(allowedActions(items.in_progress!, cast.handlerA1, kinds)).toEqual(['request_extension', 'request_coordination', 'pause_clock', 'reply', 'comment']);
    expect(allowedActions(items.in_progress_paused!, cast.handlerA1, kinds)).toEqual(['request_extension', 'request_coordination', 'resume_clock', 'reply', 'comment']);
    expect(allowedActions(items.awaiting_approval!, cast.leaderA, kinds)).toEqual(['approve_close', 'reject_close', 'supervise', 'set_owner', 'comment']);
    expect(allowedActions(items.closed!, cast.dispatcher, kinds)).toEqual(['comment']);
  });

  it('says why with a reason code and its params, the English message beside them', () => {
    const why = (state: string, who: CastName, action: ActionName, now = NOW) => {
      const d = decide(items[state]!, action, cast[who], sampleInput(action, items[state]!), now, calendar, kinds);
      return d.ok ? 'ok' : [d.refusal.code, d.refusal.reason, d.refusal.params];
    };
    // After the same-day limit (17:30 Beijing) the department may no longer send the item back.
    const late = at('2026-03-02T10:00:00Z');
    expect([
      why('closed', 'leaderA', 'approve_close'),
      why('awaiting_approval', 'headA', 'approve_close'),
      why('awaiting_feedback', 'handlerA1', 'reply'),
      why('in_progress_with_request', 'handlerA1', 'request_extension'),
      why('in_progress', 'leaderA', 'approve_extension'),
      why('in_progress_paused', 'handlerA1', 'pause_clock'),
      why('in_progress', 'handlerA1', 'resume_clock'),
      why('pending_acceptance', 'handlerA1', 'return', late),
      why('in_progress', 'system', 'reply'),
    ]).toEqual([
      ['invalid_status', 'item_closed', {}],
      ['forbidden', 'not_a_party', { action: 'approve_close' }],
      ['invalid_status', 'wrong_status', { action: 'reply', status: 'awaiting_feedback' }],
      ['invalid_status', 'extension_pending', {}],
      ['invalid_status', 'no_extension_waiting', {}],
      ['invalid_status', 'clock_already_paused', {}],
      ['invalid_status', 'clock_not_paused', {}],
      ['invalid_status', 'return_window_passed', {}],
      ['forbidden', 'not_a_party', { action: 'reply' }],
    ]);
    expect(decide(items.closed!, 'reply', cast.handlerA1, { content: 'x' }, NOW, calendar, kinds)).toMatchObject({
      refusal: { message: 'The item is closed' },
    });
  });

  it('refuses unknown actions and malformed input as invalid_input with a message per field', () => {
    const item = items.in_progress!;
    expect(decide(item, 'delete', cast.dispatcher, {}, NOW, calendar, kinds)).toMatchObject({ ok: false, refusal: { code: 'invalid_input', reason: 'unknown_action', params: { action: 'delete' }, fields: { action: 'unknown action' } } });
    const bad = decide(item, 'request_extension', cast.handlerA1, { days: 1.5, reason: 42 }, NOW, calendar, kinds);
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'invalid_input', fields: { days: 'must be a whole number', reason: 'must be text' } } });
    expect(decide(item, 'comment', cast.handlerA1, { text: '长'.repeat(2001) }, NOW, calendar, kinds)).toMatchObject({
      ok: false,
      refusal: { fields: { text: 'at most 2000 characters' } },
    });
    expect(outcome(decide(item, 'comment', cast.handlerA1, { text: '长'.repeat(2000) }, NOW, calendar, kinds))).toBe('ok');
    expect(decide(item, 'comment', cast.handlerA1, null, NOW, calendar, kinds)).toMatchObject({ ok: false, refusal: { code: 'invalid_input' } });
    expect(decide(item, 'request_extension', cast.handlerA1, { days: 0, reason: 'x' }, NOW, calendar, kinds)).toMatchObject({
      ok: false,
      refusal: { fields: { days: 'must be between 1 and 3650' } },
    });
  });

  it('checks the enterprise liaison against the item’s company', () => {
    const other = { ...items.awaiting_feedback!, enterpriseId: 'ent-9' };
    expect(outcome(decide(other, 'record_feedback', cast.liaison1, { satisfaction: 'satisfied' }, NOW, calendar, kinds))).toBe('forbidden');
    expect(items.awaiting_feedback!.enterpriseId).toBe(ENT_1);
  });
});

describe('the kind definitions', () => {
  it('are sound for every active kind', () => {
    for (const id of kinds.ids) expect([id, checkKindDefinition(kinds.get(id)!)]).toEqual([id, []]);
  });

  it('catch a kind whose data would break a transition', () => {
    const petition = kinds.get('petition')!;
    const broken = {
      ...petition,
      stages: { ...petition.stages, close: { ...petition.stages.close, statuses: ['awaiting_approval'] as Status[] } },
      actions: { ...petition.actions, reply: { ...petition.actions.reply!, inputs: {} } },
    };
    expect(checkKindDefinition(broken)).toEqual([
      'petition.stages.close: must have the status "closed"',
      'petition.actions.reply: input content must be a required text',
      'petition.actions.comment: status "closed" is in no stage',
      'petition.actions.record_notice_sent: status "closed" is in no stage',
    ]);
  });
});
