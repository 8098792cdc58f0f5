import { describe, expect, it } from 'vitest';
import { exportPercent, toLedgerFilters } from './ledger-export.model';
import { DEFAULT_QUEUE_QUERY } from './queue-query.state';

describe('toLedgerFilters', () => {
  it('takes the view, filters and sort of the queue on screen, never its page', () => {
    expect(toLedgerFilters({ ...DEFAULT_QUEUE_QUERY, view: 'all', kind: 'appeal', sla: 'overdue', page: 3, pageSize: 50 })).toEqual({
      view: 'all', kind: 'appeal', sla: 'overdue', sort: 'due_at', order: 'asc',
    });
  });
});

describe('exportPercent', () => {
  it('is 0 until the rows are known, the share written while running, 100 when done', () => {
    expect(exportPercent({ status: 'queued', rowsWritten: 0, rowsTotal: null })).toBe(0);
    expect(exportPercent({ status: 'running', rowsWritten: 2500, rowsTotal: 10_000 })).toBe(25);
    expect(exportPercent({ status: 'running', rowsWritten: 10_000, rowsTotal: 10_000 })).toBe(99);
    expect(exportPercent({ status: 'done', rowsWritten: 0, rowsTotal: 0 })).toBe(100);
  });
});
