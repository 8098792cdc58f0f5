import { parseArrangement } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { testTranslator } from '../i18n/test-translator.fixture';
import { guessFormat, issueText, yearOf } from './arrangement-import.model';

describe('guessFormat', () => {
  it('goes by the file extension first', () => {
    expect(guessFormat('一、元旦：1月1日放假', 'holidays.json')).toBe('json');
    expect(guessFormat('{}', 'FEED.ICS')).toBe('ics');
  });

  it('reads the text when the name says nothing', () => {
    expect(guessFormat('  {"year": 2027, "days": []}', 'arrangement.txt')).toBe('json');
    expect(guessFormat('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe('ics');
    expect(guessFormat('国务院办公厅关于2027年部分节假日安排的通知')).toBe('notice');
  });
});

describe('yearOf', () => {
  it('is undefined when empty, the number otherwise', () => {
    expect(yearOf('')).toBeUndefined();
    expect(yearOf('  ')).toBeUndefined();
    expect(yearOf('2027')).toBe(2027);
  });
});

describe('issueText', () => {
  // Real findings of the domain's parser, not hand-made ones: the wording follows its codes and params.
  const broken = parseArrangement('notice', '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共4天。\n二、春节：2月10日至2月7日放假。\n三、清明：4月31日放假，共1天。', 2027);
  const findings = broken.ok ? broken.warnings : [...broken.errors, ...broken.warnings];

  it('words every finding of a broken notice in Chinese, with its line', async () => {
    const t = await testTranslator('zh-CN');
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const texts = findings.map((finding) => issueText(t, finding));
    for (const text of texts) expect(text).not.toMatch(/arrangementImport\.|\{\{/);
    expect(texts).toContainEqual(expect.stringMatching(/^第 3 行：日期范围颠倒/));
    expect(texts).toContainEqual(expect.stringMatching(/^第 4 行：不存在的日期/));
  });

  it('words them in English too', async () => {
    const t = await testTranslator('en');
    const texts = findings.map((finding) => issueText(t, finding));
    expect(texts).toContainEqual(expect.stringMatching(/^Line 3: The range is reversed/));
  });

  it('falls back to the server’s English message for a code it does not know', async () => {
    const t = await testTranslator('zh-CN');
    expect(issueText(t, { code: 'something_new', params: {}, message: 'Something new went wrong' })).toBe('Something new went wrong');
  });
});
