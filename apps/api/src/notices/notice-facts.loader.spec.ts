import type { WorkItemEventEntity } from '@parkflow/db';
import { PETITION_KIND, type WorkItemState } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import type { NameLookup } from '../work-items/work-item.presenter.js';
import { buildNoticeFacts, readNoticeSettings } from './notice-facts.loader.js';

const names: NameLookup = { department: (id) => (id ? '公用事业局' : null), enterprise: () => null, user: (id) => id };
const settings = { unitName: '园区管理委员会', reviewBody: null };

const item: WorkItemState = {
  id: 'i1', code: 'XF-1', kind: 'petition', title: '供水', description: '', channel: 'letter', category: 'utilities', urgency: 'normal', enterpriseId: null,
  petitioner: { name: '刘女士', phone: null, idNumber: null }, stage: 'handle', status: 'in_progress', departmentId: 'd1', handlerId: null, ownerLeaderId: null,
  createdById: 'u1', stageSeq: 2, deadlines: [], sla: 'normal', version: 3, createdAt: '2026-12-01T17:00:00.000Z', updatedAt: '2026-12-01T17:00:00.000Z', closedAt: null,
};

let nextId = 1;
const event = (type: string, data: Record<string, unknown>, at = '2026-12-03T02:00:00.000Z'): WorkItemEventEntity =>
  ({ id: String(nextId++), itemId: 'i1', type, actorId: 'u1', at: new Date(at), stage: 'handle', stageSeq: 2, data, audience: 'internal' }) as WorkItemEventEntity;

describe('buildNoticeFacts', () => {
  it('reads today\'s item: the registration date for the received date, the latest reply and approved extension with its request\'s reason', () => {
    const events = [
      event('extension_requested', { days: 5, reason: '第一次' }),
      event('extension_requested', { days: 10, reason: '需现场勘查' }),
      event('extension_approved', { days: 10, comment: null, previousDueAt: 'x', dueAt: '2027-01-20T09:00:00.000Z' }),
      event('replied', { content: '旧答复' }),
      event('replied', { content: '新答复' }, '2026-12-10T02:00:00.000Z'),
    ];
    const facts = buildNoticeFacts(item, events, PETITION_KIND, '刘女士', names, settings);
    expect(facts).toMatchObject({
      code: 'XF-1', petitionerName: '刘女士', receivedOn: '2026-12-02', departmentName: '公用事业局',
      extension: { days: 10, reason: '需现场勘查', dueOn: '2027-01-20T09:00:00.000Z' },
      answer: { text: '新答复', answeredOn: '2026-12-10T02:00:00.000Z' },
    });
    expect(facts).not.toHaveProperty('decision');
    expect(facts).not.toHaveProperty('statutoryDueOn');
  });

  it('reads the 受理 decision with the kind’s name for the reason, the received date and the statutory clock', () => {
    const clock = { stage: 'handle' as const, stageSeq: 1, startedAt: '2026-12-04T01:00:00Z', dueAt: '2027-02-01T09:00:00Z', warnAt: 'x', amount: 60, unit: 'calendar_days' as const, metAt: null };
    const withDecision: WorkItemState = {
      ...item,
      receivedOn: '2026-11-30',
      acceptance: { decision: 'not_accepted', decidedAt: '2026-12-04T01:00:00Z', decidedById: 'u1', reasonCode: 'legal_channel', note: '请走诉讼' },
      statutoryClock: clock,
    };
    expect(buildNoticeFacts(withDecision, [], PETITION_KIND, '刘女士', names, settings)).toMatchObject({
      receivedOn: '2026-11-30',
      decision: { accepted: false, decidedOn: '2026-12-04T01:00:00Z', reasonCode: 'legal_channel', reasonLabel: '应当通过诉讼、仲裁、行政复议等法定途径解决', note: '请走诉讼' },
      statutoryDueOn: '2027-02-01T09:00:00Z',
    });
    // A reason code the kind does not list prints no label (the office writes it in).
    const unknown = { ...withDecision, acceptance: { ...withDecision.acceptance!, reasonCode: 'mystery' } };
    expect(buildNoticeFacts(unknown, [], PETITION_KIND, null, names, settings).decision).not.toHaveProperty('reasonLabel');
  });

  it('tells the statutory due date and the approval’s own reason in the extension notice', () => {
    const events = [event('extension_approved', { days: 30, comment: null, previousDueAt: 'x', dueAt: 'y', reason: '案情复杂', statutoryDueAt: '2027-03-03T15:59:59.999Z' })];
    expect(buildNoticeFacts(item, events, PETITION_KIND, '刘女士', names, settings).extension).toEqual({ days: 30, reason: '案情复杂', dueOn: '2027-03-03T15:59:59.999Z' });
  });
});

describe('readNoticeSettings', () => {
  it('defaults the unit name and takes the review body when set', () => {
    expect(readNoticeSettings({})).toEqual({ unitName: '园区管理委员会', reviewBody: null });
    expect(readNoticeSettings({ PARKFLOW_UNIT_NAME: ' 某园区管委会 ', PARKFLOW_REVIEW_BODY: '某区信访局' })).toEqual({ unitName: '某园区管委会', reviewBody: '某区信访局' });
  });
});
