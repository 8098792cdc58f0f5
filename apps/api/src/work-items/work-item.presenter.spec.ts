import type { WorkItemEventEntity } from '@parkflow/db';
import type { Actor } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { presentTimeline, type NameLookup } from './work-item.presenter.js';

const names: NameLookup = { department: () => null, enterprise: () => null, user: (id) => (id === 'u-1' ? '李强' : id) };
const staff: Actor = { id: 'u-2', roles: ['dispatcher'], departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] };
const contact: Actor = { ...staff, id: 'u-3', roles: ['enterprise'], enterpriseId: 'e-1' };

let nextId = 1;
/** A row as TypeORM loads it: untyped JSON data, whatever the domain wrote when. */
function row(type: string, data: unknown, audience = 'internal'): WorkItemEventEntity {
  return { id: String(nextId++), itemId: 'i-1', type, actorId: 'u-1', at: new Date('2026-03-02T01:00:00Z'), stage: 'handle', stageSeq: 2, data, audience } as WorkItemEventEntity;
}

describe('presentTimeline', () => {
  it('serves stored events typed by the domain, and what it cannot read as unknown, without failing', () => {
    const timeline = presentTimeline(
      [
        row('replied', { content: '已答复' }, 'public'),
        row('accepted', {}, 'public'),
        row('close_approved', {}, 'public'),
        row('commented', { text: '内部备注' }),
      ],
      staff,
      names,
    );
    expect(timeline.map((e) => (e.type === 'unknown' ? `unknown:${e.originalType}` : e.type))).toEqual(['replied', 'unknown:accepted', 'unknown:close_approved', 'commented']);
    expect(timeline[0]).toEqual({ id: expect.any(String), type: 'replied', actorId: 'u-1', actorName: '李强', at: '2026-03-02T01:00:00.000Z', stage: 'handle', data: { content: '已答复' }, audience: 'public' });
  });

  it('shows the company contact only public events, known or not', () => {
    const timeline = presentTimeline([row('replied', { content: '已答复' }, 'public'), row('legacy_note', {}, 'public'), row('commented', { text: '内部备注' })], contact, names);
    expect(timeline.map((e) => e.type)).toEqual(['replied', 'unknown']);
  });
});
