import { describe, expect, it } from 'vitest';
import { testTranslator } from '../i18n/test-translator.fixture';
import { startedFigureText } from './project-figures.format';

describe('the leaders’ figure above the battle map', () => {
  it('reads "started by 30 June: X / Y (Z%)" in both languages', async () => {
    const figure = { started: 4, total: 6, share: 4 / 6, by: '2026-06-30', year: 2026 };
    expect(startedFigureText(await testTranslator('zh-CN'), figure)).toEqual({ title: '2026 年新建项目 6 月 30 日前开工', value: '4 / 6（66.7%）', hasData: true });
    expect(startedFigureText(await testTranslator('en'), figure)).toEqual({ title: 'New projects of 2026 started by 30/6', value: '4 / 6 (66.7%)', hasData: true });
  });

  it('has no data, not 0 %, when there is no new project this year', async () => {
    const t = await testTranslator('zh-CN');
    expect(startedFigureText(t, { started: 0, total: 0, share: null, by: '2026-06-30', year: 2026 })).toMatchObject({ value: '暂无数据（今年没有新建项目）', hasData: false });
    expect(startedFigureText(t, { started: 0, total: 3, share: 0, by: '2026-06-30', year: 2026 })).toMatchObject({ value: '0 / 3（0%）', hasData: true });
  });
});
