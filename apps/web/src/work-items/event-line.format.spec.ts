import { describe, expect, it } from 'vitest';
import { APPEAL_KIND, PETITION_REREVIEW_KIND } from '@parkflow/domain';
import { HAZARD_KIND } from '../kinds/test-kinds.fixture';
import { kindActionLabel, kindOutcomeLabel, kindPauseReasonLabel } from './event-line.format';

describe('a kind\'s own step in the timeline', () => {
  const advanced = { type: 'advanced' as const, data: { action: 'submit_reinspection', fromStatus: 'in_progress', toStatus: 'awaiting_reinspection', comment: null } };

  it('reads in the kind\'s words, in the UI language', () => {
    expect(kindActionLabel(advanced, HAZARD_KIND, 'zh-CN')).toBe('提请复查');
    expect(kindActionLabel(advanced, HAZARD_KIND, 'en')).toBe('Submit for re-inspection');
  });

  it('falls back to the generic name for an action the kind no longer has, or another event', () => {
    expect(kindActionLabel({ ...advanced, data: { ...advanced.data, action: 'gone' } }, HAZARD_KIND, 'zh-CN')).toBeNull();
    expect(kindActionLabel(advanced, undefined, 'zh-CN')).toBeNull();
    expect(kindActionLabel({ type: 'commented', data: { text: 'x' } } as never, HAZARD_KIND, 'zh-CN')).toBeNull();
  });
});

describe('a kind\'s own outcome in the timeline', () => {
  const recorded = { type: 'outcome_recorded' as const, data: { action: 'record_reinspection', outcome: 'fail', fromStatus: 'awaiting_reinspection', toStatus: 'in_progress', comment: null } };

  it('is named by the choice\'s labels, else shown as recorded', () => {
    expect(kindOutcomeLabel(recorded, HAZARD_KIND, 'zh-CN')).toBe('复查不通过');
    expect(kindOutcomeLabel(recorded, HAZARD_KIND, 'en')).toBe('Failed');
    expect(kindOutcomeLabel({ ...recorded, data: { ...recorded.data, outcome: 'maybe' } }, HAZARD_KIND, 'en')).toBeNull();
  });
});

describe('a pause\'s reason in the timeline', () => {
  const paused = (reason: string) => ({ type: 'clock_paused' as const, data: { reason, dueAt: '2026-12-10T15:59:59.999Z' } });

  it('reads in the kind\'s words where its pause_clock lists the reasons (复核: 听证)', () => {
    expect(kindPauseReasonLabel(paused('hearing'), PETITION_REREVIEW_KIND, 'zh-CN')).toBe('听证');
    expect(kindPauseReasonLabel(paused('hearing'), PETITION_REREVIEW_KIND, 'en')).toBe('Hearing');
  });

  it('leaves a free-text reason as written', () => {
    expect(kindPauseReasonLabel(paused('等待企业补充材料'), APPEAL_KIND, 'zh-CN')).toBeNull();
  });
});
