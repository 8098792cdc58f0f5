import { describe, expect, it } from 'vitest';
import { daysOverdueNow } from './overdue-days.js';

describe('daysOverdueNow', () => {
  const due = '2026-03-02T01:00:00.000Z'; // 09:00 in Beijing
  const at = (iso: string) => new Date(iso);

  it('counts a begun day whole: an hour late is 1, a day and a minute late is 2', () => {
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at('2026-03-02T02:00:00.000Z'))).toBe(1);
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at('2026-03-03T01:00:00.000Z'))).toBe(1);
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at('2026-03-03T01:01:00.000Z'))).toBe(2);
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at('2026-03-12T00:00:00.000Z'))).toBe(10);
  });

  it('is null when the item is not overdue now: not yet due, due this instant, closed, or no deadline running', () => {
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at('2026-03-01T00:00:00.000Z'))).toBeNull();
    expect(daysOverdueNow({ closed: false, runningDueAt: due }, at(due))).toBeNull();
    expect(daysOverdueNow({ closed: true, runningDueAt: due }, at('2026-03-12T00:00:00.000Z'))).toBeNull();
    expect(daysOverdueNow({ closed: false, runningDueAt: null }, at('2026-03-12T00:00:00.000Z'))).toBeNull();
  });
});
