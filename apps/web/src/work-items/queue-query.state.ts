import { WORK_ITEM_BUCKETS } from '@parkflow/contracts/wire-names';
import { SLA_STATES, STAGES, WORK_ITEM_VIEWS, type KindRegistry, type SlaState, type Stage, type Status } from '@parkflow/domain';
import { isKnownStatus } from '../kinds/kind-labels';
import { parseDrillDown, writeDrillDown, type QueueDrillDown } from './stat-drill-down.state';

export type QueueView = (typeof WORK_ITEM_VIEWS)[number];
export type QueueBucket = (typeof WORK_ITEM_BUCKETS)[number];
export const QUEUE_BUCKETS = WORK_ITEM_BUCKETS;

/** Sort options as the URL and the select write them: `<field>.<order>`. */
export const QUEUE_SORTS = ['due_at.asc', 'due_at.desc', 'created_at.desc', 'created_at.asc'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** Everything the queue shows, as kept in the URL. Absent filters are `undefined`. */
export interface QueueQueryState {
  view: QueueView;
  kind?: string;
  stage?: Stage;
  status?: Status;
  sla?: SlaState;
  q?: string;
  bucket?: QueueBucket;
  /** 穿透: the items behind one figure of the statistics (stat-drill-down.state.ts). */
  drill?: QueueDrillDown;
  sort: QueueSort;
  page: number;
  pageSize: number;
}

/** The queue opens on my items, the most urgent deadline first. */
export const DEFAULT_QUEUE_QUERY: QueueQueryState = { view: 'mine', sort: 'due_at.asc', page: 1, pageSize: 20 };

const FILTER_KEYS = ['kind', 'stage', 'status', 'sla', 'q', 'bucket'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const MAX_SEARCH = 100;

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : fallback;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw);
}

/**
 * Reads the queue's state from the URL; anything missing or odd falls back to `base`. Kinds and
 * statuses are the registry's: a status counts when the chosen kind (or, with none chosen, some
 * kind) has it, so a kind's own status filters like a standard one.
 */
export function parseQueueQuery(params: URLSearchParams, kinds: KindRegistry, base: QueueQueryState = DEFAULT_QUEUE_QUERY): QueueQueryState {
  const rawSize = positiveInt(params.get('pageSize'), base.pageSize, 100);
  const q = params.get('q')?.trim().slice(0, MAX_SEARCH);
  const kind = oneOf(kinds.ids, params.get('kind')) ?? base.kind;
  const status = params.get('status');
  return {
    view: oneOf(WORK_ITEM_VIEWS, params.get('view')) ?? base.view,
    kind,
    stage: oneOf(STAGES, params.get('stage')) ?? base.stage,
    status: status !== null && isKnownStatus(kinds, status, kind) ? status : base.status,
    sla: oneOf(SLA_STATES, params.get('sla')) ?? base.sla,
    q: q ? q : base.q,
    bucket: oneOf(WORK_ITEM_BUCKETS, params.get('bucket')) ?? base.bucket,
    drill: parseDrillDown(params) ?? base.drill,
    sort: oneOf(QUEUE_SORTS, params.get('sort')) ?? base.sort,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(rawSize) ? rawSize : base.pageSize,
  };
}

/**
 * Writes the state into a copy of `current` (other parameters stay). Values equal to `base` are
 * left out, so a plain queue has a plain URL.
 */
export function toQueueSearchParams(state: QueueQueryState, current?: URLSearchParams, base: QueueQueryState = DEFAULT_QUEUE_QUERY): URLSearchParams {
  const next = new URLSearchParams(current);
  const put = (key: string, value: string | number | undefined, fallback: string | number | undefined) => {
    if (value === undefined || value === '' || value === fallback) next.delete(key);
    else next.set(key, String(value));
  };
  put('view', state.view, base.view);
  for (const key of FILTER_KEYS) put(key, state[key], base[key]);
  writeDrillDown(next, state.drill);
  put('sort', state.sort, base.sort);
  put('page', state.page, 1);
  put('pageSize', state.pageSize, base.pageSize);
  return next;
}

/** A state change: any change but the page itself starts again at page 1. */
export function updateQueueQuery(state: QueueQueryState, change: Partial<QueueQueryState>): QueueQueryState {
  const next = { ...state, ...change };
  const changed = (Object.keys(change) as (keyof QueueQueryState)[]).some((key) => key !== 'page' && change[key] !== state[key]);
  if (changed) next.page = 1;
  return next;
}

/** Whether any filter (not view, sort or page) narrows the list. */
export function hasFilters(state: QueueQueryState, base: QueueQueryState = DEFAULT_QUEUE_QUERY): boolean {
  return state.drill !== undefined || FILTER_KEYS.some((key: FilterKey) => key !== 'bucket' && state[key] !== base[key]);
}

/** The same state without its filters (the view and the bucket stay). */
export function clearFilters(state: QueueQueryState): QueueQueryState {
  return { ...state, kind: undefined, stage: undefined, status: undefined, sla: undefined, q: undefined, drill: undefined, page: 1 };
}

/** The `GET /api/work-items` query for a state. */
export function toListRequest(state: QueueQueryState): Record<string, string | number | undefined> {
  const [sort, order] = state.sort.split('.') as [string, string];
  return {
    view: state.view,
    kind: state.kind,
    stage: state.stage,
    status: state.status,
    sla: state.sla,
    q: state.q,
    bucket: state.bucket,
    ...state.drill,
    sort,
    order,
    page: state.page,
    pageSize: state.pageSize,
  };
}
