import { describe, expect, it } from 'vitest';
import { testTranslator } from '../i18n/test-translator.fixture';
import { fieldProblems, insertPlaceholder, templateErrorText } from './template-editor.model';

describe('insertPlaceholder', () => {
  it('replaces the selection and puts the caret after the placeholder', () => {
    expect(insertPlaceholder('您好，某某：', 3, 5, 'petitionerName')).toEqual({ text: '您好，{{petitionerName}}：', caret: 21 });
    expect(insertPlaceholder('abc', 99, 99, 'code')).toEqual({ text: 'abc{{code}}', caret: 11 });
  });
});

describe('templateErrorText', () => {
  it('words an unknown or unclosed placeholder with where it is, in both languages', async () => {
    const [unknown] = fieldProblems('第一行\n{{单位名称}}', 'body');
    const [unclosed] = fieldProblems('编号{{code', 'title');
    const zh = await testTranslator('zh-CN');
    const en = await testTranslator('en');
    const say = (t: typeof zh, e: NonNullable<typeof unknown>) => {
      const { key, values } = templateErrorText(e);
      return t(key, values);
    };
    expect(say(zh, unknown!)).toBe('第 2 行第 1 列：未知占位符 {{单位名称}}');
    expect(say(en, unclosed!)).toBe('Line 1, column 3: “{{” without “}}”');
    expect(fieldProblems('{{code}}', 'body')).toEqual([]);
  });
});
