import { describe, expect, it } from 'vitest';
import type { ActionDefinition } from '../workflow/action-definition.types.js';
import { REINSPECTION_TEST_KIND as SOUND } from '../testing/reinspection-test-kind.fixture.js';
import { checkKindDefinition } from './kind-definition.check.js';
import type { KindDefinition } from './kind-definition.js';
import { BUILT_IN_KINDS, createKindRegistry, KindDefinitionError } from './kind-registry.js';

/*
 * The definition check against deliberately broken kinds: each inconsistency is refused with a
 * message naming the kind, the part and the problem. Each case breaks the sound test kind in one
 * place, so the message asserted is the only one.
 */

const advance = (from: string, to: { stage: 'handle' | 'feedback' | 'close'; status: string }): ActionDefinition => ({
  label: { zh: '流转', en: 'Move on' },
  handler: 'advance',
  parties: ['item_handler'],
  statuses: [from],
  inputs: {},
  to,
});

function withOnHold(actions: Record<string, ActionDefinition>): KindDefinition {
  return {
    ...SOUND,
    stages: { ...SOUND.stages, handle: { ...SOUND.stages.handle, statuses: ['rectifying', 'on_hold'] } },
    statusLabels: { ...SOUND.statusLabels, on_hold: { zh: '挂起', en: 'On hold' } },
    actions: { ...SOUND.actions, ...actions },
  };
}

describe('the definition check', () => {
  it('passes the built-in kinds and the test kind', () => {
    for (const kind of [...BUILT_IN_KINDS, SOUND]) expect([kind.id, checkKindDefinition(kind)]).toEqual([kind.id, []]);
  });

  it('refuses a status nothing reaches', () => {
    const kind = withOnHold({ resume_work: advance('on_hold', { stage: 'handle', status: 'rectifying' }) });
    expect(checkKindDefinition(kind)).toEqual(['hazard_reinspection: status "on_hold" is reached by no action']);
  });

  it('refuses a status with no way out (closed aside)', () => {
    const kind = withOnHold({ hold: advance('rectifying', { stage: 'handle', status: 'on_hold' }) });
    expect(checkKindDefinition(kind)).toEqual(['hazard_reinspection: status "on_hold" has no way out (no action leads from it to another status)']);
  });

  it('refuses an action no party may take', () => {
    const kind = { ...SOUND, actions: { ...SOUND.actions, reinspect: { ...SOUND.actions.reinspect!, parties: [] } } };
    expect(checkKindDefinition(kind)).toEqual(['hazard_reinspection.actions.reinspect: no party may take it (parties is empty)']);
  });

  it('refuses a transition into a status its target stage does not have', () => {
    const kind = { ...SOUND, actions: { ...SOUND.actions, submit_for_reinspection: { ...SOUND.actions.submit_for_reinspection!, to: { stage: 'close' as const, status: 'awaiting_reinspection' } } } };
    expect(checkKindDefinition(kind)).toEqual([
      'hazard_reinspection.actions.submit_for_reinspection leads to status "awaiting_reinspection", which its target stage close does not have',
    ]);
  });

  it('refuses a stage with no deadline rule', () => {
    const kind = { ...SOUND, stages: { ...SOUND.stages, feedback: { statuses: ['awaiting_reinspection'] } } } as unknown as KindDefinition;
    expect(checkKindDefinition(kind)).toEqual([
      'hazard_reinspection.stages.feedback: has no deadline rule (deadline: { amount ≥ 0, unit: calendar_days | working_days | working_hours | seconds })',
    ]);
  });

  it('refuses a missing zh-CN or English label', () => {
    const kind = {
      ...SOUND,
      statusLabels: { ...SOUND.statusLabels, rectifying: { zh: ' ', en: 'Rectifying' } },
      actions: { ...SOUND.actions, reinspect: { ...SOUND.actions.reinspect!, label: { zh: '复查', en: '' } } },
    };
    expect(checkKindDefinition(kind)).toEqual([
      'hazard_reinspection.statusLabels.rectifying: missing zh-CN label',
      'hazard_reinspection.actions.reinspect: missing English label',
    ]);
  });

  it('refuses outcomes the actor cannot choose, a transition without its target, and a timeout that is no system action', () => {
    const { outcomes: _o, ...noOutcomes } = SOUND.actions.reinspect!;
    const { to: _t, ...noTarget } = SOUND.actions.submit_for_reinspection!;
    const kind = {
      ...SOUND,
      stages: { ...SOUND.stages, feedback: { ...SOUND.stages.feedback, onDue: { timeout: 'reinspect' } } },
      actions: { ...SOUND.actions, reinspect: { ...noOutcomes, inputs: { outcome: { type: 'enum' as const, required: true, values: ['pass'] } } }, submit_for_reinspection: noTarget },
    };
    expect(checkKindDefinition(kind)).toEqual([
      'hazard_reinspection.stages.feedback: onDue action "reinspect" must be a system action (parties: [\'system\'])',
      'hazard_reinspection.actions.submit_for_reinspection: the advance transition needs a target (to: { stage, status })',
      'hazard_reinspection.actions.reinspect: the choose_outcome transition needs at least two outcomes',
      'hazard_reinspection.actions.reinspect: input outcome must be a required choice of exactly (no outcomes)',
    ]);
  });

  it('is what the registry runs: a broken kind never gets in, and the error lists every problem', () => {
    const kind = { ...SOUND, codePrefix: 'yh', registerRoles: [] };
    expect(() => createKindRegistry([kind])).toThrow(KindDefinitionError);
    expect(() => createKindRegistry([kind])).toThrow(/codePrefix: must be 1–6 capital letters[\s\S]*registerRoles: nobody may register it/);
    expect(() => createKindRegistry([SOUND, SOUND])).toThrow(/defined twice/);
    // A park override is checked too: it may not make a kind inconsistent.
    expect(() => createKindRegistry([SOUND], { hazard_reinspection: { warnShare: 0 } })).toThrow(/warnShare/);
  });
});

describe('the definition check, on what would fail at run time', () => {
  it('refuses a closing transition outside the close stage, a system action that ignores its timer, badly shaped names and a shared code prefix', () => {
    const kind = {
      ...SOUND,
      actions: {
        ...SOUND.actions,
        approve_close: { ...SOUND.actions.approve_close!, statuses: ['awaiting_approval', 'rectifying'] },
        'Fix-It': { ...SOUND.actions.submit_for_reinspection!, parties: ['system' as const] },
      },
    };
    expect(checkKindDefinition(kind)).toEqual([
      'hazard_reinspection.actions.approve_close: the approve_close transition closes the item, so it may be valid only in close-stage statuses (not "rectifying")',
      'hazard_reinspection.actions.Fix-It: the action name must be lower_snake_case (a–z, 0–9, _), at most 64 characters',
      'hazard_reinspection.actions.Fix-It: a system action must be a timer transition (warn, mark_overdue, escalate, feedback_timeout), which refuses stale and early timers',
    ]);
    const advanceOnDue = {
      ...SOUND,
      stages: { ...SOUND.stages, feedback: { ...SOUND.stages.feedback, onDue: { timeout: 'auto_pass' } } },
      actions: { ...SOUND.actions, auto_pass: { ...SOUND.actions.submit_for_reinspection!, parties: ['system' as const], statuses: ['awaiting_reinspection'], to: { stage: 'close' as const, status: 'awaiting_approval' } } },
    };
    expect(checkKindDefinition(advanceOnDue)).toEqual([
      'hazard_reinspection.stages.feedback: onDue action "auto_pass" must use a timeout transition (feedback_timeout)',
      'hazard_reinspection.actions.auto_pass: a system action must be a timer transition (warn, mark_overdue, escalate, feedback_timeout), which refuses stale and early timers',
    ]);
    expect(() => createKindRegistry([SOUND, { ...SOUND, id: 'hazard_copy' }])).toThrow(/hazard_copy.codePrefix: "YH" is already the prefix of hazard_reinspection/);
    // A repeat (重复件) names an earlier item of a kind the registry has.
    expect(() => createKindRegistry([{ ...SOUND, repeats: { of: ['hazard'] } }])).toThrow(/hazard_reinspection.repeats.of: "hazard" is not a kind/);
    expect(createKindRegistry([{ ...SOUND, repeats: { of: ['hazard_reinspection'] } }]).get(SOUND.id)!.repeats).toEqual({ of: ['hazard_reinspection'] });
  });
});

describe('outcome labels', () => {
  it('are required for every outcome the actor picks', () => {
    const reinspect = SOUND.actions.reinspect!;
    const spec = reinspect.inputs.outcome as Extract<(typeof reinspect.inputs)[string], { type: 'enum' }>;
    const kind = { ...SOUND, actions: { ...SOUND.actions, reinspect: { ...reinspect, inputs: { ...reinspect.inputs, outcome: { ...spec, labels: { pass: spec.labels!.pass! } } } } } };
    expect(checkKindDefinition(kind)).toEqual(['hazard_reinspection.actions.reinspect: outcome "fail" is missing its zh-CN and English label (inputs.outcome.labels)']);
  });
});
