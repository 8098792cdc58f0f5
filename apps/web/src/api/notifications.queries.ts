import type { NotificationList } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsReducer } from '../notifications/notifications.reducer';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';

// Checked when zod has loaded (lazy-contract.ts): the queue route does not download it first.
const NotificationListSchema = lazyContract('NotificationListSchema');

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** `GET /api/notifications` → my latest notifications and the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => apiRequest<NotificationList>('/notifications', { schema: NotificationListSchema, signal }),
    staleTime: 30_000,
    // The live stream says when to reload; this is the fallback when it is down.
    refetchInterval: 120_000,
  });
}

/** `POST /api/notifications/:id/read`, shown at once (optimistic), reloaded after. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onMutate: (id) =>
      queryClient.setQueryData<NotificationList>(NOTIFICATIONS_KEY, (list) => notificationsReducer(list, { type: 'read', id, at: new Date().toISOString() })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** `POST /api/notifications/read-all`. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/notifications/read-all', { method: 'POST' }),
    onMutate: () =>
      queryClient.setQueryData<NotificationList>(NOTIFICATIONS_KEY, (list) => notificationsReducer(list, { type: 'readAll', at: new Date().toISOString() })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
