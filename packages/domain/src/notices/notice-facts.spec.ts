import { describe, expect, it } from 'vitest';
import { chineseDate, noticeValues, type NoticeFacts } from './notice-facts.js';

const BASE: NoticeFacts = {
  code: 'XF-20261202-0001',
  title: '小区供水压力不足',
  kind: { id: 'petition', label: { zh: '信访件', en: 'Petition' } },
  petitionerName: '刘女士',
  receivedOn: '2026-12-01',
  registeredOn: '2026-12-01T17:30:00.000Z',
  departmentName: '公用事业局',
  unitName: '园区管理委员会',
};

describe('chineseDate', () => {
  it('prints dates in Chinese form, instants on their Shanghai date', () => {
    expect(chineseDate('2026-12-02')).toBe('2026年12月2日');
    // 17:30 UTC on 1 December is already 2 December in Shanghai.
    expect(chineseDate('2026-12-01T17:30:00.000Z')).toBe('2026年12月2日');
    expect(chineseDate('not a date')).toBeUndefined();
    expect(chineseDate(undefined)).toBeUndefined();
  });
});

describe('noticeValues', () => {
  it('gives every fact its placeholder, dates in Chinese form', () => {
    const values = noticeValues(
      { ...BASE, decision: { accepted: false, decidedOn: '2026-12-03', reasonCode: 'litigation', reasonLabel: '应当通过诉讼途径解决', note: '请向法院起诉' }, extension: { days: 30, reason: '需现场勘查', dueOn: '2027-03-01T02:00:00.000Z' }, answer: { text: '已处理', answeredOn: '2026-12-20T01:00:00Z' } },
      new Date('2026-12-21T00:00:00Z'),
    );
    expect(values).toEqual({
      code: 'XF-20261202-0001',
      title: '小区供水压力不足',
      petitionerName: '刘女士',
      receivedOn: '2026年12月1日',
      registeredOn: '2026年12月2日',
      departmentName: '公用事业局',
      decidedOn: '2026年12月3日',
      rejectionReason: '应当通过诉讼途径解决',
      rejectionNote: '请向法院起诉',
      extensionDays: '30',
      extensionReason: '需现场勘查',
      extendedDueOn: '2027年3月1日',
      answer: '已处理',
      answeredOn: '2026年12月20日',
      reviewDeadlineDays: '30',
      unitName: '园区管理委员会',
      today: '2026年12月21日',
    });
  });

  it('leaves out what is not known, never the reason code in place of its label', () => {
    const values = noticeValues({ ...BASE, petitionerName: null, departmentName: null, decision: { accepted: false, decidedOn: '2026-12-03', reasonCode: 'litigation' } }, new Date());
    expect(values).not.toHaveProperty('petitionerName');
    expect(values).not.toHaveProperty('departmentName');
    expect(values).not.toHaveProperty('rejectionReason');
  });
});
