import { createKindRegistry, itemAsSeenBy, type Actor, type WorkItemState } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { workItemLedgerSheet, type LedgerNames } from './work-item-ledger.sheet.js';

const kinds = createKindRegistry();
const names: LedgerNames = {
  department: (id) => (id === 'd-1' ? '公用事业服务中心' : null),
  enterprise: (id) => (id === 'e-1' ? '华光精密机械有限公司' : null),
  user: (id) => ({ 'u-h': '张伟', 'u-l': '刘洋' })[id] ?? id,
};
const leader: Actor = { id: 'u-x', roles: ['leader'], departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] };

const item = {
  id: 'i-1', code: 'QS-20260302-0001', kind: 'appeal', title: '厂区停水', description: '', channel: 'hotline', category: 'utilities', urgency: 'urgent',
  enterpriseId: 'e-1', petitioner: { name: '王芳', phone: '13812345678', idNumber: null },
  stage: 'handle', status: 'in_progress', departmentId: 'd-1', handlerId: 'u-h', ownerLeaderId: 'u-l', createdById: 'u-d', stageSeq: 2,
  deadlines: [{ stage: 'handle', stageSeq: 2, startedAt: '2026-03-02T01:00:00Z', dueAt: '2026-03-05T09:30:00Z', warnAt: '2026-03-04T09:30:00Z', amount: 3, unit: 'working_days', metAt: null }],
  sla: 'normal', version: 3, createdAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-02T01:00:00Z', closedAt: null,
} satisfies WorkItemState;

describe('workItemLedgerSheet', () => {
  it('reads a row in the words of the queue: kind, status and labels in Chinese, names resolved, times as instants', () => {
    const sheet = workItemLedgerSheet(kinds, names);
    const row = itemAsSeenBy(item, leader, new Date('2026-03-05T10:00:00Z'));
    const cells = Object.fromEntries(sheet.columns.map((c) => [c.key, c.value(row)]));
    expect(cells).toMatchObject({
      code: 'QS-20260302-0001', kind: kinds.get('appeal')!.label.zh, title: '厂区停水', urgency: '紧急', channel: '热线电话',
      enterprise: '华光精密机械有限公司', petitioner: '王芳', department: '公用事业服务中心', handler: '张伟', leader: '刘洋',
      stage: '办理', status: kinds.get('appeal')!.statusLabels.in_progress!.zh, sla: '超期', due: '2026-03-05T09:30:00Z', registered: '2026-03-02T01:00:00.000Z', closed: null,
    });
    expect(sheet.columns.map((c) => c.header.zh)).toEqual(['编号', '类型', '标题', '紧急程度', '来源渠道', '问题类别', '涉及企业', '信访人', '承办部门', '承办人', '包案领导', '阶段', '状态', '时限状态', '办理期限', '法定期限', '登记时间', '办结时间']);
  });

  it('never writes the petitioner\'s phone or ID number, whoever exports', () => {
    const sheet = workItemLedgerSheet(kinds, names);
    const row = itemAsSeenBy(item, { ...leader, roles: ['dispatcher'] }, new Date('2026-03-02T02:00:00Z'));
    expect(sheet.columns.map((c) => String(c.value(row) ?? '')).join('|')).not.toContain('13812345678');
  });
});
