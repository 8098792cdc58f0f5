import { describe, expect, it } from 'vitest';
import { MonthlyReportQuerySchema, StatFiguresQuerySchema } from './stats.contract.js';

// Month 0644-07 once passed and reached SQL as a 500 (pnpm chaos:fuzz): a month is one of the years a day may be in.
describe('the monthly report takes the months of the years a statistics day takes', () => {
  it('refuses a month outside 1900–2199, as the days are', () => {
    for (const month of ['0644-07', '0001-01', '0000-12', '1899-12', '2200-01', '999-01']) expect(MonthlyReportQuerySchema.safeParse({ month }).success, month).toBe(false);
    expect(StatFiguresQuerySchema.safeParse({ from: '0644-07-01' }).success).toBe(false);
  });

  it('takes the first and the last month of that range, and today’s', () => {
    for (const month of ['1900-01', '2026-12', '2199-12']) expect(MonthlyReportQuerySchema.safeParse({ month }).success, month).toBe(true);
  });
});
