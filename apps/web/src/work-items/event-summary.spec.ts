import type { EventType, TimelineEventBody, TimelineEventData } from '@parkflow/domain';
import { testTranslator } from '../i18n/test-translator.fixture';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineText, whatText } from './event-line.format';
import { summarizeEvent, type EventResolvers, type SummarizedEvent } from './event-summary';

const UTIL_ID = '7d8e0c4a-34a5-4e0a-9d55-5f4c1c0a2b11';
const HR_ID = '0b0e7a52-1111-4c3d-8e2f-000000000000';
const LI_QIANG = '11111111-2222-4333-8444-555555555555';
const resolve: EventResolvers = {
  department: (id) => (id === UTIL_ID ? '公用事业服务中心' : null),
  user: (id) => (id === LI_QIANG ? '李强' : null),
  time: (iso) => `T(${iso})`,
};
const labels = { kind: (id: string) => (id === 'appeal' ? '企业诉求' : id), text: (l: { zh: string }) => l.zh };
const DUE = '2026-11-20T09:30:00Z';
const LATER = '2026-11-27T09:30:00Z';

/** One event of every type the domain writes, with the data it writes: a type added to the domain fails to compile here until it has one. */
const SAMPLES: { [T in EventType]: TimelineEventData[T] } = {
  registered: { kind: 'appeal', channel: 'online', category: 'hiring', departmentId: null },
  stage_job_processed: { result: 'routed', departmentId: UTIL_ID, rule: 'UTIL' },
  assigned: { departmentId: UTIL_ID, handlerId: LI_QIANG, previousDepartmentId: null },
  accepted: { departmentId: UTIL_ID, handlerId: LI_QIANG },
  returned: { departmentId: UTIL_ID, reason: '不属于本部门职责' },
  transferred: { fromDepartmentId: UTIL_ID, toDepartmentId: HR_ID, reason: '属人社职责' },
  extension_requested: { days: 5, reason: '需现场勘查' },
  extension_approved: { days: 5, comment: '同意', previousDueAt: DUE, dueAt: LATER },
  extension_rejected: { days: 5, comment: null },
  coordination_requested: { reason: '涉及多部门' },
  clock_paused: { reason: '等材料', stageSeq: 2, dueAt: DUE },
  clock_resumed: { comment: '材料已补齐', stageSeq: 2, pausedAt: DUE, pausedAmount: 1.5, totalPausedAmount: 1.5, unit: 'working_days', previousDueAt: DUE, dueAt: LATER },
  replied: { content: '已协调解决' },
  feedback_recorded: { satisfaction: 'unsatisfied', comment: '水压仍不足', reopened: true },
  closure_approved: { comment: null },
  closure_rejected: { comment: '材料不全' },
  supervised: { comment: '尽快办理', first: true },
  owner_set: { leaderUserId: LI_QIANG, previousOwnerLeaderId: null },
  commented: { text: '已电话联系企业' },
  warned: { stageSeq: 2, dueAt: DUE },
  overdue: { stageSeq: 2, dueAt: DUE },
  escalated: { stageSeq: 2, level: 2, audience: 'leader', dueAt: DUE },
  feedback_timed_out: { stageSeq: 3, dueAt: DUE },
  deadline_retimed: { stageSeq: 2, fromDueAt: DUE, toDueAt: LATER, year: 2027 },
  advanced: { action: 'submit_reinspection', fromStatus: 'in_progress', toStatus: 'awaiting_reinspection', comment: '已整改' },
  outcome_recorded: { action: 'reinspect', outcome: 'pass', fromStatus: 'awaiting_reinspection', toStatus: 'awaiting_approval', comment: null },
  matter_accepted: { note: null, statutoryDueAt: LATER },
  matter_declined: { reason: 'legal_channel', note: '属劳动仲裁' },
  notice_sent: { notice: 'opinion', channel: 'mail', sentOn: '2026-11-30' },
};

const sample = <T extends EventType>(type: T): TimelineEventBody => ({ type, data: SAMPLES[type] }) as TimelineEventBody;
const lines = (event: SummarizedEvent) => summarizeEvent(event, resolve).lines;

let zh: TFunction;
let english: TFunction;
beforeAll(async () => {
  [zh, english] = await Promise.all([testTranslator('zh-CN'), testTranslator('en')]);
});

describe('summarizeEvent', () => {
  it('describes every event type the domain writes, in both languages, with nothing left unfilled', () => {
    for (const type of Object.keys(SAMPLES) as EventType[]) {
      const summary = summarizeEvent(sample(type), resolve);
      expect(summary.what).toEqual({ key: type });
      for (const t of [zh, english]) {
        const texts = [whatText(t, summary.what), ...summary.lines.map((line) => lineText(t, labels, line))];
        for (const text of texts) {
          expect([type, text]).toEqual([type, expect.stringMatching(/\S/)]);
          // A missing key comes back as its path, a missing parameter as its placeholder.
          expect([type, text]).not.toEqual([type, expect.stringMatching(/\{\{|^(event|eventLine|audience|satisfaction)\./)]);
        }
      }
    }
  });

  it('describes a registration by its kind, and routing by the department, else the rule code', () => {
    expect(summarizeEvent(sample('registered'), resolve)).toEqual({ what: { key: 'registered' }, lines: [{ key: 'kind', kind: 'appeal' }] });
    expect(lineText(zh, labels, { key: 'kind', kind: 'appeal' })).toBe('类型：企业诉求');
    // A review an administrator took after its window says so, with the reason and the last day.
    const late = { type: 'registered' as const, data: { kind: 'petition_review', channel: 'visit', category: 'land', departmentId: null, windowOverride: { reason: '信访人住院', lastDay: '2026-12-02' } } };
    const overrideLine = lines(late)[1]!;
    expect(overrideLine).toEqual({ key: 'windowOverride', reason: '信访人住院', lastDay: '2026-12-02' });
    expect(lineText(zh, labels, overrideLine)).toBe('已超过申请期限（2026-12-02），管理员予以受理：信访人住院');
    expect(lines(sample('stage_job_processed'))).toEqual([{ key: 'routed', department: '公用事业服务中心' }]);
    expect(lines({ type: 'stage_job_processed', data: { result: 'routed', departmentId: HR_ID, rule: 'HR' } })).toEqual([{ key: 'routed', department: 'HR' }]);
    expect(lines({ type: 'stage_job_processed', data: { result: 'no_rule', category: 'other' } })).toEqual([{ key: 'noRule' }]);
  });

  it('says where an item was assigned and to whom, the handler only when one was named', () => {
    expect(lines(sample('assigned'))).toEqual([
      { key: 'assignedTo', department: '公用事业服务中心' },
      { key: 'handler', name: '李强' },
    ]);
    expect(lines({ type: 'assigned', data: { departmentId: HR_ID, handlerId: null, previousDepartmentId: UTIL_ID } })).toEqual([{ key: 'assignedTo', department: HR_ID }]);
  });

  it('shows an approved extension with its days, the moved deadline and the comment', () => {
    expect(lines(sample('extension_approved'))).toEqual([
      { key: 'days', days: 5 },
      { key: 'dueMoved', from: `T(${DUE})`, to: `T(${LATER})` },
      { key: 'comment', text: '同意' },
    ]);
    expect(lines(sample('extension_rejected'))).toEqual([{ key: 'days', days: 5 }]);
  });

  it('shows a deadline a loaded holiday arrangement moved, with the year', () => {
    const retimed = lines(sample('deadline_retimed'));
    expect(retimed).toEqual([{ key: 'retimed', year: 2027, from: `T(${DUE})`, to: `T(${LATER})` }]);
    expect(lineText(zh, labels, retimed[0]!)).toBe(`按 2027 年节假日安排，截止时间由 T(${DUE}) 调整为 T(${LATER})`);
    expect(whatText(english, { key: 'deadline_retimed' })).toBe('Deadline re-timed');
  });

  it('records feedback with its satisfaction and a reopening', () => {
    const feedback = lines(sample('feedback_recorded'));
    expect(feedback).toEqual([{ key: 'satisfaction', value: 'unsatisfied' }, { key: 'comment', text: '水压仍不足' }, { key: 'reopened' }]);
    expect(feedback.map((line) => lineText(zh, labels, line))).toEqual(['满意度：不满意', '意见：水压仍不足', '不满意，退回重新办理']);
    expect(lines({ type: 'feedback_recorded', data: { satisfaction: 'satisfied', comment: null, reopened: false } })).toEqual([{ key: 'satisfaction', value: 'satisfied' }]);
  });

  it('shows transfers, owners, escalations and timer events', () => {
    expect(lines(sample('transferred'))).toEqual([
      { key: 'transferred', from: '公用事业服务中心', to: HR_ID },
      { key: 'reason', text: '属人社职责' },
    ]);
    expect(lines(sample('owner_set'))).toEqual([{ key: 'owner', name: '李强' }]);
    const escalated = lines(sample('escalated'));
    expect(escalated).toEqual([{ key: 'escalated', level: 2, audience: 'leader' }]);
    expect(lineText(zh, labels, escalated[0]!)).toBe('第 2 级升级，通知分管领导');
    expect(lineText(english, labels, escalated[0]!)).toBe('Escalation level 2, leader in charge told');
    expect(lines(sample('overdue'))).toEqual([{ key: 'due', at: `T(${DUE})` }]);
    expect(lines(sample('commented'))).toEqual([{ key: 'text', text: '已电话联系企业' }]);
    expect(lines(sample('outcome_recorded'))).toEqual([{ key: 'outcome', outcome: 'pass' }]);
  });

  it('shows an event the api could not read by its stored type: by name when the web knows it, else as it is', () => {
    const teleported = summarizeEvent({ type: 'unknown', originalType: 'teleported', data: {} }, resolve);
    expect(teleported).toEqual({ what: { key: 'unknown', type: 'teleported' }, lines: [] });
    expect(whatText(zh, teleported.what)).toBe('teleported');
    // An `accepted` of an older shape (the demo seed once wrote it without data).
    const legacy = summarizeEvent({ type: 'unknown', originalType: 'accepted', data: {} }, resolve);
    expect([whatText(zh, legacy.what), whatText(english, legacy.what)]).toEqual(['签收', 'Accepted']);
  });
});
