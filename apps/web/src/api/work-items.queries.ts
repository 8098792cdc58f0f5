import type {
  CreateWorkItemRequest,
  CreateWorkItemResponse,
  RepeatCandidates,
  RepeatCandidatesQuery,
  WorkItem,
  WorkItemActionRequest,
  WorkItemDetail,
  WorkItemList,
} from '@parkflow/contracts';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { shouldPollTimeline, TIMELINE_POLL_MS } from '../work-items/timeline-refresh.policy';
import { toListRequest, type QueueBucket, type QueueQueryState } from '../work-items/queue-query.state';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';

// The queue page imports this module; zod comes with the schemas when they load (lazy-contract.ts).
const WorkItemListSchema = lazyContract('WorkItemListSchema');
const WorkItemSchema = lazyContract('WorkItemSchema');
const CreateWorkItemResponseSchema = lazyContract('CreateWorkItemResponseSchema');
const RepeatCandidatesSchema = lazyContract('RepeatCandidatesSchema');
// The detail's events have defaults (timeline-event.contract.ts): parsed, after the schema loads.
const WorkItemDetailSchema = lazyContract('WorkItemDetailSchema', 'parse');

export const workItemKeys = {
  all: ['work-items'] as const,
  list: (query: QueueQueryState) => ['work-items', 'list', query] as const,
  count: (bucket: QueueBucket) => ['work-items', 'count', bucket] as const,
  detail: (id: string) => ['work-items', 'detail', id] as const,
};

/** `GET /api/work-items` with the queue's view, filters, sort and page. Refreshes every minute: deadlines move. */
export function useWorkItemList(query: QueueQueryState, enabled = true) {
  return useQuery({
    queryKey: workItemKeys.list(query),
    queryFn: ({ signal }) => apiRequest<WorkItemList>('/work-items', { query: toListRequest(query), schema: WorkItemListSchema, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
    enabled,
  });
}

/** How many items each dispatcher-board bucket holds (one `pageSize=1` call per bucket). */
export function useBucketCounts(buckets: readonly QueueBucket[]) {
  return useQueries({
    queries: buckets.map((bucket) => ({
      queryKey: workItemKeys.count(bucket),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<WorkItemList>('/work-items', { query: { view: 'all', bucket, page: 1, pageSize: 1 }, schema: WorkItemListSchema, signal }),
      select: (list: WorkItemList) => list.total,
      refetchInterval: 60_000,
    })),
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
    // Others act on items all the time: opening one always asks for its current state.
    staleTime: 0,
    refetchInterval: (query) =>
      shouldPollTimeline(query.state.data?.events, query.state.dataUpdateCount) ? TIMELINE_POLL_MS : false,
  });
  const fetches = queryClient.getQueryState(workItemKeys.detail(id))?.dataUpdateCount ?? 0;
  /** Whether the page is still waiting for the worker's event (and polling for it). */
  const polling = shouldPollTimeline(detail.data?.events, fetches);
  return { detail, polling };
}

/** `GET /api/work-items/repeat-candidates` for the register form's petitioner and category (null: nothing to look up yet). */
export function useRepeatCandidates(lookup: RepeatCandidatesQuery | null) {
  return useQuery({
    queryKey: ['work-items', 'repeat-candidates', lookup] as const,
    queryFn: ({ signal }) => apiRequest<RepeatCandidates>('/work-items/repeat-candidates', { query: { ...lookup }, schema: RepeatCandidatesSchema, signal }),
    enabled: lookup !== null,
    placeholderData: keepPreviousData,
  });
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

export interface ActionCall {
  id: string;
  request: WorkItemActionRequest;
}

/** `POST /api/work-items/:id/actions` → 200 the item. Refreshes the detail (events, allowed actions) and the lists after it. */
export function useWorkItemAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: ActionCall) =>
      apiRequest<WorkItem>(`/work-items/${encodeURIComponent(id)}/actions`, { method: 'POST', body: request, schema: WorkItemSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workItemKeys.all }),
  });
}
