import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.messages';
import { zhCN } from '../i18n/zh-cn.messages';
import { EVENT_TYPES, summarizeEvent, type EventResolvers } from './event-summary';

const UTIL_ID = '7d8e0c4a-34a5-4e0a-9d55-5f4c1c0a2b11';
const HR_ID = '0b0e7a52-1111-4c3d-8e2f-000000000000';
const LI_QIANG = '11111111-2222-4333-8444-555555555555';
const resolve: EventResolvers = {
  department: (id) => (id === UTIL_ID ? '公用事业服务中心' : null),
  user: (id) => (id === LI_QIANG ? '李强' : null),
  time: (iso) => `T(${iso})`,
};

describe('summarizeEvent', () => {
  it('describes a registration', () => {
    expect(summarizeEvent({ type: 'registered', data: { kind: 'appeal' } }, resolve)).toEqual({ what: { key: 'registered' }, lines: [{ key: 'kind', kind: 'appeal' }] });
  });

  it('names the department the worker routed to, else the rule code, else the id', () => {
    const routed = (data: Record<string, unknown>) => summarizeEvent({ type: 'stage_job_processed', data: { result: 'routed', ...data } }, resolve).lines;
    expect(routed({ departmentId: UTIL_ID, rule: 'UTIL' })).toEqual([{ key: 'routed', department: '公用事业服务中心' }]);
    expect(routed({ departmentId: HR_ID, rule: 'HR' })).toEqual([{ key: 'routed', department: 'HR' }]);
    expect(routed({ departmentId: HR_ID })).toEqual([{ key: 'routed', department: HR_ID }]);
  });

  it('knows the other assign-stage results', () => {
    const result = (value: string) => summarizeEvent({ type: 'stage_job_processed', data: { result: value } }, resolve).lines;
    expect(result('no_rule')).toEqual([{ key: 'noRule' }]);
    expect(result('already_routed')).toEqual([{ key: 'alreadyRouted' }]);
    expect(result('timers_set')).toEqual([{ key: 'unknownResult', result: 'timers_set' }]);
  });

  it('says where an item was assigned and to whom', () => {
    expect(summarizeEvent({ type: 'assigned', data: { departmentId: UTIL_ID, handlerId: LI_QIANG, previousDepartmentId: null } }, resolve).lines).toEqual([
      { key: 'assignedTo', department: '公用事业服务中心' },
      { key: 'handler', name: '李强' },
    ]);
    expect(summarizeEvent({ type: 'assigned', data: { departmentId: UTIL_ID, handlerId: null } }, resolve).lines).toHaveLength(1);
  });

  it('shows an approved extension with its days and the moved deadline', () => {
    const summary = summarizeEvent(
      { type: 'extension_approved', data: { days: 5, comment: null, previousDueAt: '2026-11-20T09:30:00Z', dueAt: '2026-11-27T09:30:00Z' } },
      resolve,
    );
    expect(summary.lines).toEqual([
      { key: 'days', days: 5 },
      { key: 'dueMoved', from: 'T(2026-11-20T09:30:00Z)', to: 'T(2026-11-27T09:30:00Z)' },
    ]);
  });

  it('records feedback with its satisfaction and a reopening', () => {
    const summary = summarizeEvent({ type: 'feedback_recorded', data: { satisfaction: 'unsatisfied', comment: '水压仍不足', reopened: true } }, resolve);
    expect(summary.lines).toEqual([{ key: 'satisfaction', value: 'unsatisfied' }, { key: 'comment', text: '水压仍不足' }, { key: 'reopened' }]);
    expect(summarizeEvent({ type: 'feedback_recorded', data: { satisfaction: 'ecstatic' } }, resolve).lines).toEqual([]);
  });

  it('shows transfers, owners, escalations and timer events', () => {
    expect(summarizeEvent({ type: 'transferred', data: { fromDepartmentId: UTIL_ID, toDepartmentId: HR_ID, reason: '属人社职责' } }, resolve).lines).toEqual([
      { key: 'transferred', from: '公用事业服务中心', to: HR_ID },
      { key: 'reason', text: '属人社职责' },
    ]);
    expect(summarizeEvent({ type: 'owner_set', data: { leaderUserId: LI_QIANG } }, resolve).lines).toEqual([{ key: 'owner', name: '李强' }]);
    expect(summarizeEvent({ type: 'escalated', data: { level: 2, audience: 'leader', dueAt: 'x' } }, resolve).lines).toEqual([{ key: 'escalated', level: 2, audience: 'leader' }]);
    expect(summarizeEvent({ type: 'overdue', data: { stageSeq: 2, dueAt: '2026-11-20T09:30:00Z' } }, resolve).lines).toEqual([{ key: 'due', at: 'T(2026-11-20T09:30:00Z)' }]);
    expect(summarizeEvent({ type: 'commented', data: { text: '已电话联系企业' } }, resolve).lines).toEqual([{ key: 'text', text: '已电话联系企业' }]);
  });

  it('shows unknown event types as they are', () => {
    expect(summarizeEvent({ type: 'teleported', data: {} }, resolve)).toEqual({ what: { key: 'unknown', type: 'teleported' }, lines: [] });
  });
});

describe('event types', () => {
  it('include every type the domain’s handlers write, and each has a zh-CN and an English name', () => {
    const workflowDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/domain/src/workflow');
    const written = new Set<string>();
    for (const file of readdirSync(workflowDir).filter((name) => name.endsWith('.handlers.ts'))) {
      for (const match of readFileSync(join(workflowDir, file), 'utf8').matchAll(/eventOf\(ctx, '([a-z_]+)'/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(15);
    for (const type of written) expect(EVENT_TYPES).toContain(type);
    for (const type of EVENT_TYPES) {
      expect(zhCN.event[type]).toBeTruthy();
      expect(en.event[type]).toBeTruthy();
    }
  });
});
