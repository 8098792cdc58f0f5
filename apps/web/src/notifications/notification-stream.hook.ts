import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { buildUrl } from '../api/api-client';
import { session } from '../api/session.store';
import { NOTIFICATIONS_KEY } from '../api/notifications.queries';
import { workItemKeys } from '../api/work-items.queries';
import type { Notification, NotificationList } from '@parkflow/contracts';
import { arrivedNotifications, parseStreamMessage, reconnectDelay } from './notifications.reducer';

/**
 * Keeps `GET /notifications/stream` open (EventSource, with the session cookie; no token in the URL): each
 * `notification` message reloads the list, and `onArrived` hears about what is new. Reconnects
 * with back-off when the stream drops. Returns whether the stream is connected.
 */
export function useNotificationStream(onArrived: (arrived: Notification[]) => void): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const onArrivedRef = useRef(onArrived);
  onArrivedRef.current = onArrived;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    let source: EventSource | null = null;
    let timer: number | undefined;
    let attempt = 0;
    let stopped = false;

    const reload = async () => {
      const previous = queryClient.getQueryData<NotificationList>(NOTIFICATIONS_KEY);
      await queryClient.refetchQueries({ queryKey: NOTIFICATIONS_KEY, exact: true });
      const next = queryClient.getQueryData<NotificationList>(NOTIFICATIONS_KEY);
      const arrived = next ? arrivedNotifications(previous, next) : [];
      if (arrived.length === 0) return;
      // Something happened to these items: what is on screen or cached about them is stale.
      for (const id of new Set(arrived.flatMap((n) => (n.itemId ? [n.itemId] : [])))) {
        void queryClient.invalidateQueries({ queryKey: workItemKeys.detail(id) });
      }
      void queryClient.invalidateQueries({ queryKey: [...workItemKeys.all, 'list'] });
      onArrivedRef.current(arrived);
    };

    const open = () => {
      if (stopped || !session.present()) return;
      source = new EventSource(buildUrl('/notifications/stream'));
      source.onopen = () => {
        attempt = 0;
        setConnected(true);
        // Whatever arrived while the stream was down.
        void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY, exact: true });
      };
      source.onmessage = (event: MessageEvent) => {
        if (parseStreamMessage(event.data) === 'notification') void reload();
      };
      source.onerror = () => {
        setConnected(false);
        source?.close();
        source = null;
        if (!stopped) timer = window.setTimeout(open, reconnectDelay(attempt++));
      };
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      source?.close();
    };
  }, [queryClient]);

  return connected;
}
