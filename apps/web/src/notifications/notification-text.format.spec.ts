import type { ItemNotifyTopic, NotificationParamsMap } from '@parkflow/domain';
import { testTranslator } from '../i18n/test-translator.fixture';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { notificationText } from './notification-text.format';

const ITEM = { code: 'XF-20260302-0001', title: '厂区噪音扰民' };
const DUE = '2026-03-20T09:30:00.000Z';

/** The params of every item topic the domain sends: a topic added to the domain fails to compile here until it has one. */
const SAMPLES: { [T in ItemNotifyTopic]: NotificationParamsMap[T] } = {
  assigned: {},
  accepted: {},
  returned: { reason: '不属于本部门职责' },
  transferred: { reason: '属人社职责' },
  reopened: { comment: '水压仍不足' },
  closure_requested: { feedbackTimedOut: false },
  closed: {},
  closure_rejected: { comment: '材料不全' },
  extension_requested: { days: 5 },
  extension_approved: { days: 5 },
  extension_rejected: { comment: null },
  coordination_requested: { reason: '涉及多部门' },
  clock_paused: { reason: '等材料' },
  clock_resumed: { dueAt: DUE },
  replied: {},
  supervised: { comment: '尽快办理' },
  owner_set: {},
  warned: { dueAt: DUE },
  overdue: {},
  escalated: { level: 2 },
  advanced: { action: 'submit_reinspection', label: { zh: '提交复查', en: 'Submit for re-inspection' } },
  outcome_recorded: { action: 'reinspect', label: { zh: '复查', en: 'Re-inspect' }, outcome: 'pass', outcomeLabel: { zh: '复查通过', en: 'Passed' } },
};

const note = (topic: string, params: Record<string, unknown> | null, message: string | null = null) => ({ topic, params, message });

let zh: TFunction;
let english: TFunction;
beforeAll(async () => {
  [zh, english] = await Promise.all([testTranslator('zh-CN'), testTranslator('en')]);
});

describe('notificationText', () => {
  it('words every topic in both languages, naming the item, with nothing left unfilled', () => {
    for (const [topic, params] of Object.entries(SAMPLES)) {
      const zhText = notificationText(note(topic, { ...ITEM, ...params }), zh, 'zh-CN');
      const enText = notificationText(note(topic, { ...ITEM, ...params }), english, 'en');
      for (const text of [zhText, enText]) {
        expect([topic, text]).toEqual([topic, expect.stringContaining(`${ITEM.code}`)]);
        expect([topic, text]).not.toEqual([topic, expect.stringMatching(/\{\{|notice\./)]);
      }
      expect([topic, zhText]).toEqual([topic, expect.stringContaining(`「${ITEM.title}」`)]);
      // English mode shows English: no Han characters but those of the item's title and of the texts people wrote.
      const written = [ITEM.title, ...Object.values(params).filter((v): v is string => typeof v === 'string')];
      expect([topic, written.reduce((text, part) => text.replace(part, ''), enText)]).not.toEqual([topic, expect.stringMatching(/\p{Script=Han}/u)]);
    }
  });

  it('says in zh-CN what the domain used to say, and the same in English', () => {
    const both = (topic: ItemNotifyTopic, params: Record<string, unknown>) => [
      notificationText(note(topic, { ...ITEM, ...params }), zh, 'zh-CN'),
      notificationText(note(topic, { ...ITEM, ...params }), english, 'en'),
    ];
    expect(both('extension_requested', { days: 5 })).toEqual([
      'XF-20260302-0001「厂区噪音扰民」申请延期 5 天，请审批',
      'XF-20260302-0001 “厂区噪音扰民”: a 5-day extension is requested, please decide',
    ]);
    expect(both('replied', {})[0]).toBe('XF-20260302-0001「厂区噪音扰民」已答复，请回访评价');
    expect(both('closure_requested', { feedbackTimedOut: true })[0]).toBe('XF-20260302-0001「厂区噪音扰民」回访超时未评价，请审批办结');
    expect(both('extension_rejected', { comment: '理由不充分' })[0]).toBe('XF-20260302-0001「厂区噪音扰民」延期申请未获批准：理由不充分');
    expect(both('extension_rejected', { comment: null })[0]).toBe('XF-20260302-0001「厂区噪音扰民」延期申请未获批准');
    // Instants in Beijing time; a kind's own action by its label in the UI language.
    expect(both('warned', { dueAt: DUE })[0]).toBe('XF-20260302-0001「厂区噪音扰民」临近办理期限（2026-03-20 17:30）');
    expect(both('advanced', SAMPLES.advanced)).toEqual(['XF-20260302-0001「厂区噪音扰民」提交复查', 'XF-20260302-0001 “厂区噪音扰民”: Submit for re-inspection']);
    // A listed pause reason by the kind's words for it; free text as written.
    expect(both('clock_paused', { reason: 'awaiting_enterprise', reasonLabel: { zh: '等待企业补充材料', en: 'Waiting for the company’s documents' } })).toEqual([
      'XF-20260302-0001「厂区噪音扰民」暂停计时（等待当事人）：等待企业补充材料',
      'XF-20260302-0001 “厂区噪音扰民”: clock paused (waiting on the petitioner): Waiting for the company’s documents',
    ]);
    expect(both('clock_paused', { reason: '等材料' })[0]).toBe('XF-20260302-0001「厂区噪音扰民」暂停计时（等待当事人）：等材料');
    // The outcome by the kind's name for it; a notice from before outcome labels shows its id.
    const [zhOutcome, enOutcome] = both('outcome_recorded', SAMPLES.outcome_recorded);
    expect(zhOutcome).toContain('复查通过');
    expect(enOutcome).toContain('Passed');
    expect(both('outcome_recorded', { ...SAMPLES.outcome_recorded, outcomeLabel: null })[0]).toContain('pass');
  });

  it('words a day’s close-out without an item, and says so when nothing is left', () => {
    const closeOut = (params: Record<string, unknown>) => [notificationText(note('close_out', params), zh, 'zh-CN'), notificationText(note('close_out', params), english, 'en')];
    expect(closeOut({ day: '2026-03-02', unsigned: 2, overdue: 5 })).toEqual([
      '2026-03-02 每日清零：今日登记未签收 2 件，超期 5 件，请查看台账',
      'Daily close-out 2026-03-02: 2 registered today and not signed for, 5 overdue; see the ledger',
    ]);
    expect(closeOut({ day: '2026-03-02', unsigned: 0, overdue: 0 })).toEqual(['2026-03-02 每日清零：无未签收、无超期事项', 'Daily close-out 2026-03-02: nothing left unsigned or overdue']);
    expect(notificationText(note('close_out', { day: '2026-03-02' }), zh, 'zh-CN')).toBe('close_out');
  });

  it('words a key project’s node notice with the project and the node in the UI language', () => {
    const params = { code: 'XM-2026-002', title: '冷链物流园区一期工程', projectId: 'p', nodeKey: 'land_review', node: { zh: '用地预审', en: 'Land review' }, plannedFinish: '2026-10-09', dueAt: '2026-10-09T09:30:00.000Z' };
    expect(notificationText(note('project_node_overdue', params), zh, 'zh-CN')).toBe('XM-2026-002「冷链物流园区一期工程」节点“用地预审”已超期（计划完成 2026-10-09）');
    expect(notificationText(note('project_node_due_soon', params), english, 'en')).toBe('XM-2026-002 “冷链物流园区一期工程”: node “Land review” is due soon (planned finish 2026-10-09)');
    expect(notificationText(note('project_node_escalated', params), zh, 'zh-CN')).toContain('升级提醒分管领导');
    expect(notificationText(note('project_node_overdue', { ...params, node: null }), zh, 'zh-CN')).toBe('project_node_overdue');
  });

  it('falls back to the stored message, else the topic, when it cannot word a notice', () => {
    // A row written before codes: no params, its zh-CN sentence.
    expect(notificationText(note('escalated', null, 'XF-1「旧」超期未办，升级提醒（1 级）'), english, 'en')).toBe('XF-1「旧」超期未办，升级提醒（1 级）');
    // A topic this client does not know, with and without a message.
    expect(notificationText(note('teleported', { ...ITEM }, '已传送'), zh, 'zh-CN')).toBe('已传送');
    expect(notificationText(note('teleported', { ...ITEM }), zh, 'zh-CN')).toBe('teleported');
    // Params that do not fit the topic: never a sentence with holes.
    expect(notificationText(note('extension_requested', { ...ITEM, days: 'five' }), zh, 'zh-CN')).toBe('extension_requested');
    expect(notificationText(note('assigned', { code: ITEM.code }), zh, 'zh-CN')).toBe('assigned');
  });
});
