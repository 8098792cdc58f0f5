import type { Notification, NotificationList } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { arrivedNotifications, badgeText, notificationsReducer, parseStreamMessage, reconnectDelay } from './notifications.reducer';

const note = (id: string, readAt: string | null = null): Notification => ({
  id,
  itemId: null,
  topic: 'assigned',
  params: { code: `XF-${id}`, title: '消息' },
  message: null,
  createdAt: '2026-11-20T01:00:00.000Z',
  readAt,
});
const AT = '2026-11-20T02:00:00.000Z';
const list: NotificationList = { items: [note('a'), note('b', '2026-11-19T00:00:00.000Z'), note('c')], unread: 2 };

describe('notificationsReducer', () => {
  it('takes a loaded list as it is', () => {
    expect(notificationsReducer(undefined, { type: 'loaded', list })).toBe(list);
  });

  it('marks one read and counts it down once', () => {
    const once = notificationsReducer(list, { type: 'read', id: 'a', at: AT });
    expect(once.unread).toBe(1);
    expect(once.items.find((n) => n.id === 'a')?.readAt).toBe(AT);
    expect(notificationsReducer(once, { type: 'read', id: 'a', at: AT })).toBe(once);
    expect(notificationsReducer(once, { type: 'read', id: 'b', at: AT })).toBe(once);
    expect(notificationsReducer(once, { type: 'read', id: 'zzz', at: AT })).toBe(once);
  });

  it('never counts below zero', () => {
    expect(notificationsReducer({ items: [note('a')], unread: 0 }, { type: 'read', id: 'a', at: AT }).unread).toBe(0);
  });

  it('marks everything read, keeping earlier read times', () => {
    const all = notificationsReducer(list, { type: 'readAll', at: AT });
    expect(all.unread).toBe(0);
    expect(all.items.map((n) => n.readAt)).toEqual([AT, '2026-11-19T00:00:00.000Z', AT]);
    expect(notificationsReducer(all, { type: 'readAll', at: AT })).toBe(all);
  });

  it('starts from an empty list', () => {
    expect(notificationsReducer(undefined, { type: 'readAll', at: AT })).toEqual({ items: [], unread: 0 });
  });
});

describe('arrivedNotifications', () => {
  it('finds the unread notifications a reload brought', () => {
    const next: NotificationList = { items: [note('d'), note('e', AT), ...list.items], unread: 3 };
    expect(arrivedNotifications(list, next).map((n) => n.id)).toEqual(['d']);
  });

  it('reports nothing on the first load', () => {
    expect(arrivedNotifications(undefined, list)).toEqual([]);
  });
});

describe('parseStreamMessage', () => {
  it('understands the two message types and ignores the rest', () => {
    expect(parseStreamMessage('{"type":"notification"}')).toBe('notification');
    expect(parseStreamMessage('{"type":"ping"}')).toBe('ping');
    expect(parseStreamMessage('{"type":"other"}')).toBeNull();
    expect(parseStreamMessage('not json')).toBeNull();
    expect(parseStreamMessage('null')).toBeNull();
    expect(parseStreamMessage(undefined)).toBeNull();
  });
});

describe('badgeText and reconnectDelay', () => {
  it('shows nothing for zero and caps at 99+', () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('backs off exponentially up to 30 s', () => {
    expect([0, 1, 2, 3, 10].map(reconnectDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 30_000]);
  });
});
