import { BUILT_IN_KINDS, createKindRegistry, type RefusalReason, type RefusalReasonParams } from '@parkflow/domain';
import { testTranslator } from '../../i18n/test-translator.fixture';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAZARD_KIND } from '../../kinds/test-kinds.fixture';
import { kindRefusalWords, refusalText } from './refusal-text.format';

/** The params of every reason the domain sends: a reason added to the domain fails to compile here until it has one. */
const SAMPLES: { [R in RefusalReason]: RefusalReasonParams[R] } = {
  item_closed: {},
  not_a_party: { action: 'submit_reinspection' },
  wrong_status: { action: 'submit_reinspection', status: 'awaiting_reinspection' },
  extension_pending: {},
  extension_cap_used_up: { capDays: 3 },
  extension_exceeds_cap: { capDays: 3 },
  no_extension_waiting: {},
  own_extension_request: {},
  clock_already_paused: {},
  clock_not_paused: {},
  no_handle_deadline: {},
  missed_deadline_cannot_pause: {},
  not_in_assign_stage: {},
  return_window_passed: {},
  input_invalid: {},
  unknown_kind: { kind: 'boiler' },
  unknown_action: { action: 'delete' },
  may_not_register: { kind: 'hazard' },
  contact_own_company: {},
  liaison_own_companies: {},
  timer_stale: {},
  extension_limit_reached: { limit: 1 },
  objection_window_passed: { amount: 5, unit: 'working_days' },
  review_not_answered: {},
  review_window_passed: { amount: 30, unit: 'calendar_days', lastDay: '2026-12-02' },
  review_wrong_kind: { expected: 'petition_review' },
  review_exists: { code: 'FC-20261203-0001' },
  repeat_unknown: {},
  repeat_not_closed: { code: 'XF-20260302-0001' },
  repeat_wrong_kind: { expected: 'petition' },
  repeats_not_counted: { kind: 'appeal' },
};

const MESSAGE = 'server message';
const kinds = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);

let zh: TFunction;
let english: TFunction;
beforeAll(async () => {
  [zh, english] = await Promise.all([testTranslator('zh-CN'), testTranslator('en')]);
});

describe('refusalText', () => {
  it('words every reason in both languages, with nothing left unfilled and no server message', () => {
    for (const [reason, params] of Object.entries(SAMPLES)) {
      const zhText = refusalText({ message: MESSAGE, reason, params }, zh, kindRefusalWords(kinds, 'hazard', 'zh-CN'));
      const enText = refusalText({ message: MESSAGE, reason, params }, english, kindRefusalWords(kinds, 'hazard', 'en'));
      for (const text of [zhText, enText]) expect([reason, text]).not.toEqual([reason, expect.stringMatching(/\{\{|refusal\.|server message/)]);
      expect([reason, zhText]).toEqual([reason, expect.stringMatching(/\p{Script=Han}/u)]);
      expect([reason, enText]).not.toEqual([reason, expect.stringMatching(/\p{Script=Han}/u)]);
    }
  });

  it('names the action and status by the kind’s labels, else raw', () => {
    const body = { message: MESSAGE, reason: 'wrong_status', params: SAMPLES.wrong_status };
    expect(refusalText(body, zh, kindRefusalWords(kinds, 'hazard', 'zh-CN'))).toBe('事项当前为「待复查」，不能执行「提请复查」');
    expect(refusalText(body, english, kindRefusalWords(kinds, 'hazard', 'en'))).toBe('Cannot “Submit for re-inspection” while the item is “Awaiting re-inspection”');
    expect(refusalText({ message: MESSAGE, reason: 'not_a_party', params: { action: 'frobnicate' } }, zh)).toBe('您不能对此事项执行「frobnicate」');
    expect(refusalText({ message: MESSAGE, reason: 'extension_cap_used_up', params: { capDays: 10 } }, zh)).toBe('延期上限（10 天）已用完');
  });

  it('falls back to the server message for an unknown reason, missing params or no reason', () => {
    expect(refusalText({ message: MESSAGE, reason: 'from_the_future', params: {} }, zh)).toBe(MESSAGE);
    expect(refusalText({ message: MESSAGE, reason: 'wrong_status', params: { action: 'reply' } }, zh)).toBe(MESSAGE);
    expect(refusalText({ message: MESSAGE }, english)).toBe(MESSAGE);
  });
});
