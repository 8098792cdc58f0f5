import { describe, expect, it } from 'vitest';
import type { WorkItemState } from '../work-item/work-item.types.js';
import { itemAsSeenBy } from './item-view.js';
import type { Actor } from './role.js';

const dispatcher: Actor = { id: 'u-d', roles: ['dispatcher'], departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] };
const leader: Actor = { ...dispatcher, id: 'u-l', roles: ['leader'] };
const contact: Actor = { ...dispatcher, id: 'u-e', roles: ['enterprise'], enterpriseId: 'e-1' };

const item = {
  id: 'i-1', code: 'XF-1', kind: 'petition', title: '供水', description: '', channel: 'letter', category: 'utilities', urgency: 'normal',
  enterpriseId: 'e-1', petitioner: { name: '王芳', phone: '13812345678', idNumber: '410102199001011234' },
  stage: 'handle', status: 'in_progress', departmentId: 'd-1', handlerId: 'u-h', ownerLeaderId: null, createdById: 'u-d', stageSeq: 2,
  deadlines: [{ stage: 'handle', stageSeq: 2, startedAt: '2026-03-02T01:00:00Z', dueAt: '2026-03-03T01:00:00Z', warnAt: '2026-03-02T20:00:00Z', amount: 1, unit: 'working_days', metAt: null }],
  sla: 'normal', version: 3, createdAt: '2026-03-02T01:00:00Z', updatedAt: '2026-03-02T01:00:00Z', closedAt: null,
  supervisedAt: null, pendingExtension: { days: 2, reason: '等材料', requestedById: 'u-h', requestedAt: '2026-03-02T02:00:00Z', stageSeq: 2 },
} satisfies WorkItemState;

describe('itemAsSeenBy', () => {
  it('gives whoever works on the item the petitioner in full and the SLA as of now, not as stored', () => {
    const seen = itemAsSeenBy(item, dispatcher, new Date('2026-03-04T00:00:00Z'));
    expect(seen.petitioner).toEqual(item.petitioner);
    expect(seen.sla).toBe('overdue');
    expect(seen.pendingExtension?.reason).toBe('等材料');
  });

  it('masks the petitioner for a leader who does not work on it', () => {
    expect(itemAsSeenBy(item, leader, new Date('2026-03-02T02:00:00Z')).petitioner).toEqual({ name: '王芳', phone: '138****5678', idNumber: '410102********1234' });
  });

  it('hides the internal fields from a company contact', () => {
    const seen = itemAsSeenBy({ ...item, supervisedAt: '2026-03-02T03:00:00Z' }, contact, new Date('2026-03-02T04:00:00Z'));
    expect(seen.pendingExtension).toBeNull();
    expect(seen.supervisedAt).toBeNull();
    expect(seen.sla).toBe('normal');
  });
});
