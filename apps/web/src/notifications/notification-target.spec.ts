import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target';

describe('notificationTarget', () => {
  it('opens the item, or the day’s close-out ledger for a close-out notice', () => {
    expect(notificationTarget({ itemId: 'a1b2', topic: 'assigned', params: { code: 'SQ-1', title: 't' } })).toBe('/work-items/a1b2');
    expect(notificationTarget({ itemId: null, topic: 'close_out', params: { day: '2026-03-02', unsigned: 1, overdue: 2 } })).toBe('/close-outs/2026-03-02');
    expect(notificationTarget({ itemId: null, topic: 'close_out', params: null })).toBeNull();
    expect(notificationTarget({ itemId: null, topic: 'teleported', params: { day: '2026-03-02' } })).toBeNull();
  });

  it('opens the project of a node deadline notice', () => {
    expect(notificationTarget({ itemId: null, topic: 'project_node_overdue', params: { projectId: 'p1', code: 'XM-2026-002' } })).toBe('/projects/p1');
    expect(notificationTarget({ itemId: null, topic: 'project_node_due_soon', params: null })).toBeNull();
    expect(notificationTarget({ itemId: null, topic: 'assigned', params: { projectId: 'p1' } })).toBeNull();
  });
});
