import {
  CreateWorkItemResponseSchema,
  WorkItemDetailSchema,
  WorkItemListSchema,
  type CreateWorkItemRequest,
  type CreateWorkItemResponse,
  type WorkItemDetail,
  type WorkItemList,
} from '@parkflow/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { shouldPollTimeline, TIMELINE_POLL_MS } from '../work-items/timeline-refresh.policy';
import type { QueueQueryState } from '../work-items/queue-query.state';
import { apiRequest } from './api-client';

export const workItemKeys = {
  all: ['work-items'] as const,
  list: (query: QueueQueryState) => ['work-items', 'list', query] as const,
  detail: (id: string) => ['work-items', 'detail', id] as const,
};

/** `GET /api/work-items?view=&page=&pageSize=` */
export function useWorkItemList(query: QueueQueryState) {
  return useQuery({
    queryKey: workItemKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<WorkItemList>('/work-items', {
        query: { view: query.view, page: query.page, pageSize: query.pageSize },
        schema: WorkItemListSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/**
 * `GET /api/work-items/:id`. Polls every 2 s while the newest event is `registered` (the worker is
 * about to run the assign stage), then stops.
 */
export function useWorkItemDetail(id: string) {
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: workItemKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<WorkItemDetail>(`/work-items/${encodeURIComponent(id)}`, { schema: WorkItemDetailSchema, signal }),
    refetchInterval: (query) =>
      shouldPollTimeline(query.state.data?.events, query.state.dataUpdateCount) ? TIMELINE_POLL_MS : false,
  });
  const fetches = queryClient.getQueryState(workItemKeys.detail(id))?.dataUpdateCount ?? 0;
  /** Whether the page is still waiting for the worker's event (and polling for it). */
  const polling = shouldPollTimeline(detail.data?.events, fetches);
  return { detail, polling };
}

/** `POST /api/work-items` → 201 the new item with `warnings`. */
export function useCreateWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateWorkItemRequest) =>
      apiRequest<CreateWorkItemResponse>('/work-items', { method: 'POST', body: request, schema: CreateWorkItemResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workItemKeys.all }),
  });
}
