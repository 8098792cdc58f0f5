import { BUILT_IN_KINDS, createKindRegistry } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { HAZARD_KIND } from '../kinds/test-kinds.fixture';
import {
  clearFilters,
  DEFAULT_QUEUE_QUERY,
  hasFilters,
  parseQueueQuery,
  toListRequest,
  toQueueSearchParams,
  updateQueueQuery,
  type QueueQueryState,
} from './queue-query.state';

const kinds = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);
const parse = (search: string, base?: QueueQueryState) => parseQueueQuery(new URLSearchParams(search), kinds, base);
const BOARD: QueueQueryState = { ...DEFAULT_QUEUE_QUERY, view: 'all', bucket: 'unassigned' };

describe('parseQueueQuery', () => {
  it('defaults to my queue, most urgent first, page 1', () => {
    expect(parse('')).toEqual(DEFAULT_QUEUE_QUERY);
  });

  it('reads view, filters, sort and paging', () => {
    expect(parse('view=department&kind=appeal&stage=handle&status=in_progress&sla=overdue&q=%20供水%20&sort=created_at.desc&page=3&pageSize=50')).toEqual({
      view: 'department',
      kind: 'appeal',
      stage: 'handle',
      status: 'in_progress',
      sla: 'overdue',
      q: '供水',
      bucket: undefined,
      sort: 'created_at.desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('ignores values it cannot use', () => {
    expect(parse('view=everything&page=-2&pageSize=7&kind=rocket&sla=late&sort=title.asc&bucket=x')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=abc&pageSize=1000&q=%20%20')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=0')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=2.5')).toEqual(DEFAULT_QUEUE_QUERY);
  });

  it('takes the kinds and statuses of the registry it is given, a kind’s own status included', () => {
    expect(parse('kind=hazard&status=awaiting_reinspection')).toMatchObject({ kind: 'hazard', status: 'awaiting_reinspection' });
    expect(parse('status=awaiting_reinspection').status).toBe('awaiting_reinspection');
    // The chosen kind has no such status: the filter would show nothing, so it is dropped.
    expect(parse('kind=appeal&status=awaiting_reinspection')).toMatchObject({ kind: 'appeal', status: undefined });
    expect(parseQueueQuery(new URLSearchParams('kind=hazard&status=awaiting_reinspection'), createKindRegistry())).toEqual(DEFAULT_QUEUE_QUERY);
  });

  it('caps the search text at the length the API takes', () => {
    expect(parse(`q=${'水'.repeat(150)}`).q).toHaveLength(100);
  });

  it('falls back to another base, e.g. the dispatcher board', () => {
    expect(parse('', BOARD)).toEqual(BOARD);
    expect(parse('bucket=today_unsigned', BOARD).bucket).toBe('today_unsigned');
  });
});

describe('toQueueSearchParams', () => {
  it('leaves the defaults out of the URL', () => {
    expect(toQueueSearchParams(DEFAULT_QUEUE_QUERY).toString()).toBe('');
    expect(toQueueSearchParams({ ...DEFAULT_QUEUE_QUERY, view: 'all', page: 2, pageSize: 50 }).toString()).toBe('view=all&page=2&pageSize=50');
  });

  it('writes filters and sort', () => {
    const state: QueueQueryState = { ...DEFAULT_QUEUE_QUERY, sla: 'overdue', kind: 'petition', sort: 'created_at.desc' };
    expect(toQueueSearchParams(state).toString()).toBe('kind=petition&sla=overdue&sort=created_at.desc');
  });

  it('keeps unrelated parameters and drops stale ones', () => {
    const current = new URLSearchParams('tab=x&page=4&pageSize=50&sla=warning');
    expect(toQueueSearchParams({ ...DEFAULT_QUEUE_QUERY, view: 'all' }, current).toString()).toBe('tab=x&view=all');
  });

  it('round-trips', () => {
    const state: QueueQueryState = { view: 'all', kind: 'appeal', stage: 'feedback', status: 'awaiting_feedback', sla: 'warning', q: '蒸汽', bucket: 'overdue', sort: 'due_at.desc', page: 7, pageSize: 10 };
    expect(parseQueueQuery(toQueueSearchParams(state), kinds)).toEqual(state);
    expect(parse(toQueueSearchParams(BOARD, undefined, BOARD).toString(), BOARD)).toEqual(BOARD);
  });
});

describe('updateQueueQuery', () => {
  it('moves to a page', () => {
    expect(updateQueueQuery(DEFAULT_QUEUE_QUERY, { page: 3 }).page).toBe(3);
  });

  it('goes back to page 1 when anything else changes', () => {
    const on3 = { ...DEFAULT_QUEUE_QUERY, page: 3 };
    expect(updateQueueQuery(on3, { view: 'all' }).page).toBe(1);
    expect(updateQueueQuery(on3, { pageSize: 50, page: 3 }).page).toBe(1);
    expect(updateQueueQuery(on3, { sla: 'overdue' }).page).toBe(1);
    expect(updateQueueQuery(on3, { sort: 'created_at.asc' }).page).toBe(1);
    expect(updateQueueQuery(on3, { view: 'mine', page: 3 }).page).toBe(3);
  });
});

describe('filters', () => {
  it('knows when the list is filtered and clears it, keeping view and bucket', () => {
    const filtered: QueueQueryState = { ...BOARD, sla: 'overdue', q: '水', page: 4 };
    expect(hasFilters(DEFAULT_QUEUE_QUERY)).toBe(false);
    expect(hasFilters(BOARD, BOARD)).toBe(false);
    expect(hasFilters(filtered, BOARD)).toBe(true);
    expect(clearFilters(filtered)).toEqual({ ...BOARD, page: 1 });
  });
});

describe('toListRequest', () => {
  it('splits the sort into the API’s sort and order', () => {
    expect(toListRequest({ ...DEFAULT_QUEUE_QUERY, bucket: 'returned' })).toEqual({
      view: 'mine',
      kind: undefined,
      stage: undefined,
      status: undefined,
      sla: undefined,
      q: undefined,
      bucket: 'returned',
      sort: 'due_at',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
  });
});

describe('a drill-down from the statistics in the queue', () => {
  const params = new URLSearchParams('view=all&fact=resolved_late&from=2026-01-01&to=2026-03-31&departmentId=none&sort=created_at.desc');

  it('is sent with the list request, counts as a filter, and goes with the other filters', () => {
    const state = parseQueueQuery(params, kinds);
    expect(state.drill).toEqual({ fact: 'resolved_late', from: '2026-01-01', to: '2026-03-31', departmentId: 'none' });
    expect(toListRequest(state)).toMatchObject({ view: 'all', fact: 'resolved_late', from: '2026-01-01', to: '2026-03-31', departmentId: 'none' });
    expect(hasFilters(state)).toBe(true);
    const cleared = clearFilters(state);
    expect(cleared.drill).toBeUndefined();
    expect(toQueueSearchParams(cleared, params).toString()).toBe('view=all&sort=created_at.desc');
  });

  it('survives a page change in the URL', () => {
    const next = updateQueueQuery(parseQueueQuery(params, kinds), { page: 2 });
    expect(parseQueueQuery(toQueueSearchParams(next, params), kinds)).toEqual(next);
  });
});
