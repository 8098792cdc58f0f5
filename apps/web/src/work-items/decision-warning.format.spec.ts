import type { TFunction } from 'i18next';
import { testTranslator } from '../i18n/test-translator.fixture';
import { beforeAll, describe, expect, it } from 'vitest';
import { warningText } from './decision-warning.format';

let zh: TFunction;
let english: TFunction;
beforeAll(async () => {
  [zh, english] = await Promise.all([testTranslator('zh-CN'), testTranslator('en')]);
});

describe('warningText', () => {
  it('words an uncovered calendar year in the UI language', () => {
    const stage = { code: 'stage_deadline_uncovered', params: { stage: 'assign', year: 2031 } };
    expect(warningText(zh, stage)).toBe('交办阶段的期限落在 2031 年，该年官方节假日安排尚未发布，暂只按周末计算');
    expect(warningText(english, stage)).toBe('The deadline of the Assign stage falls in 2031, which the official calendar does not cover yet; weekends only are assumed.');
    expect(warningText(english, { code: 'extended_deadline_uncovered', params: { year: 2031 } })).toBe('The extended deadline falls in 2031, which the official calendar does not cover yet.');
    expect(warningText(zh, { code: 'moved_deadline_uncovered', params: { year: 2031 } })).toBe('顺延后的期限落在 2031 年，该年官方节假日安排尚未发布');
  });

  it('shows a code it cannot word as the code', () => {
    expect(warningText(zh, { code: 'moon_phase', params: {} })).toBe('提示：moon_phase');
    expect(warningText(english, { code: 'stage_deadline_uncovered', params: { stage: 'orbit', year: 2031 } })).toBe('Note: stage_deadline_uncovered');
  });
});
