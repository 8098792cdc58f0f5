import { describe, expect, it } from 'vitest';
import { BLANK, checkTemplate, checkTemplateText, NOTICE_TEMPLATE_LIMITS, parseTemplate, renderNotice } from './notice-template.js';

describe('parseTemplate', () => {
  it('reads text and placeholders with their offsets, forgiving spaces inside the braces', () => {
    expect(parseTemplate('编号{{ code }}：{{title}}')).toEqual([
      { kind: 'text', text: '编号', offset: 0 },
      { kind: 'placeholder', name: 'code', offset: 2 },
      { kind: 'text', text: '：', offset: 12 },
      { kind: 'placeholder', name: 'title', offset: 13 },
    ]);
  });

  it('keeps an unclosed {{ as its own token', () => {
    expect(parseTemplate('a{{b {{code}}')).toEqual([
      { kind: 'text', text: 'a', offset: 0 },
      { kind: 'unclosed', text: '{{', offset: 1 },
      { kind: 'text', text: 'b ', offset: 3 },
      { kind: 'placeholder', name: 'code', offset: 5 },
    ]);
  });
});

describe('checkTemplate', () => {
  it('accepts known placeholders', () => {
    expect(checkTemplate({ title: '受理告知书', body: '{{petitionerName}}：\n您反映的{{title}}……' })).toEqual([]);
  });

  it('names an unknown placeholder with its line and column', () => {
    expect(checkTemplateText('第一行\n您好{{单位名称}}', 'body')).toEqual([{ code: 'unknown_placeholder', field: 'body', name: '单位名称', offset: 6, line: 2, column: 3 }]);
  });

  it('reports an unclosed {{ and the field it is in', () => {
    expect(checkTemplate({ title: '告知书{{code', body: '正文' })).toEqual([{ code: 'unclosed_placeholder', field: 'title', offset: 3, line: 1, column: 4 }]);
  });

  it('refuses empty and too long text', () => {
    expect(checkTemplate({ title: '  ', body: 'x'.repeat(NOTICE_TEMPLATE_LIMITS.body + 1) })).toEqual([
      { code: 'empty', field: 'title' },
      { code: 'too_long', field: 'body', length: NOTICE_TEMPLATE_LIMITS.body + 1, max: NOTICE_TEMPLATE_LIMITS.body },
    ]);
  });
});

describe('renderNotice', () => {
  it('fills placeholders and makes each non-blank line a paragraph', () => {
    const rendered = renderNotice({ title: '处理意见书', body: '{{petitionerName}}：\n\n  编号{{code}}。\n{{answer}}' }, { petitionerName: '刘女士', code: 'XF-1', answer: '第一段\n第二段' });
    expect(rendered).toEqual({ title: '处理意见书', paragraphs: ['刘女士：', '编号XF-1。', '第一段', '第二段'] });
  });

  it('prints a missing or empty value as a blank to fill by hand', () => {
    expect(renderNotice({ title: '{{code}}', body: '承办部门：{{departmentName}}，理由：{{rejectionReason}}' }, { rejectionReason: ' ' })).toEqual({
      title: BLANK,
      paragraphs: [`承办部门：${BLANK}，理由：${BLANK}`],
    });
  });
});
