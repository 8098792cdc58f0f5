import type { Notification, NotificationList } from '@parkflow/contracts';

/**
 * The bell's state is the server's `GET /notifications` answer; these are the changes the client
 * makes to it before the server confirms (optimistic), and what it learns from a fresh load.
 */
export type NotificationsAction =
  | { type: 'loaded'; list: NotificationList }
  | { type: 'read'; id: string; at: string }
  | { type: 'readAll'; at: string };

export const EMPTY_NOTIFICATIONS: NotificationList = { items: [], unread: 0 };

export function notificationsReducer(state: NotificationList | undefined, action: NotificationsAction): NotificationList {
  const current = state ?? EMPTY_NOTIFICATIONS;
  switch (action.type) {
    case 'loaded':
      return action.list;
    case 'read': {
      const target = current.items.find((n) => n.id === action.id);
      if (!target || target.readAt !== null) return current;
      return {
        items: current.items.map((n) => (n.id === action.id ? { ...n, readAt: action.at } : n)),
        unread: Math.max(0, current.unread - 1),
      };
    }
    case 'readAll':
      if (current.unread === 0 && current.items.every((n) => n.readAt !== null)) return current;
      return { items: current.items.map((n) => (n.readAt === null ? { ...n, readAt: action.at } : n)), unread: 0 };
  }
}

/** Unread notifications in `next` that `previous` did not have: what just arrived (newest first). */
export function arrivedNotifications(previous: NotificationList | undefined, next: NotificationList): Notification[] {
  if (!previous) return [];
  const known = new Set(previous.items.map((n) => n.id));
  return next.items.filter((n) => n.readAt === null && !known.has(n.id));
}

/** A server-sent event's data: `{type: 'notification' | 'ping'}`; anything else is ignored. */
export function parseStreamMessage(data: unknown): 'notification' | 'ping' | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as { type?: unknown } | null;
    return parsed?.type === 'notification' || parsed?.type === 'ping' ? parsed.type : null;
  } catch {
    return null;
  }
}

/** The text of the unread badge: "99+" past 99. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}

/** Reconnect delays for the live stream: 1 s, 2 s, 4 s … capped at 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}
