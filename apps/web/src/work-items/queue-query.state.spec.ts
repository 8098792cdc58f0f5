import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_QUERY, parseQueueQuery, toQueueSearchParams, updateQueueQuery } from './queue-query.state';

const parse = (search: string) => parseQueueQuery(new URLSearchParams(search));

describe('parseQueueQuery', () => {
  it('defaults to my queue, page 1', () => {
    expect(parse('')).toEqual(DEFAULT_QUEUE_QUERY);
  });

  it('reads view, page and page size', () => {
    expect(parse('view=all&page=3&pageSize=50')).toEqual({ view: 'all', page: 3, pageSize: 50 });
  });

  it('ignores values it cannot use', () => {
    expect(parse('view=everything&page=-2&pageSize=7')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=abc&pageSize=1000')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=0')).toEqual(DEFAULT_QUEUE_QUERY);
    expect(parse('page=2.5')).toEqual(DEFAULT_QUEUE_QUERY);
  });

  it('does not offer views the page has no tab for yet', () => {
    expect(parse('view=approvals').view).toBe('mine');
  });
});

describe('toQueueSearchParams', () => {
  it('always writes the view and omits default page and size', () => {
    expect(toQueueSearchParams(DEFAULT_QUEUE_QUERY).toString()).toBe('view=mine');
    expect(toQueueSearchParams({ view: 'all', page: 2, pageSize: 50 }).toString()).toBe('view=all&page=2&pageSize=50');
  });

  it('keeps unrelated parameters and drops stale ones', () => {
    const current = new URLSearchParams('q=water&page=4&pageSize=50');
    expect(toQueueSearchParams({ view: 'all', page: 1, pageSize: 20 }, current).toString()).toBe('q=water&view=all');
  });

  it('round-trips', () => {
    const state = { view: 'all' as const, page: 7, pageSize: 10 };
    expect(parseQueueQuery(toQueueSearchParams(state))).toEqual(state);
  });
});

describe('updateQueueQuery', () => {
  it('moves to a page', () => {
    expect(updateQueueQuery(DEFAULT_QUEUE_QUERY, { page: 3 })).toEqual({ view: 'mine', page: 3, pageSize: 20 });
  });

  it('goes back to page 1 when the view or page size changes', () => {
    const on3 = { view: 'mine' as const, page: 3, pageSize: 20 };
    expect(updateQueueQuery(on3, { view: 'all' }).page).toBe(1);
    expect(updateQueueQuery(on3, { pageSize: 50, page: 3 }).page).toBe(1);
    expect(updateQueueQuery(on3, { view: 'mine', page: 3 }).page).toBe(3);
  });
});
