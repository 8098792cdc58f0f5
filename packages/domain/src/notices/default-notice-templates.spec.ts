import { describe, expect, it } from 'vitest';
import { defaultNoticeTemplate, KINDS_WITH_OWN_DEFAULTS } from './default-notice-templates.js';
import { checkTemplate, renderNotice } from './notice-template.js';
import { NOTICE_TYPE_IDS, noticeTypeLabel, REVIEW_KIND_IDS } from './notice-type.catalog.js';

describe('default notice templates', () => {
  const kinds = ['petition', 'appeal', ...KINDS_WITH_OWN_DEFAULTS];

  it('every default template passes the check', () => {
    for (const kind of kinds) for (const type of NOTICE_TYPE_IDS) expect(checkTemplate(defaultNoticeTemplate(kind, type)), `${kind}/${type}`).toEqual([]);
  });

  it('tell the petitioner the 60 days on acceptance and the 30-day 复查 right in the opinion', () => {
    expect(defaultNoticeTemplate('petition', 'acceptance').body).toContain('受理之日起60日内');
    expect(defaultNoticeTemplate('petition', 'opinion').body).toContain('如对本处理意见不服，可自收到本意见书之日起{{reviewDeadlineDays}}日内向{{reviewBody}}请求复查');
  });

  it('word the review kinds’ answers as their own, the 复核 one as final', () => {
    expect(defaultNoticeTemplate(REVIEW_KIND_IDS.review, 'opinion').title).toBe('复查意见书');
    expect(defaultNoticeTemplate(REVIEW_KIND_IDS.review, 'opinion').body).toContain('请求复核');
    expect(defaultNoticeTemplate(REVIEW_KIND_IDS.rereview, 'opinion').title).toBe('复核意见书');
    expect(defaultNoticeTemplate(REVIEW_KIND_IDS.rereview, 'opinion').body).toContain('不再受理');
    expect(noticeTypeLabel('opinion', REVIEW_KIND_IDS.rereview).zh).toBe('复核意见书');
    expect(noticeTypeLabel('opinion', 'petition').zh).toBe('处理意见书');
  });

  it('render with a fact in every placeholder they use', () => {
    const rendered = renderNotice(defaultNoticeTemplate('petition', 'opinion'), { petitionerName: '刘女士', answer: '已协调供水公司加装增压泵。' });
    expect(rendered.paragraphs[0]).toBe('刘女士：');
    expect(rendered.paragraphs).toContain('已协调供水公司加装增压泵。');
  });
});
