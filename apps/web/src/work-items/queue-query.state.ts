import type { WORK_ITEM_VIEWS } from '@parkflow/contracts';

type WorkItemView = (typeof WORK_ITEM_VIEWS)[number];

/** The views the queue page offers today (the contract knows more: department, approvals). */
export const QUEUE_VIEWS = ['mine', 'all'] as const satisfies readonly WorkItemView[];
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface QueueQueryState {
  view: QueueView;
  page: number;
  pageSize: number;
}

export const DEFAULT_QUEUE_QUERY: QueueQueryState = { view: 'mine', page: 1, pageSize: 20 };

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : fallback;
}

/** Reads the queue's state from the URL query; anything missing or odd falls back to the default. */
export function parseQueueQuery(params: URLSearchParams): QueueQueryState {
  const rawView = params.get('view');
  const view = QUEUE_VIEWS.find((v) => v === rawView) ?? DEFAULT_QUEUE_QUERY.view;
  const rawSize = positiveInt(params.get('pageSize'), DEFAULT_QUEUE_QUERY.pageSize, 100);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(rawSize) ? rawSize : DEFAULT_QUEUE_QUERY.pageSize;
  return { view, page: positiveInt(params.get('page'), 1), pageSize };
}

/**
 * Writes the state into a copy of `current` (other parameters stay). The view is always written so
 * the URL says what it shows; page and page size only when they differ from the defaults.
 */
export function toQueueSearchParams(state: QueueQueryState, current?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set('view', state.view);
  if (state.page > 1) next.set('page', String(state.page));
  else next.delete('page');
  if (state.pageSize !== DEFAULT_QUEUE_QUERY.pageSize) next.set('pageSize', String(state.pageSize));
  else next.delete('pageSize');
  return next;
}

/** A state change: switching the view or the page size starts again at page 1. */
export function updateQueueQuery(state: QueueQueryState, change: Partial<QueueQueryState>): QueueQueryState {
  const next = { ...state, ...change };
  if ((change.view !== undefined && change.view !== state.view) || (change.pageSize !== undefined && change.pageSize !== state.pageSize)) {
    next.page = 1;
  }
  return next;
}
